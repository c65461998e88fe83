#include "CliContext.h"
#include "Commands.h"
#include "engine/CurlWorker.h"
#include "readiness/ReadinessRunner.h"

#include <QCoreApplication>
#include <unistd.h>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

using readiness::Check;
using readiness::CheckStatus;

QString marker(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("[ ok ]");
    case CheckStatus::Warn:
        return QStringLiteral("[warn]");
    case CheckStatus::Fail:
        return QStringLiteral("[FAIL]");
    case CheckStatus::Skip:
        break;
    }
    return QStringLiteral("[skip]");
}

QString indented(const QString& text, const QString& prefix)
{
    QString out;
    for (const QString& line : text.split(QLatin1Char('\n')))
        out += prefix + line + QLatin1Char('\n');
    return out;
}

void printVerdict(QTextStream& out, const QString& title, const readiness::Verdict& verdict)
{
    out << (verdict.ok ? QStringLiteral("  yes  ") : QStringLiteral("  NO   ")) << title
        << QStringLiteral(": ") << verdict.reason << Qt::endl;
    if (!verdict.detail.isEmpty())
        out << indented(verdict.detail, QStringLiteral("         "));
    if (!verdict.fix.isEmpty())
        out << indented(verdict.fix, QStringLiteral("         fix: "));
}

void printReport(QTextStream& out, const readiness::ReadinessReport& report)
{
    out << (report.qualifies() ? Cli::tr("This computer qualifies for Docker/Podman jobs.")
                               : Cli::tr("This computer does not qualify for Docker/Podman jobs."))
        << Qt::endl
        << Qt::endl;
    printVerdict(out, Cli::tr("CPU container jobs"), report.verdicts.dockerCpu);
    printVerdict(out, Cli::tr("NVIDIA GPU container jobs"), report.verdicts.dockerGpuNvidia);
    printVerdict(out, Cli::tr("Docker Compose"), report.verdicts.compose);
    out << Qt::endl;
    QString group;
    for (const Check& check : report.checks) {
        const QString name = readiness::checkGroupName(check.group);
        if (name != group) {
            out << name << QLatin1Char(':') << Qt::endl;
            group = name;
        }
        out << QStringLiteral("  ") << marker(check.status) << QLatin1Char(' ') << check.summary << Qt::endl;
        if (!check.detail.isEmpty() && check.status != CheckStatus::Pass)
            out << indented(check.detail, QStringLiteral("         "));
        if (!check.fix.isEmpty())
            out << indented(check.fix, QStringLiteral("         fix: "));
    }
    if (!report.planClassSource.isEmpty()) {
        out << Qt::endl << Cli::tr("Plan classes of %1:").arg(report.planClassSource) << Qt::endl;
        if (!report.planClassError.isEmpty())
            out << QStringLiteral("  ") << report.planClassError << Qt::endl;
        for (const readiness::PlanClassVerdict& plan : report.planClasses)
            out << (plan.ok ? QStringLiteral("  [ ok ] ") : QStringLiteral("  [ no ] ")) << plan.name
                << QStringLiteral(": ") << plan.reason << Qt::endl;
    }
}

} // namespace

int runCheck(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Does this computer qualify for Docker/Podman and GPU BOINC jobs? The answer follows what the "
        "BOINC client reports, as the project's scheduler does; local checks explain it and say what "
        "to fix. Exit 0 when it qualifies for CPU container jobs, 1 when not."));
    parser.addHelpOption();
    CliContext::addCommonOptions(parser);
    addEngineUrlOption(parser);
    parser.addOption(
        {QStringLiteral("active"),
         Cli::tr("Also run containers: hello-world as the client's own test does, and for NVIDIA "
                 "GPUs a CUDA container with --gpus all and with CDI (may download images).")});
    parser.addOption(
        {QStringLiteral("recheck"),
         Cli::tr("Ask the client to detect Docker/Podman and GPUs again first (needs the GUI RPC "
                 "password).")});
    parser.addOption({QStringLiteral("plan-classes"),
                      Cli::tr("Judge a project's plan classes against this host, as its scheduler would."),
                      Cli::tr("FILE|URL")});
    parser.addOption({QStringLiteral("gpu-image"),
                      Cli::tr("CUDA image for the --active GPU tests (default %1).")
                          .arg(readiness::ActiveTestOptions().gpuImage),
                      Cli::tr("IMAGE")});
    CliContext::processArguments(parser, args);
    CliContext ctx;
    if (!ctx.readCommonOptions(parser))
        return ExitError;
    engine::DiscoveryEnvironment environment;
    if (!readEngineUrlOption(parser, ctx, environment))
        return ExitError;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("check takes no arguments"));

    readiness::ReadinessOptions options;
    options.endpoint = ctx.endpoint();
    options.password = ctx.password();
    options.timeoutMs = ctx.timeoutMs();
    options.recheck = parser.isSet(QStringLiteral("recheck"));
    options.active = parser.isSet(QStringLiteral("active"));
    options.planClasses = parser.value(QStringLiteral("plan-classes"));
    if (parser.isSet(QStringLiteral("gpu-image")))
        options.activeOptions.gpuImage = parser.value(QStringLiteral("gpu-image"));

    engine::CurlWorker transport;
    engine::EngineConnector connector(transport, environment);
    connector.setTimeout(ctx.timeoutMs());
    readiness::ReadinessRunner runner(connector, transport);
    // Progress only for a person watching: scripts get the answer alone.
    if (!ctx.json() && isatty(STDERR_FILENO)) {
        QObject::connect(&runner, &readiness::ReadinessRunner::progress, &runner,
                         [&ctx](const QString& step, int, int) { ctx.err() << step << Qt::endl; });
    }
    QObject::connect(&runner, &readiness::ReadinessRunner::finished, &runner,
                     [&ctx](const readiness::ReadinessReport& report) {
                         if (ctx.json())
                             ctx.printJson(report.toJson());
                         else
                             printReport(ctx.out(), report);
                         ctx.finish(report.qualifies() ? ExitOk : ExitFailed);
                     });
    runner.start(options);
    return ctx.exec();
}

} // namespace bdm::cli
