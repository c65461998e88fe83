#pragma once

#include "submit/SshEndpoint.h"
#include "submit/SshError.h"
#include "submit/SshSubmitPlan.h"
#include "submit/SubmitBackend.h"

#include <memory>

namespace bdm::submit {

class SshRunner;
struct SshResult;

// Submission over SSH to a project host's shell: boinc2docker_create_work, or stage_file +
// create_work (--stdin, one line per job, names chosen here). See SshSubmitPlan for the
// staging directory. Idempotent per journal entry: the server command runs under a lock
// (mkdir <staging>/lock), detached from the SSH session, with its stdout, stderr and exit
// status written to files there; a retry after a dropped connection waits for or reads that
// record instead of running the command again. Uploads resume: files already staged with
// the right size are skipped (each upload lands as .<name>.part and is renamed when whole).
//
// query(): a real BOINC server has no status tool for the shell; the backend looks for the
// jobs' output files under upload/ (present: done) and, when the project has an executable
// bin/bdm_job_status (the lab's fake has one; a project may install one backed by its
// database), uses its "<wu>\t<state>\t<detail>" lines. abort(): bin/cancel_jobs --name WU
// (BOINC's tool); without it the server cannot abort over SSH and the backend says so.
class SshBackend : public SubmitBackend
{
    Q_OBJECT
public:
    explicit SshBackend(const SubmitTarget& target, QObject* parent = nullptr);
    ~SshBackend() override;

    // Tests and callers with special needs (extra -o options, other programs).
    void setEndpoint(const SshEndpoint& endpoint);
    const SshEndpoint& endpoint() const { return m_endpoint; }

    void submit(const JobSpec& spec, const JournalEntry& entry) override;
    void query(const JournalEntry& entry) override;
    void fetchOutputs(const JournalEntry& entry, const QString& directory) override;
    void abort(const JournalEntry& entry) override;
    void cancel() override;

    // After failed(): the SSH details (HostKeyUnknown carries the fingerprints and the keys to
    // accept with SshHostKeyScan::accept(endpoint(), lastSshError().scannedKeys, ...)).
    const SshError& lastSshError() const { return m_sshError; }
    qint64 sshProcessId() const; // the running ssh client, 0 when none

private:
    enum class Step
    {
        Idle,
        Probe,
        Upload,
        Run,
        Query,
        Fetch,
        Abort
    };

    void ensureRunner();
    void runStep(Step step, const QString& script, const QByteArray& input = {});
    void onFinished(const SshResult& result);
    void onProbed(const SshResult& result);
    void uploadNext();
    void startRun();
    void onRun(const SshResult& result);
    void onQueried(const SshResult& result);
    void fetchNext();
    void fail(SubmitError::Kind kind, const QString& message, const QString& serverText = {});
    void failFromSsh(const SshError& error);
    QString remote(const QString& script) const;
    void startQuery(const JournalEntry& entry);

    SubmitTarget m_target;
    SshEndpoint m_endpoint;
    std::unique_ptr<SshRunner> m_runner;
    Step m_step = Step::Idle;
    SshError m_sshError;

    // submit
    JobSpec m_spec;
    JournalEntry m_entry;
    SshSubmitPlan m_plan;
    QList<StagedUpload> m_pending;
    qint64 m_uploadTotal = 0;
    qint64 m_uploadDone = 0;

    // query / fetch
    bool m_fetchAfterQuery = false;
    QString m_fetchDirectory;
    QList<QPair<QString, QString>> m_fetchQueue; // remote path, local path
    QStringList m_fetched;
};

} // namespace bdm::submit
