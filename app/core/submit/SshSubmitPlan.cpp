#include "submit/SshSubmitPlan.h"

#include "submit/Boinc2DockerCommand.h"
#include "submit/JobInputs.h"
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

std::optional<SshSubmitPlan> buildBoinc2Docker(SshSubmitPlan plan, const JobSpec& spec,
                                               const QByteArray& script, QString* error)
{
    // boinc2docker passes lists comma-joined and stages inputs under their own names
    // (open_name = basename), so names must be unique and free of commas.
    QStringList inputPaths;
    QSet<QString> seen;
    // The spec's inputs, its script and its compose file: the job sees each under its own name.
    for (const QString& input : JobInputs::paths(spec)) {
        const QString name = QFileInfo(input).fileName();
        // boinc2docker hands the staged names to create_work as arguments, where a leading '-'
        // would be read as an option.
        if (unsafeForList(name) || seen.contains(name) || name.startsWith(QLatin1Char('-'))) {
            *error =
                Submit::tr("Input file name %1 cannot be passed to boinc2docker (commas, line breaks, a "
                           "leading '-' and duplicate names are not possible there; the create_work mode "
                           "takes any name).")
                    .arg(name);
            return std::nullopt;
        }
        seen.insert(name);
        if (!addLocal(plan.files, name, resolved(spec, input), error)) {
            return std::nullopt;
        }
        inputPaths << plan.staging + QLatin1Char('/') + name;
    }
    for (const QString& out : spec.outputs) {
        if (unsafeForList(out) || out.isEmpty()) {
            *error = Submit::tr("Output name %1 cannot be passed to boinc2docker.").arg(out);
            return std::nullopt;
        }
    }
    const QString scriptName = QStringLiteral("bdm_job.sh");
    addContent(plan.files, scriptName, script);

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

QString jobLine(const QString& name, const QStringList& values, const QStringList& physical, QString* error)
{
    // create_work splits each --stdin line into words itself, so a value must be one word.
    static const QRegularExpression safeValue(QStringLiteral("^[A-Za-z0-9_.,=:+/@%-]*$"));
    QString line = QStringLiteral("--wu_name ") + name;
    if (!values.isEmpty()) {
        for (const QString& v : values) {
            if (!safeValue.match(v).hasMatch()) {
                *error =
                    Submit::tr("Parameter value %1 cannot be passed on a create_work command line.").arg(v);
                return {};
            }
        }
        line += QStringLiteral(" --command_line \"%1\"").arg(values.join(QLatin1Char(' ')));
    }
    return line + QLatin1Char(' ') + physical.join(QLatin1Char(' ')) + QLatin1Char('\n');
}

std::optional<SshSubmitPlan> buildCreateWork(SshSubmitPlan plan, const JobSpec& spec, const QString& key,
                                             const QByteArray& script, QString* error)
{
    QStringList physical;
    QStringList openNames;
    const QStringList inputs = JobInputs::paths(spec);
    for (int i = 0; i < inputs.size(); ++i) {
        const QString original = QFileInfo(inputs[i]).fileName();
        const QString name = physicalName(key, i, original);
        if (!addLocal(plan.files, name, resolved(spec, inputs[i]), error)) {
            return std::nullopt;
        }
        physical << name;
        openNames << original;
    }
    const QString scriptName = key + QStringLiteral("_job");
    addContent(plan.files, scriptName, script);
    physical << scriptName;
    openNames << QStringLiteral("boinc_docker");

    // Inputs, script, compose file, job script: the order of `physical` above.
    const QString in = TemplateGenerator::inputTemplate(spec);
    const QString out = TemplateGenerator::outputTemplate(spec);
    addContent(plan.files, QStringLiteral("bdm_in.xml"), in.toUtf8());
    addContent(plan.files, QStringLiteral("bdm_out.xml"), out.toUtf8());

    QByteArray jobs;
    const int rows = static_cast<int>(spec.parameterRows.size());
    for (int j = 0; j < qMax(1, rows); ++j) {
        const QString name = rows == 0 ? key : QStringLiteral("%1_%2").arg(key).arg(j);
        const QString line =
            jobLine(name, rows == 0 ? QStringList() : spec.parameterRows[j], physical, error);
        if (line.isEmpty()) {
            return std::nullopt;
        }
        jobs += line.toUtf8();
        plan.workunits << name;
    }
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
    QString dir = projectDir;
    while (dir.size() > 1 && dir.endsWith(QLatin1Char('/'))) {
        dir.chop(1);
    }
    return dir + QStringLiteral("/tmp_bdm/") + key;
}

QByteArray SshSubmitPlan::defaultJobScript(const JobSpec& spec)
{
    if (!spec.script.isEmpty()) {
        QFile file(resolved(spec, spec.script));
        if (file.open(QIODevice::ReadOnly)) {
            return file.readAll();
        }
    }
    QStringList run{QStringLiteral("docker"),
                    QStringLiteral("run"),
                    QStringLiteral("--rm"),
                    QStringLiteral("--network"),
                    spec.network,
                    QStringLiteral("-v"),
                    QStringLiteral("$PWD:/work"),
                    QStringLiteral("-w"),
                    QStringLiteral("/work"),
                    spec.image};
    run << spec.command;
    QString line;
    for (int i = 0; i < run.size(); ++i) {
        // "$PWD" must expand on the volunteer host; everything else is literal.
        line += (i ? QStringLiteral(" ") : QString()) + (run[i] == QLatin1String("$PWD:/work")
                                                             ? QStringLiteral("\"$PWD\":/work")
                                                             : RemoteShell::quote(run[i]));
    }
    return QStringLiteral("#!/bin/bash\nset -e\n%1\n").arg(line).toUtf8();
}

std::optional<SshSubmitPlan> SshSubmitPlan::build(const JobSpec& spec, const JournalEntry& entry,
                                                  const QByteArray& jobScript, QString* error)
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
        return buildBoinc2Docker(plan, spec, jobScript, err);
    }
    if (plan.mode == QLatin1String("create_work")) {
        return buildCreateWork(plan, spec, entry.key, jobScript, err);
    }
    *err = Submit::tr("Unknown SSH submission mode: %1").arg(plan.mode);
    return std::nullopt;
}

} // namespace bdm::submit
