#include "submit/SshSubmitPlan.h"

#include "submit/Boinc2DockerCommand.h"
#include "submit/JobInputs.h"
#include "submit/JobScriptGenerator.h"
#include "submit/RemoteShell.h"
#include "submit/SubmitTr.h"
#include "submit/TemplateGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace bdm::submit {
namespace {

// Physical names on the server: [A-Za-z0-9_.-] only (BOINC's file-name rule is stricter
// than POSIX); the job still sees the original name through <open_name>.
QString physicalName(const QString& key, int index, const QString& original)
{
    QString clean;
    for (const QChar c : original) {
        clean += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') ||
                         c == QLatin1Char('_') || c == QLatin1Char('-')
                     ? c
                     : QLatin1Char('_');
    }
    return QStringLiteral("%1_%2_%3").arg(key).arg(index).arg(clean.left(80));
}

QString resolved(const JobSpec& spec, const QString& path)
{
    return QFileInfo(path).isAbsolute() || spec.baseDir.isEmpty() ? path : QDir(spec.baseDir).filePath(path);
}

bool unsafeForList(const QString& v)
{
    return v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'));
}

bool addLocal(QList<StagedUpload>& files, const QString& name, const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        *error = Submit::tr("Input file %1 does not exist or cannot be read.").arg(path);
        return false;
    }
    files << StagedUpload{name, info.absoluteFilePath(), {}, info.size()};
    return true;
}

void addContent(QList<StagedUpload>& files, const QString& name, const QByteArray& content)
{
    files << StagedUpload{name, {}, content, content.size()};
}

// The spec's inputs, its script and its compose file under server names unique to this
// submission: stage_file refuses a same-named file with other content, and every job may have
// its own "input.txt". The job sees each file under its own name again (open names, or the
// job script's renames).
bool addInputs(SshSubmitPlan& plan, const JobSpec& spec, const QString& key, QStringList* physical,
               QStringList* originals, QString* error)
{
    QSet<QString> seen;
    const QStringList inputs = JobInputs::paths(spec);
    for (int i = 0; i < inputs.size(); ++i) {
        const QString original = QFileInfo(inputs[i]).fileName();
        if (seen.contains(original)) {
            *error = Submit::tr("Two input files are named %1; inside the job each file keeps its name, so "
                                "names must differ.")
                         .arg(original);
            return false;
        }
        seen.insert(original);
        const QString name = physicalName(key, i, original);
        if (!addLocal(plan.files, name, resolved(spec, inputs[i]), error))
            return false;
        *physical << name;
        if (originals)
            *originals << original;
    }
    return true;
}

std::optional<SshSubmitPlan> buildBoinc2Docker(SshSubmitPlan plan, const JobSpec& spec, const QString& key,
                                               QString* error)
{
    // boinc2docker stages each input under its base name as open name, so the job script
    // renames the submission-unique names back to the originals before the container starts.
    QStringList physical;
    QStringList originals;
    if (!addInputs(plan, spec, key, &physical, &originals, error))
        return std::nullopt;
    JobScriptOptions options;
    QStringList inputPaths;
    for (int i = 0; i < physical.size(); ++i) {
        options.renames.append({physical[i], originals[i]});
        inputPaths << plan.staging + QLatin1Char('/') + physical[i];
    }
    for (const QString& out : spec.outputs) {
        if (unsafeForList(out) || out.isEmpty()) {
            *error = Submit::tr("Output name %1 cannot be passed to boinc2docker.").arg(out);
            return std::nullopt;
        }
    }
    const QString scriptName = QStringLiteral("bdm_job.sh");
    addContent(plan.files, scriptName, JobScriptGenerator::generate(spec, options).toUtf8());

    // The flag set is Boinc2DockerCommand's (only what boinc2docker really has).
    const auto args =
        Boinc2DockerCommand::arguments(spec, plan.staging + QLatin1Char('/') + scriptName, inputPaths, error);
    if (!args) {
        return std::nullopt;
    }
    const QStringList argv = QStringList{QStringLiteral("bin/boinc2docker_create_work")} + *args;
    plan.command = RemoteShell::join(argv);
    return plan;
}

QString jobLine(const QString& name, const QStringList& physical)
{
    return QStringLiteral("--wu_name ") + name + QLatin1Char(' ') + physical.join(QLatin1Char(' ')) +
           QLatin1Char('\n');
}

