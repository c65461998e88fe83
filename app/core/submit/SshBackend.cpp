#include "submit/SshBackend.h"

#include "submit/RemoteShell.h"
#include "submit/SshHostKeyScan.h"
#include "submit/SshRunner.h"
#include "submit/SubmitTr.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace bdm::submit {
namespace {

constexpr int noStagingExit = 97;
constexpr int interruptedExit = 98;
constexpr int noCancelToolExit = 96;

// The server command runs in the background under the lock, detached from this SSH
// session (HUP ignored, no terminal, outputs in files): a dropped connection cannot stop it
// half-way, and whoever comes later (this session's wait loop or a retry) reads its record.
// `rc` is written last, so its presence means stdout and stderr are complete.
QString runScript(const QString& staging, const QString& projectDir, const QString& command)
{
    return QStringLiteral(
               "S=%1; P=%2\n"
               "cd \"$S\" 2>/dev/null || { echo BDM-NOSTAGING; exit 97; }\n"
               "if mkdir lock 2>/dev/null; then\n"
               "  ( trap '' HUP PIPE INT; cd \"$P\" && { %3 ; } >\"$S/stdout.part\" 2>\"$S/stderr.part\" "
               "</dev/null;"
               " rc=$?; mv \"$S/stdout.part\" \"$S/stdout\"; mv \"$S/stderr.part\" \"$S/stderr\";"
               " echo $rc >\"$S/rc.part\"; mv \"$S/rc.part\" \"$S/rc\" ) </dev/null >/dev/null 2>&1 &\n"
               "  echo $! > lock/pid\n"
               "fi\n"
               "n=0\n"
               "while [ ! -f rc ]; do\n"
               "  if [ -f lock/pid ] && ! kill -0 \"$(cat lock/pid)\" 2>/dev/null && [ ! -f rc ]; then\n"
               "    echo BDM-INTERRUPTED; cat stdout.part stderr.part 2>/dev/null; exit 98\n"
               "  fi\n"
               "  sleep 0.2; n=$((n+1))\n"
               // A heartbeat keeps the client's idle timeout from firing during a long export.
               "  [ $((n % 50)) -eq 0 ] && echo BDM-WAIT\n"
               "done\n"
               "printf 'BDM-RESULT %s %s %s\\n' \"$(cat rc)\" $(($(wc -c <stdout))) $(($(wc -c <stderr)))\n"
               "cat stdout stderr\n")
        .arg(RemoteShell::quote(staging), RemoteShell::quote(projectDir), command);
}

QString probeScript(const QString& staging)
{
    return QStringLiteral("S=%1\n"
                          "[ -d \"$S/lock\" ] && echo LOCKED\n"
                          "for f in \"$S\"/*; do [ -f \"$f\" ] && printf 'F %s %s\\n' $(($(wc -c <\"$f\"))) "
                          "\"${f##*/}\"; done\n"
                          "exit 0\n")
        .arg(RemoteShell::quote(staging));
}

struct SpecFacts
{
    QString app;
    QStringList outputs;
};

SpecFacts factsOf(const JournalEntry& entry)
{
    const QJsonObject o = QJsonDocument::fromJson(entry.specJson.toUtf8()).object();
    SpecFacts f;
    f.app = o.value(QLatin1String("app")).toString();
    for (const QJsonValue& v : o.value(QLatin1String("outputs")).toArray()) {
        f.outputs << v.toString();
    }
    return f;
}

JobStatus::State stateFromServer(const QString& s)
{
    if (s == QLatin1String("unsent")) {
        return JobStatus::State::Queued;
    }
    if (s == QLatin1String("in_progress")) {
        return JobStatus::State::InProgress;
    }
    if (s == QLatin1String("done")) {
        return JobStatus::State::Done;
    }
    if (s == QLatin1String("error")) {
        return JobStatus::State::Error;
    }
    if (s == QLatin1String("aborted")) {
        return JobStatus::State::Aborted;
    }
    return JobStatus::State::Unknown;
}

// A local file name for an output: the spec's name, made unable to leave its folder.
QString safeLocalName(const QString& name)
{
    QString s = name;
    s.replace(QLatin1Char('/'), QLatin1Char('_'));
    s.replace(QChar(0), QLatin1Char('_'));
    if (s.isEmpty() || s == QLatin1String(".") || s == QLatin1String("..")) {
        s.prepend(QLatin1Char('_'));
    }
    return s;
}

} // namespace

