#include "submit/JobSpecValidator.h"

#include "submit/SubmitTr.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace bdm::submit {
namespace {

class Checker
{
public:
    QList<SpecProblem> problems;

    void error(const QString& field, const QString& message) { problems.append({field, message, false}); }
    void warning(const QString& field, const QString& message) { problems.append({field, message, true}); }

    // Newlines and NULs end a line in every file and command generated from the spec.
    bool printable(const QString& field, const QString& value)
    {
        for (const QChar c : value) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                error(field, Submit::tr("contains a line break"));
                return false;
            }
            if (c.unicode() == 0) {
                error(field, Submit::tr("contains a NUL character"));
                return false;
            }
        }
        return true;
    }

    void safeName(const QString& field, const QString& value, bool required)
    {
        if (value.isEmpty()) {
            if (required)
                error(field, Submit::tr("missing"));
            return;
        }
        if (printable(field, value) && !JobSpecValidator::isSafeName(value))
            error(
                field,
                Submit::tr("'%1' may use only letters, digits, '_', '.' and '-', and may not start with '-'")
                    .arg(value));
    }

    void noComma(const QString& field, const QString& value)
    {
        if (value.contains(QLatin1Char(',')))
            error(
                field,
                Submit::tr("'%1' contains a comma, which boinc2docker takes as a list separator").arg(value));
    }

    void existingFile(const QString& field, const QString& path)
    {
        const QFileInfo info(path);
        if (!info.exists())
            error(field, Submit::tr("no such file: %1").arg(path));
        else if (!info.isFile())
            error(field, Submit::tr("not a regular file: %1").arg(path));
    }

    void oneOf(const QString& field, const QString& value, const QStringList& allowed)
    {
        if (!allowed.contains(value))
            error(field, Submit::tr("'%1' is not one of: %2").arg(value, allowed.join(QStringLiteral(", "))));
    }
};

const QRegularExpression& imagePattern()
{
    // A registry reference: name components, optional tag and digest; nothing a shell or
    // the engine's argument parser would read differently.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/:@-]*$"));
    return re;
}

void checkFiles(Checker& c, const JobSpec& spec, bool boinc2docker)
{
    QSet<QString> seen;
    const auto slotName = [&](const QString& field, const QString& path) {
        const QString name = QFileInfo(path).fileName();
        if (!c.printable(field, path))
            return;
        if (!JobSpecValidator::isPlainFileName(name))
            c.error(field, Submit::tr("'%1' cannot be a file name in the job's working directory").arg(name));
        if (spec.imageDelivery == QLatin1String("layers") && name.endsWith(QLatin1String(".tar.manual.gz")) &&
            (name.startsWith(QLatin1String("layer_")) || name.startsWith(QLatin1String("image_"))))
            c.error(field, Submit::tr("'%1' looks like a shipped image layer; rename it").arg(name));
        if (seen.contains(name))
            c.error(field, Submit::tr("another input is also named '%1'; inside the job both would be "
                                      "the same file")
                               .arg(name));
        seen.insert(name);
        c.existingFile(field, path);
    };
    for (qsizetype i = 0; i < spec.inputs.size(); ++i)
        slotName(QStringLiteral("inputs[%1]").arg(i), spec.inputs[i]);
    if (!spec.script.isEmpty())
        slotName(QStringLiteral("script"), spec.script);
    if (!spec.composeFile.isEmpty())
        slotName(QStringLiteral("compose_file"), spec.composeFile);

    QSet<QString> outputs;
    for (qsizetype i = 0; i < spec.outputs.size(); ++i) {
        const QString field = QStringLiteral("outputs[%1]").arg(i);
        const QString& name = spec.outputs[i];
        if (!c.printable(field, name))
            continue;
        if (!JobSpecValidator::isPlainFileName(name))
            c.error(field, Submit::tr("'%1' is not a plain file name (no '/', not '.' or '..')").arg(name));
        if (boinc2docker)
            c.noComma(field, name);
        if (outputs.contains(name))
            c.error(field, Submit::tr("'%1' is listed twice").arg(name));
        outputs.insert(name);
    }
}