std::optional<SshSubmitPlan> buildCreateWork(SshSubmitPlan plan, const JobSpec& spec, const QString& key,
                                             QString* error)
{
    if (spec.imageDelivery == QLatin1String("layers")) {
        *error =
            Submit::tr("The create_work mode ships no image layers; use image delivery \"registry\", or the "
                       "boinc2docker mode, which exports the image on the server.");
        return std::nullopt;
    }
    QStringList physical;
    if (!addInputs(plan, spec, key, &physical, nullptr, error))
        return std::nullopt;
    const int rows = static_cast<int>(spec.parameterRows.size());
    for (int j = 0; j < qMax(1, rows); ++j)
        plan.workunits << (rows == 0 ? key : QStringLiteral("%1_%2").arg(key).arg(j));
    // One script serves every row: it finds its values by the workunit's name, so no value
    // goes through create_work's word splitting.
    JobScriptOptions options;
    if (rows > 0)
        options.rowWorkunits = plan.workunits;
    const QString scriptName = key + QStringLiteral("_job");
    addContent(plan.files, scriptName, JobScriptGenerator::generate(spec, options).toUtf8());
    physical << scriptName;

    // Inputs, script, compose file, job script: the order of `physical` above.
    const QString in = TemplateGenerator::inputTemplate(spec);
    const QString out = TemplateGenerator::outputTemplate(spec);
    addContent(plan.files, QStringLiteral("bdm_in.xml"), in.toUtf8());
    addContent(plan.files, QStringLiteral("bdm_out.xml"), out.toUtf8());

    QByteArray jobs;
    for (const QString& name : std::as_const(plan.workunits))
        jobs += jobLine(name, physical).toUtf8();
    addContent(plan.files, QStringLiteral("bdm_jobs.txt"), jobs);

    plan.resultTemplate = QStringLiteral("templates/bdm_%1_out").arg(key);
    const QString s = plan.staging + QLatin1Char('/');
    // The result template must outlive the staging directory: the transitioner reads it
    // whenever it creates a result.
    QStringList steps{
        RemoteShell::join({QStringLiteral("cp"), s + QStringLiteral("bdm_out.xml"), plan.resultTemplate})};
    for (const QString& p : physical) {
        steps << RemoteShell::join({QStringLiteral("bin/stage_file"), QStringLiteral("--copy"), s + p});
    }
    QStringList cw{QStringLiteral("bin/create_work"),
                   QStringLiteral("--appname"),
                   spec.app,
                   QStringLiteral("--wu_template"),
                   s + QStringLiteral("bdm_in.xml"),
                   QStringLiteral("--result_template"),
                   plan.resultTemplate};
    const Replication& r = spec.replication;
    const auto addNumber = [&cw](const char* option, double value) {
        if (value > 0) {
            cw << QLatin1String(option) << QString::number(value, 'g', 15);
        }
    };
    addNumber("--min_quorum", r.minQuorum);
    addNumber("--target_nresults", r.targetNresults);
    addNumber("--max_error_results", r.maxErrorResults);
    addNumber("--max_total_results", r.maxTotalResults);
    addNumber("--max_success_results", r.maxSuccessResults);
    addNumber("--priority", r.priority);
    addNumber("--rsc_fpops_est", spec.resources.fpopsEst);
    addNumber("--rsc_fpops_bound", spec.resources.fpopsBound);
    addNumber("--rsc_memory_bound", spec.resources.memoryBytes);
    addNumber("--rsc_disk_bound", spec.resources.diskBytes);
    addNumber("--delay_bound", spec.resources.delayBoundS);
    cw << QStringLiteral("--stdin");
    steps << RemoteShell::join(cw) + QStringLiteral(" < ") +
                 RemoteShell::quote(s + QStringLiteral("bdm_jobs.txt"));
    plan.command = steps.join(QStringLiteral(" && "));
    return plan;
}

} // namespace

QString SshSubmitPlan::stagingDir(const QString& projectDir, const QString& key)
{
    return RemoteShell::trimmedDirectory(projectDir) + QStringLiteral("/tmp_bdm/") + key;
}

std::optional<SshSubmitPlan> SshSubmitPlan::build(const JobSpec& spec, const JournalEntry& entry,
                                                  QString* error)
{
    QString ignored;
    QString* err = error ? error : &ignored;
    if (spec.target.projectDir.isEmpty() || !spec.target.projectDir.startsWith(QLatin1Char('/'))) {
        *err = Submit::tr("The project directory on the server must be an absolute path.");
        return std::nullopt;
    }
    if (spec.app.isEmpty()) {
        *err = Submit::tr("The job spec names no BOINC app.");
        return std::nullopt;
    }
    SshSubmitPlan plan;
    plan.mode = spec.target.mode;
    plan.staging = stagingDir(spec.target.projectDir, entry.key);
    if (plan.mode == QLatin1String("boinc2docker")) {
        if (!spec.parameterRows.isEmpty()) {
            *err = Submit::tr(
                "boinc2docker creates one job per call; use the create_work mode for a parameter table.");
            return std::nullopt;
        }
        return buildBoinc2Docker(plan, spec, entry.key, err);
    }
    if (plan.mode == QLatin1String("create_work")) {
        return buildCreateWork(plan, spec, entry.key, err);
    }
    *err = Submit::tr("Unknown SSH submission mode: %1").arg(plan.mode);
    return std::nullopt;
}

} // namespace bdm::submit
