#include "readiness/ReadinessReport.h"

#include "readiness/PlanClassJudge.h"
#include "readiness/ReadinessTr.h"

#include <QCoreApplication>

namespace bdm::readiness {

using boinc::Json;
using boinc::utf8;

namespace {

Json nullableText(const QString& text)
{
    return text.isEmpty() ? Json(nullptr) : Json(utf8(text));
}

// Markdown tables break on '|' and newlines inside a cell.
QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return text;
}

QString statusMark(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("✅");
    case CheckStatus::Warn:
        return QStringLiteral("⚠️");
    case CheckStatus::Fail:
        return QStringLiteral("❌");
    case CheckStatus::Skip:
        break;
    }
    return QStringLiteral("➖");
}

void appendVerdict(QString& md, const QString& title, const Verdict& verdict)
{
    md += QStringLiteral("- **%1**: %2 %3\n")
              .arg(title, verdict.ok ? QStringLiteral("✅") : QStringLiteral("❌"), verdict.reason);
    if (!verdict.detail.isEmpty())
        md += QStringLiteral("  - %1\n").arg(verdict.detail);
    if (!verdict.fix.isEmpty())
        md += QStringLiteral("  - %1\n\n    ```\n    %2\n    ```\n")
                  .arg(Readiness::tr("Fix:"),
                       QString(verdict.fix).replace(QLatin1Char('\n'), QStringLiteral("\n    ")));
}

} // namespace

Json ReadinessReport::verdictJson(const Verdict& verdict)
{
    return Json{{"ok", verdict.ok},
                {"reason", utf8(verdict.reason)},
                {"detail", nullableText(verdict.detail)},
                {"fix", nullableText(verdict.fix)}};
}

Json ReadinessReport::toJson() const
{
    Json checkList = Json::array();
    for (const Check& check : checks) {
        checkList.push_back(Json{{"id", utf8(check.id)},
                                 {"group", utf8(checkGroupName(check.group))},
                                 {"status", utf8(checkStatusName(check.status))},
                                 {"summary", utf8(check.summary)},
                                 {"detail", nullableText(check.detail)},
                                 {"fix", nullableText(check.fix)}});
    }
    Json plans = PlanClassJudge::toJson(planClasses);
    Json document{{"host", utf8(host)},
                  {"created", utf8(created.toUTC().toString(Qt::ISODate))},
                  {"checks", std::move(checkList)},
                  {"verdicts", Json{{"docker_cpu", verdictJson(verdicts.dockerCpu)},
                                    {"docker_gpu_nvidia", verdictJson(verdicts.dockerGpuNvidia)},
                                    {"compose", verdictJson(verdicts.compose)}}},
                  {"plan_classes", std::move(plans)}};
    if (!planClassSource.isEmpty())
        document["plan_class_source"] = utf8(planClassSource);
    if (!planClassError.isEmpty())
        document["plan_class_error"] = utf8(planClassError);
    return document;
}

QString ReadinessReport::toMarkdown() const
{
    QString md;
    md += QStringLiteral("### %1\n\n").arg(Readiness::tr("BOINC container readiness of %1").arg(host));
    md += QStringLiteral("%1 %2\n\n")
              .arg(qualifies() ? QStringLiteral("✅") : QStringLiteral("❌"),
                   qualifies() ? Readiness::tr("This computer qualifies for Docker/Podman jobs.")
                               : Readiness::tr("This computer does not qualify for Docker/Podman jobs."));
    appendVerdict(md, Readiness::tr("Docker/Podman jobs (CPU)"), verdicts.dockerCpu);
    appendVerdict(md, Readiness::tr("Docker/Podman jobs on NVIDIA GPUs"), verdicts.dockerGpuNvidia);
    appendVerdict(md, Readiness::tr("Docker Compose"), verdicts.compose);
    md += QLatin1Char('\n');

    md += QStringLiteral("| | %1 | %2 | %3 |\n|---|---|---|---|\n")
              .arg(Readiness::tr("Check"), Readiness::tr("Result"), Readiness::tr("Fix"));
    for (const Check& check : checks) {
        md += QStringLiteral("| %1 | `%2` | %3 | %4 |\n")
                  .arg(statusMark(check.status), check.id, cell(check.summary),
                       check.fix.isEmpty() ? QString() : QStringLiteral("`%1`").arg(cell(check.fix)));
    }
    if (!planClasses.isEmpty() || !planClassError.isEmpty()) {
        md += QStringLiteral("\n#### %1\n\n").arg(Readiness::tr("Plan classes of %1").arg(planClassSource));
        if (!planClassError.isEmpty())
            md += planClassError + QLatin1Char('\n');
        for (const PlanClassVerdict& plan : planClasses) {
            md += QStringLiteral("- %1 `%2`: %3\n")
                      .arg(plan.ok ? QStringLiteral("✅") : QStringLiteral("❌"), plan.name, plan.reason);
        }
    }
    md += QStringLiteral("\n<sub>%1</sub>\n")
              .arg(Readiness::tr("Made by boinc-docker-manager %1 on %2")
                       .arg(QCoreApplication::applicationVersion(), created.toUTC().toString(Qt::ISODate)));
    return md;
}

} // namespace bdm::readiness