void checkRun(Checker& c, const JobSpec& spec)
{
    const int ways = (spec.command.isEmpty() ? 0 : 1) + (spec.script.isEmpty() ? 0 : 1) +
                     (spec.composeFile.isEmpty() ? 0 : 1);
    if (ways != 1)
        c.error(spec.command.isEmpty() ? QStringLiteral("command") : QStringLiteral("script"),
                Submit::tr("give exactly one of a command (argv list), a script, or a compose file"));
    for (qsizetype i = 0; i < spec.command.size(); ++i)
        c.printable(QStringLiteral("command[%1]").arg(i), spec.command[i]);

    if (spec.composeFile.isEmpty() || !spec.image.isEmpty()) {
        if (spec.image.isEmpty())
            c.error(QStringLiteral("image"), Submit::tr("missing"));
        else if (c.printable(QStringLiteral("image"), spec.image) &&
                 !imagePattern().match(spec.image).hasMatch())
            c.error(QStringLiteral("image"),
                    Submit::tr("'%1' is not an image reference (name[:tag][@digest])").arg(spec.image));
    }
    c.oneOf(QStringLiteral("image_delivery"), spec.imageDelivery,
            {QStringLiteral("registry"), QStringLiteral("layers")});
    if (spec.imageDelivery == QLatin1String("layers")) {
        c.noComma(QStringLiteral("image"), spec.image);
        if (!spec.composeFile.isEmpty())
            c.error(QStringLiteral("image_delivery"),
                    Submit::tr("a compose file pulls its own images; use \"registry\""));
    }
    c.oneOf(QStringLiteral("network"), spec.network,
            {QStringLiteral("none"), QStringLiteral("bridge"), QStringLiteral("host")});

    if (spec.gpu) {
        const GpuRequest& g = *spec.gpu;
        c.oneOf(QStringLiteral("gpu.vendor"), g.vendor, {QStringLiteral("nvidia"), QStringLiteral("amd")});
        if (g.count < 1 || g.count > 64)
            c.error(QStringLiteral("gpu.count"), Submit::tr("must be between 1 and 64"));
        if (g.minGpuRamMb < 0)
            c.error(QStringLiteral("gpu.min_gpu_ram_mb"), Submit::tr("must not be negative"));
        static const QRegularExpression version(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
        if (!g.minDriverVersion.isEmpty() && !version.match(g.minDriverVersion).hasMatch())
            c.error(QStringLiteral("gpu.min_driver_version"),
                    Submit::tr("expected digits and dots, e.g. 535.104"));
        if (!g.minCudaVersion.isEmpty() && !version.match(g.minCudaVersion).hasMatch())
            c.error(QStringLiteral("gpu.min_cuda_version"),
                    Submit::tr("expected digits and dots, e.g. 12.2"));
        if (g.vendor != QLatin1String("nvidia") && (g.useCdi || !g.minCudaVersion.isEmpty()))
            c.error(QStringLiteral("gpu.vendor"),
                    Submit::tr("use_cdi and min_cuda_version are for NVIDIA GPUs"));
    }
}

void checkNumbers(Checker& c, const JobSpec& spec, bool boinc2docker)
{
    const JobResources& r = spec.resources;
    const QList<std::pair<const char*, double>> amounts = {
        {"resources.fpops_est", r.fpopsEst},        {"resources.fpops_bound", r.fpopsBound},
        {"resources.memory_bytes", r.memoryBytes},  {"resources.disk_bytes", r.diskBytes},
        {"resources.delay_bound_s", r.delayBoundS}, {"resources.min_ncpus", r.minNcpus},
        {"resources.max_threads", r.maxThreads}};
    for (const auto& [field, value] : amounts) {
        if (value < 0)
            c.error(QString::fromUtf8(field), Submit::tr("must not be negative"));
    }
    const Replication& rep = spec.replication;
    if (rep.minQuorum < 1)
        c.error(QStringLiteral("replication.min_quorum"), Submit::tr("must be at least 1"));
    if (rep.targetNresults < rep.minQuorum)
        c.error(QStringLiteral("replication.target_nresults"), Submit::tr("must be at least min_quorum"));
    if (rep.maxErrorResults < 0 || rep.maxTotalResults < 0 || rep.maxSuccessResults < 0)
        c.error(QStringLiteral("replication"), Submit::tr("result limits must not be negative"));

    if (!boinc2docker)
        return;
    // boinc2docker has no create_work pass-through (submission-paths.md §1.4).
    const Replication d;
    if (rep.minQuorum != d.minQuorum || rep.targetNresults != d.targetNresults || rep.maxErrorResults ||
        rep.maxTotalResults || rep.maxSuccessResults || rep.priority)
        c.warning(QStringLiteral("replication"),
                  Submit::tr("boinc2docker cannot set replication or priority; use the create_work mode"));
    if (r.fpopsEst > 0 || r.fpopsBound > 0 || r.memoryBytes > 0 || r.diskBytes > 0 || r.delayBoundS > 0)
        c.warning(
            QStringLiteral("resources"),
            Submit::tr("boinc2docker cannot set rsc_* bounds or the deadline; use the create_work mode"));
}

void checkParameters(Checker& c, const JobSpec& spec)
{
    static const QRegularExpression ident(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QSet<QString> names;
    for (qsizetype i = 0; i < spec.parameterNames.size(); ++i) {
        const QString field = QStringLiteral("parameters.names[%1]").arg(i);
        const QString& n = spec.parameterNames[i];
        if (!ident.match(n).hasMatch())
            c.error(field,
                    Submit::tr("'%1' must be letters, digits and '_', not starting with a digit").arg(n));
        if (names.contains(n))
            c.error(field, Submit::tr("'%1' is listed twice").arg(n));
        names.insert(n);
    }
    if (!spec.parameterNames.isEmpty() && spec.parameterRows.isEmpty())
        c.error(QStringLiteral("parameters.rows"), Submit::tr("no rows: give one row per job"));
    for (qsizetype i = 0; i < spec.parameterRows.size(); ++i) {
        const QStringList& row = spec.parameterRows[i];
        const QString field = QStringLiteral("parameters.rows[%1]").arg(i);
        if (row.size() != spec.parameterNames.size())
            c.error(field, Submit::tr("has %1 values, but there are %2 names")
                               .arg(row.size())
                               .arg(spec.parameterNames.size()));
        for (qsizetype k = 0; k < row.size(); ++k)
            c.printable(QStringLiteral("%1[%2]").arg(field).arg(k), row[k]);
    }
    // A command gets the values where its words name them; a script gets them as its arguments.
    if (!spec.parameterRows.isEmpty() && spec.command.isEmpty() && spec.script.isEmpty())
        c.error(QStringLiteral("parameters"),
                Submit::tr("parameters are substituted into the command or given to the script as its "
                           "arguments; give a command or a script"));
}

void checkTarget(Checker& c, const SubmitTarget& t)
{
    c.oneOf(QStringLiteral("target.transport"), t.transport,
            {QStringLiteral("ssh"), QStringLiteral("webrpc")});
    if (t.transport == QLatin1String("ssh")) {
        c.oneOf(QStringLiteral("target.mode"), t.mode,
                {QStringLiteral("boinc2docker"), QStringLiteral("create_work")});
        static const QRegularExpression host(
            QStringLiteral("^([A-Za-z0-9_][A-Za-z0-9_.-]*@)?[A-Za-z0-9_:.\\[\\]-]+$"));
        if (t.host.isEmpty())
            c.error(QStringLiteral("target.host"), Submit::tr("missing (user@host)"));
        else if (t.host.startsWith(QLatin1Char('-')) || !host.match(t.host).hasMatch())
            c.error(QStringLiteral("target.host"), Submit::tr("'%1' is not user@host").arg(t.host));
        if (t.port < 1 || t.port > 65535)
            c.error(QStringLiteral("target.port"), Submit::tr("must be between 1 and 65535"));
        if (t.projectDir.isEmpty())
            c.error(QStringLiteral("target.project_dir"),
                    Submit::tr("missing (the project's directory on the server)"));
        else if (c.printable(QStringLiteral("target.project_dir"), t.projectDir) &&
                 !t.projectDir.startsWith(QLatin1Char('/')))
            c.error(QStringLiteral("target.project_dir"), Submit::tr("must be an absolute path"));
        static const QRegularExpression container(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
        if (!t.dockerExec.isEmpty() && !container.match(t.dockerExec).hasMatch())
            c.error(QStringLiteral("target.docker_exec"),
                    Submit::tr("'%1' is not a container name").arg(t.dockerExec));
        static const QRegularExpression user(
            QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$"));
        if (!t.dockerExecUser.isEmpty() && !user.match(t.dockerExecUser).hasMatch())
            c.error(QStringLiteral("target.docker_exec_user"),
                    Submit::tr("'%1' is not a user[:group]").arg(t.dockerExecUser));
        if (!t.dockerExecUser.isEmpty() && t.dockerExec.isEmpty())
            c.error(QStringLiteral("target.docker_exec_user"), Submit::tr("only used with docker_exec"));
        if (!t.identityFile.isEmpty())
            c.existingFile(QStringLiteral("target.identity_file"), t.identityFile);
    } else if (t.transport == QLatin1String("webrpc")) {
        c.oneOf(QStringLiteral("target.mode"), t.mode, {QStringLiteral("submit_batch")});
        const bool web = t.projectUrl.startsWith(QLatin1String("https://")) ||
                         t.projectUrl.startsWith(QLatin1String("http://"));
        if (!web || !t.projectUrl.endsWith(QLatin1Char('/')) ||
            !c.printable(QStringLiteral("target.project_url"), t.projectUrl))
            c.error(QStringLiteral("target.project_url"),
                    Submit::tr("expected the project URL, https://host/project/"));
        if (!t.authenticatorFile.isEmpty())
            c.existingFile(QStringLiteral("target.authenticator_file"), t.authenticatorFile);
    }
}

} // namespace

bool JobSpecValidator::isSafeName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.][A-Za-z0-9_.-]*$"));
    return re.match(name).hasMatch() && name != QLatin1String(".") && name != QLatin1String("..");
}

QStringList JobSpecValidator::reservedFileNames()
{
    return {QStringLiteral("boinc_docker"),         QStringLiteral("init_data.xml"),
            QStringLiteral("fraction_done"),        QStringLiteral("stderr.txt"),
            QStringLiteral("boinc_finish_called"),  QStringLiteral("boinc_lockfile"),
            QStringLiteral("boinc_task_state.xml"), QStringLiteral("job.xml")};
}

bool JobSpecValidator::isPlainFileName(const QString& name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") ||
        name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.startsWith(QLatin1String(".bdm")))
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return !reservedFileNames().contains(name);
}