SshBackend::SshBackend(const SubmitTarget& target, QObject* parent)
    : SubmitBackend(parent), m_target(target), m_endpoint(SshEndpoint::fromTarget(target))
{}

SshBackend::~SshBackend() = default;

void SshBackend::setEndpoint(const SshEndpoint& endpoint)
{
    m_endpoint = endpoint;
}

qint64 SshBackend::sshProcessId() const
{
    return m_runner ? m_runner->processId() : 0;
}

QString SshBackend::remote(const QString& script) const
{
    return RemoteShell::wrap(script, m_target.dockerExec, m_target.dockerExecUser);
}

void SshBackend::ensureRunner()
{
    if (!m_runner) {
        m_runner = std::make_unique<SshRunner>(m_endpoint);
        connect(m_runner.get(), &SshRunner::finished, this, &SshBackend::onFinished);
        connect(m_runner.get(), &SshRunner::progress, this, [this](qint64 done, qint64) {
            if (m_step == Step::Upload) {
                emit progress(Submit::tr("Uploading"), m_uploadDone + done, m_uploadTotal);
            }
        });
    }
}

void SshBackend::runStep(Step step, const QString& script, const QByteArray& input)
{
    m_step = step;
    ensureRunner();
    m_runner->run(remote(script), input);
}

void SshBackend::onFinished(const SshResult& result)
{
    const Step step = m_step;
    if (!result.error.ok()) {
        return failFromSsh(result.error);
    }
    switch (step) {
    case Step::Probe:
        return onProbed(result);
    case Step::Upload:
        if (result.exitCode != 0) {
            return fail(SubmitError::Kind::Connection, Submit::tr("Uploading to the server failed."),
                        QString::fromLocal8Bit(result.standardError));
        }
        m_uploadDone += m_pending.takeFirst().size;
        return uploadNext();
    case Step::Run:
        return onRun(result);
    case Step::Query:
        return onQueried(result);
    case Step::Fetch: {
        const auto [remotePath, localPath] = m_fetchQueue.takeFirst();
        if (result.exitCode != 0) {
            return fail(SubmitError::Kind::Refused,
                        Submit::tr("Cannot read %1 on the server.").arg(remotePath),
                        QString::fromLocal8Bit(result.standardError));
        }
        QDir().mkpath(QFileInfo(localPath).absolutePath());
        QSaveFile file(localPath);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(result.standardOutput) != result.standardOutput.size() || !file.commit()) {
            return fail(SubmitError::Kind::Usage,
                        Submit::tr("Cannot write %1: %2").arg(localPath, file.errorString()));
        }
        m_fetched << localPath;
        return fetchNext();
    }
    case Step::Abort:
        m_step = Step::Idle;
        if (result.exitCode == noCancelToolExit) {
            return fail(
                SubmitError::Kind::Refused,
                Submit::tr(
                    "This server has no bin/cancel_jobs, so its jobs cannot be aborted over SSH. Ask the "
                    "project's administrator, or use the web RPC's abort."),
                QString::fromLocal8Bit(result.standardError));
        }
        if (result.exitCode != 0) {
            return fail(SubmitError::Kind::Refused, Submit::tr("The server refused to abort the jobs."),
                        QString::fromLocal8Bit(result.standardError));
        }
        emit aborted();
        return;
    case Step::Idle:
        return;
    }
}

void SshBackend::submit(const JobSpec& spec, const JournalEntry& entry)
{
    m_spec = spec;
    m_spec.target = m_target;
    m_entry = entry;
    m_sshError = {};
    QString error;
    const auto plan = SshSubmitPlan::build(m_spec, entry, &error);
    if (!plan) {
        // Reported after the caller has had a chance to connect, like every other outcome.
        QMetaObject::invokeMethod(
            this, [this, error] { fail(SubmitError::Kind::Usage, error); }, Qt::QueuedConnection);
        return;
    }
    m_plan = *plan;
    emit progress(Submit::tr("Connecting"), 0, 0);
    runStep(Step::Probe, probeScript(m_plan.staging));
}

