#include "submit/WebRpcPlan.h"

#include "submit/JobInputs.h"
#include "submit/JobScriptGenerator.h"
#include "submit/SubmitTr.h"
#include "submit/TemplateGenerator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace bdm::submit {
namespace {

QByteArray element(const char* name, const QString& value)
{
    return QByteArray("<") + name + '>' + value.toHtmlEscaped().toUtf8() + "</" + name + ">\n";
}

QString resolved(const JobSpec& spec, const QString& path)
{
    return QFileInfo(path).isAbsolute() || spec.baseDir.isEmpty() ? path : QDir(spec.baseDir).filePath(path);
}

std::optional<QByteArray> fileMd5(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Submit::tr("Input file %1 does not exist or cannot be read.").arg(path);
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Md5);
    if (!hash.addData(&file)) {
        *error = Submit::tr("Input file %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return hash.result().toHex();
}

} // namespace

std::optional<WebRpcPlan> WebRpcPlan::build(const JobSpec& spec, const JournalEntry& entry, QString* error)
{
    QString ignored;
    QString* err = error ? error : &ignored;
    if (spec.app.isEmpty()) {
        *err = Submit::tr("The job spec names no BOINC app.");
        return std::nullopt;
    }
    if (spec.imageDelivery == QLatin1String("layers")) {
        *err = Submit::tr("Remote submission cannot export the image on the server; use image delivery "
                          "\"registry\", or submit over SSH.");
        return std::nullopt;
    }
    if (entry.key.isEmpty()) {
        *err = Submit::tr("The journal entry has no key.");
        return std::nullopt;
    }
    WebRpcPlan plan;
    plan.batchName = entry.key;
    plan.appName = spec.app;
    plan.m_inputTemplate = TemplateGenerator::inputTemplate(spec);
    plan.m_outputTemplate = TemplateGenerator::outputTemplate(spec);

    QSet<QString> known;
    const auto add = [&plan, &known](const WebRpcUpload& u) {
        if (!known.contains(u.physicalName)) {
            known.insert(u.physicalName);
            plan.uploads << u;
        }
    };
    QStringList shared;
    for (const QString& p : JobInputs::paths(spec)) {
        const QString path = resolved(spec, p);
        const std::optional<QByteArray> md5 = fileMd5(path, err);
        if (!md5)
            return std::nullopt;
        const QFileInfo info(path);
        const WebRpcUpload u{physicalName(*md5), info.absoluteFilePath(), {}, info.size()};
        add(u);
        shared << u.physicalName;
    }

    const int rows = static_cast<int>(spec.parameterRows.size());
    QSet<QString> shownScripts;
    for (int j = 0; j < qMax(1, rows); ++j) {
        JobScriptOptions options;
        options.row = rows == 0 ? -1 : j;
        const QByteArray script = JobScriptGenerator::generate(spec, options).toUtf8();
        const WebRpcUpload u{physicalName(QCryptographicHash::hash(script, QCryptographicHash::Md5).toHex()),
                             {},
                             script,
                             script.size()};
        add(u);
        const QString name = rows == 0 ? entry.key : QStringLiteral("%1_%2").arg(entry.key).arg(j);
        plan.jobNames << name;
        plan.jobInputs << (QStringList(shared) << u.physicalName);
        plan.m_priority << spec.replication.priority;
        if (!shownScripts.contains(u.physicalName)) {
            shownScripts.insert(u.physicalName);
            plan.files.append(
                {QStringLiteral("%1 (%2, job %3)").arg(u.physicalName, JobInputs::jobScriptOpenName(), name),
                 QString::fromUtf8(script)});
        }
    }
    plan.files.append({QStringLiteral("input template"), plan.m_inputTemplate});
    plan.files.append({QStringLiteral("output template"), plan.m_outputTemplate});
    plan.submitRequest = "<submit_batch>\n<authenticator>(the account's authenticator)</authenticator>\n" +
                         plan.batchXml() + "</submit_batch>\n";
    return plan;
}

QByteArray WebRpcPlan::batchXml(const QString& batchId) const
{
    QByteArray x = "<batch>\n" + element("app_name", appName);
    // An INIT batch left by an earlier try is filled rather than a second one created.
    x += batchId.isEmpty() ? element("batch_name", batchName) : element("batch_id", batchId);
    const QByteArray in = m_inputTemplate.toUtf8();
    const QByteArray out = m_outputTemplate.toUtf8();
    for (int j = 0; j < jobNames.size(); ++j) {
        x += "<job>\n" + element("name", jobNames[j]);
        if (m_priority.value(j) > 0)
            x += element("priority", QString::number(m_priority.value(j)));
        x += in + out;
        for (const QString& phys : jobInputs[j])
            x += "<input_file>\n<mode>local_staged</mode>\n" + element("source", phys) + "</input_file>\n";
        x += "</job>\n";
    }
    return x + "</batch>\n";
}

} // namespace bdm::submit