QList<SpecProblem> JobSpecValidator::check(const JobSpec& spec)
{
    Checker c;
    const bool boinc2docker = spec.target.mode == QLatin1String("boinc2docker");
    c.safeName(QStringLiteral("name"), spec.name, true);
    c.safeName(QStringLiteral("app"), spec.app, true);
    c.safeName(QStringLiteral("plan_class"), spec.planClass, false);
    checkRun(c, spec);
    checkFiles(c, spec, boinc2docker);
    checkNumbers(c, spec, boinc2docker);
    checkParameters(c, spec);
    checkTarget(c, spec.target);
    // Only boinc2docker exports an image on the server; elsewhere "layers" would ship nothing.
    if (spec.imageDelivery == QLatin1String("layers") && spec.target.mode != QLatin1String("boinc2docker"))
        c.error(
            QStringLiteral("target.mode"),
            Submit::tr("image delivery \"layers\" needs the boinc2docker mode, which exports the image on "
                       "the server; use \"registry\" here"));
    return c.problems;
}

QList<SpecProblem> JobSpecValidator::errors(const JobSpec& spec)
{
    QList<SpecProblem> out;
    for (const SpecProblem& p : check(spec)) {
        if (!p.warning)
            out << p;
    }
    return out;
}

} // namespace bdm::submit