void SshBackend::onProbed(const SshResult& result)
{
    bool locked = false;
    QHash<QString, qint64> present;
    for (const QByteArray& line : result.standardOutput.split('\n')) {
        if (line == "LOCKED") {
            locked = true;
        } else if (line.startsWith("F ")) {
            const qsizetype space = line.indexOf(' ', 2);
            present.insert(QString::fromUtf8(line.mid(space + 1)), line.mid(2, space - 2).toLongLong());
        }
    }
    if (locked) {
        // An earlier try got as far as the server command: never run it again, read its record.
        return startRun();
    }
    m_pending.clear();
    m_uploadTotal = 0;
    m_uploadDone = 0;
    for (const StagedUpload& f : std::as_const(m_plan.files)) {
        if (present.value(f.name, -1) != f.size) {
            m_pending << f;
            m_uploadTotal += f.size;
        }
    }
    emit stageChanged(JournalStage::Uploading);
    uploadNext();
}

void SshBackend::uploadNext()
{
    if (m_pending.isEmpty()) {
        return startRun();
    }
    const StagedUpload& f = m_pending.first();
    const QString dir = RemoteShell::quote(m_plan.staging);
    const QString part =
        RemoteShell::quote(m_plan.staging + QStringLiteral("/.") + f.name + QStringLiteral(".part"));
    const QString script =
        // A cut connection ends cat's input early but not with an error: only a whole file is
        // renamed into place, so the resume check never mistakes a torn upload for a good one.
        QStringLiteral("mkdir -p %1 && cat > %2 && [ $(($(wc -c < %2))) -eq %4 ] && mv -f %2 %3")
            .arg(dir, part, RemoteShell::quote(m_plan.staging + QLatin1Char('/') + f.name),
                 QString::number(f.size));
    m_step = Step::Upload;
    emit progress(Submit::tr("Uploading %1").arg(f.name), m_uploadDone, m_uploadTotal);
    if (f.localPath.isEmpty()) {
        runStep(Step::Upload, script, f.content);
    } else {
        ensureRunner();
        m_runner->upload(f.localPath, remote(script));
    }
}

void SshBackend::startRun()
{
    emit stageChanged(JournalStage::Submitting);
    emit progress(Submit::tr("Submitting"), 0, 0);
    runStep(Step::Run, runScript(m_plan.staging, m_target.projectDir, m_plan.command));
}

void SshBackend::onRun(const SshResult& result)
{
    m_step = Step::Idle;
    const QByteArray& out = result.standardOutput;
    if (result.exitCode == noStagingExit) {
        return fail(SubmitError::Kind::Connection,
                    Submit::tr("The staging directory %1 is missing on the server.").arg(m_plan.staging));
    }
    if (result.exitCode == interruptedExit) {
        return fail(
            SubmitError::Kind::Connection,
            Submit::tr("An earlier try of this submission was interrupted on the server (%1); whether it "
                       "created jobs is unknown, so it is not run again. Check the server.")
                .arg(m_plan.staging),
            QString::fromLocal8Bit(out));
    }
    const qsizetype at = out.indexOf("BDM-RESULT ");
    const qsizetype eol = out.indexOf('\n', at);
    if (at < 0 || eol < 0) {
        return fail(SubmitError::Kind::Connection, Submit::tr("The server's reply was cut off."),
                    QString::fromLocal8Bit(result.standardError));
    }
    const QList<QByteArray> fields = out.mid(at, eol - at).split(' ');
    const int rc = fields.value(1).toInt();
    const qsizetype outLen = fields.value(2).toLongLong();
    const qsizetype errLen = fields.value(3).toLongLong();
    const QByteArray serverOut = out.mid(eol + 1, outLen);
    const QByteArray serverErr = out.mid(eol + 1 + outLen, errLen);
    if (rc != 0) {
        const QByteArray text = serverErr.trimmed().isEmpty() ? serverOut : serverErr;
        return fail(SubmitError::Kind::Refused,
                    Submit::tr("The server refused the job (exit status %1).").arg(rc),
                    QString::fromUtf8(text));
    }
    SubmitOutcome outcome;
    outcome.transport = QStringLiteral("ssh");
    outcome.mode = m_plan.mode;
    if (m_plan.mode == QLatin1String("boinc2docker")) {
        static const QRegularExpression idLine(QStringLiteral("Your workunit ID is: (\\w{10})"));
        const QRegularExpressionMatch m = idLine.match(QString::fromUtf8(serverOut));
        if (!m.hasMatch()) {
            return fail(SubmitError::Kind::Refused,
                        Submit::tr("boinc2docker_create_work did not print a workunit ID."),
                        QString::fromUtf8(serverOut + serverErr));
        }
        outcome.workunits << m_spec.app + QLatin1Char('_') + m.captured(1);
    } else {
        outcome.workunits = m_plan.workunits;
    }
    emit submitted(outcome);
}

