#include "submit/CreateWorkCommand.h"

#include "submit/ShellQuote.h"

namespace bdm::submit {
namespace {

QString words(const QStringList& args)
{
    QStringList quoted;
    for (const QString& a : args)
        quoted << ShellQuote::posix(a);
    return quoted.join(QLatin1Char(' '));
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

QStringList CreateWorkCommand::workunitNames(const JobSpec& spec, const QString& entryKey)
{
    if (spec.parameterRows.isEmpty())
        return {entryKey};
    QStringList names;
    for (qsizetype i = 0; i < spec.parameterRows.size(); ++i)
        names << entryKey + QLatin1Char('_') + QString::number(i);
    return names;
}

QStringList CreateWorkCommand::createWorkArguments(const JobSpec& spec, const QString& wuTemplate,
                                                   const QString& resultTemplate)
{
    QStringList a{QStringLiteral("--appname"),         spec.app,
                  QStringLiteral("--wu_template"),     wuTemplate,
                  QStringLiteral("--result_template"), resultTemplate};
    const auto option = [&a](const char* name, double value, double unset) {
        if (value != unset)
            a << QString::fromUtf8(name) << number(value);
    };
    const Replication& r = spec.replication;
    option("--min_quorum", r.minQuorum, 1);
    option("--target_nresults", r.targetNresults, 1);
    option("--max_error_results", r.maxErrorResults, 0);
    option("--max_total_results", r.maxTotalResults, 0);
    option("--max_success_results", r.maxSuccessResults, 0);
    option("--priority", r.priority, 0);
    option("--rsc_fpops_est", spec.resources.fpopsEst, 0);
    option("--rsc_fpops_bound", spec.resources.fpopsBound, 0);
    option("--rsc_memory_bound", spec.resources.memoryBytes, 0);
    option("--rsc_disk_bound", spec.resources.diskBytes, 0);
    option("--delay_bound", spec.resources.delayBoundS, 0);
    a << QStringLiteral("--stdin");
    return a;
}

QString CreateWorkCommand::stdinText(const QList<CreateWorkJob>& jobs)
{
    // create_work splits these lines on blanks itself (no shell); the names are
    // [A-Za-z0-9_.-] (validated names, PhysicalName) so nothing needs quoting.
    QString text;
    for (const CreateWorkJob& job : jobs)
        text += QStringLiteral("--wu_name ") + job.wuName + QLatin1Char(' ') +
                job.physicalNames.join(QLatin1Char(' ')) + QLatin1Char('\n');
    return text;
}

QString CreateWorkCommand::script(const JobSpec& spec, const QString& stagingDir,
                                  const QStringList& stagedNames, const QString& inputTemplateName,
                                  const QString& outputTemplateName, const QString& resultTemplateName,
                                  const QList<CreateWorkJob>& jobs)
{
    const QString dir = stagingDir.endsWith(QLatin1Char('/')) ? stagingDir : stagingDir + QLatin1Char('/');
    const QString resultTemplate = QStringLiteral("templates/") + resultTemplateName;
    QString s = QStringLiteral("set -e\ncd ") + ShellQuote::posix(spec.target.projectDir) + QLatin1Char('\n');
    for (const QString& name : stagedNames)
        s += QStringLiteral("bin/stage_file --copy ") + ShellQuote::posix(dir + name) + QLatin1Char('\n');
    s += QStringLiteral("cp -- ") + ShellQuote::posix(dir + outputTemplateName) + QLatin1Char(' ') +
         ShellQuote::posix(resultTemplate) + QLatin1Char('\n');
    s += QStringLiteral("bin/create_work ") +
         words(createWorkArguments(spec, dir + inputTemplateName, resultTemplate)) +
         QStringLiteral(" <<'BDM_JOBS_END'\n") + stdinText(jobs) + QStringLiteral("BDM_JOBS_END\n");
    return s;
}

} // namespace bdm::submit