void SshBackend::query(const JournalEntry& entry)
{
    m_fetchAfterQuery = false;
    startQuery(entry);
}

void SshBackend::fetchOutputs(const JournalEntry& entry, const QString& directory)
{
    m_fetchAfterQuery = true;
    m_fetchDirectory = directory;
    startQuery(entry);
}

void SshBackend::startQuery(const JournalEntry& entry)
{
    m_entry = entry;
    m_sshError = {};
    const SpecFacts facts = factsOf(entry);
    QStringList patterns;
    if (entry.mode == QLatin1String("boinc2docker")) {
        for (const QString& wu : entry.workunits) {
            const QString suffix = wu.mid(facts.app.size() + 1);
            for (const QString& out : facts.outputs) {
                patterns << RemoteShell::globLiteral(out + QLatin1Char('_') + suffix);
            }
        }
    } else {
        // <OUTFILE_n/> names are "<result>_r<random>_<n>", results "<wu>_<k>": all begin with the key.
        patterns << RemoteShell::globLiteral(entry.key) + QStringLiteral("*");
    }
    QStringList nameTests;
    for (const QString& p : std::as_const(patterns)) {
        nameTests << QStringLiteral("-name ") + RemoteShell::quote(p);
    }
    const QString find = nameTests.isEmpty()
                             ? QString()
                             : QStringLiteral("find upload -type f \\( %1 \\) -print | sed 's/^/F /'\n")
                                   .arg(nameTests.join(QStringLiteral(" -o ")));
    const QString script =
        QStringLiteral("cd %1 || exit 97\n"
                       "if [ -x bin/bdm_job_status ]; then xargs bin/bdm_job_status | sed 's/^/S /'; "
                       "fi\n%2exit 0\n")
            .arg(RemoteShell::quote(m_target.projectDir), find);
    runStep(Step::Query, script, (entry.workunits.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

void SshBackend::onQueried(const SshResult& result)
{
    m_step = Step::Idle;
    if (result.exitCode != 0) {
        return fail(
            SubmitError::Kind::Connection,
            Submit::tr("The project directory %1 cannot be read on the server.").arg(m_target.projectDir),
            QString::fromLocal8Bit(result.standardError));
    }
    const SpecFacts facts = factsOf(m_entry);
    QHash<QString, JobStatus> byWu;
    QHash<QString, QStringList> paths; // wu -> remote path per output index
    for (const QString& wu : std::as_const(m_entry.workunits)) {
        byWu.insert(wu, JobStatus{wu, JobStatus::State::Unknown, {}, {}});
        paths.insert(wu, QStringList(facts.outputs.size(), QString()));
    }
    bool haveStatusTool = false;
    static const QRegularExpression outfile(QStringLiteral("^(.*)_\\d+_r\\d+_(\\d+)$"));
    for (const QByteArray& raw : result.standardOutput.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String("S "))) {
            const QStringList f = line.mid(2).split(QLatin1Char('\t'));
            if (byWu.contains(f.value(0))) {
                haveStatusTool = true;
                byWu[f[0]].state = stateFromServer(f.value(1));
                byWu[f[0]].detail = f.value(2);
            }
        } else if (line.startsWith(QLatin1String("F "))) {
            const QString path = line.mid(2);
            const QString name = path.section(QLatin1Char('/'), -1);
            if (m_entry.mode == QLatin1String("boinc2docker")) {
                for (const QString& wu : std::as_const(m_entry.workunits)) {
                    const QString suffix = wu.mid(facts.app.size() + 1);
                    for (int i = 0; i < facts.outputs.size(); ++i) {
                        if (name == facts.outputs[i] + QLatin1Char('_') + suffix) {
                            paths[wu][i] = path;
                        }
                    }
                }
            } else if (const auto m = outfile.match(name); m.hasMatch()) {
                const QString wu = m.captured(1);
                const int i = m.captured(2).toInt();
                if (paths.contains(wu) && i < facts.outputs.size() && paths[wu][i].isEmpty()) {
                    paths[wu][i] = path;
                }
            }
        }
    }
    QList<JobStatus> statuses;
    m_fetchQueue.clear();
    for (const QString& wu : std::as_const(m_entry.workunits)) {
        JobStatus s = byWu.value(wu);
        for (int i = 0; i < facts.outputs.size(); ++i) {
            if (!paths[wu][i].isEmpty()) {
                s.outputFiles << facts.outputs[i];
                m_fetchQueue.append({m_target.projectDir + QLatin1Char('/') + paths[wu][i],
                                     QDir(m_fetchDirectory)
                                         .filePath(wu + QLatin1Char('/') + safeLocalName(facts.outputs[i]))});
            }
        }
        if (!haveStatusTool) {
            const bool all = !facts.outputs.isEmpty() && s.outputFiles.size() == facts.outputs.size();
            s.state =
                all ? JobStatus::State::Done
                    : (s.outputFiles.isEmpty() ? JobStatus::State::Unknown : JobStatus::State::InProgress);
            s.detail = all ? Submit::tr("all output files are on the server")
                           : (s.outputFiles.isEmpty() ? Submit::tr("no output files on the server yet")
                                                      : Submit::tr("some output files are on the server"));
        }
        statuses << s;
    }
    if (!m_fetchAfterQuery) {
        emit queried(statuses);
        return;
    }
    m_fetched.clear();
    fetchNext();
}

void SshBackend::fetchNext()
{
    if (m_fetchQueue.isEmpty()) {
        m_step = Step::Idle;
        emit outputsFetched(m_fetched);
        return;
    }
    emit progress(Submit::tr("Downloading %1").arg(QFileInfo(m_fetchQueue.first().second).fileName()),
                  m_fetched.size(), m_fetched.size() + m_fetchQueue.size());
    runStep(Step::Fetch, QStringLiteral("cat -- %1").arg(RemoteShell::quote(m_fetchQueue.first().first)));
}

void SshBackend::abort(const JournalEntry& entry)
{
    m_entry = entry;
    m_sshError = {};
    const QString script =
        QStringLiteral("cd %1 || exit 97\n"
                       "[ -x bin/cancel_jobs ] || { echo 'bin/cancel_jobs: not found' >&2; exit 96; }\n"
                       "rc=0\n"
                       "while read -r wu; do [ -n \"$wu\" ] && { bin/cancel_jobs --name \"$wu\" || "
                       "rc=1; }; done\n"
                       "exit $rc\n")
            .arg(RemoteShell::quote(m_target.projectDir));
    runStep(Step::Abort, script, (entry.workunits.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

void SshBackend::cancel()
{
    if (m_runner && m_runner->isRunning()) {
        m_runner->cancel();
    }
}

void SshBackend::failFromSsh(const SshError& error)
{
    m_sshError = error;
    const SubmitError::Kind kind =
        error.kind == SshError::Kind::Cancelled
            ? SubmitError::Kind::Cancelled
            : (error.kind == SshError::Kind::LocalFile ? SubmitError::Kind::Usage
                                                       : SubmitError::Kind::Connection);
    m_step = Step::Idle;
    m_pending.clear();
    m_fetchQueue.clear();
    SubmitError e{kind, error.message, error.standardError};
    e.ssh = error;
    emit failed(e);
}

void SshBackend::fail(SubmitError::Kind kind, const QString& message, const QString& serverText)
{
    m_step = Step::Idle;
    m_pending.clear();
    m_fetchQueue.clear();
    emit failed(SubmitError{kind, message, serverText});
}

} // namespace bdm::submit
