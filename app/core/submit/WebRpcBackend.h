#pragma once

#include "submit/SubmitBackend.h"
#include "submit/WebRpcClient.h"
#include "submit/WebRpcPlan.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <optional>

namespace bdm::submit {

// Submission through the project's remote job submission RPC (WebRpcClient, WebRpcPlan).
//
// submit() is idempotent per journal entry: it first asks query_batch for the batch named
// after the entry's key; a batch that already has jobs is reported as the outcome instead of
// submitting again, and an INIT batch without jobs is filled. Otherwise create_batch makes that
// INIT batch; then query_files, upload_files for the absent ones only (one request per file,
// with progress; the files tied to the batch so job_file_deleter keeps them), and submit_batch
// with the batch's id. Filling an existing INIT batch matters because QNetworkAccessManager
// silently sends a POST again when the server closes the connection before replying: a second
// submit_batch for the same id is refused ("not in INIT state") instead of making a second
// batch, and after any submit_batch failure the batch is read back, so a submission that got
// through is reported as such. query() reads query_batch with job details; fetchOutputs() downloads each
// finished job's outputs through get_output.php (workunit_file) to <directory>/<wu>/<name>;
// abort() is abort_batch and retire() retire_batch.
//
// The authenticator comes from setAuthenticator() (the caller's keychain), else from the
// target's authenticatorFile. HTTPS only, peer verified; addCaCertificates*() adds CAs to trust.
class WebRpcBackend : public SubmitBackend
{
    Q_OBJECT
public:
    explicit WebRpcBackend(const SubmitTarget& target, QObject* parent = nullptr);
    ~WebRpcBackend() override;

    void setAuthenticator(const QString& authenticator);
    void addCaCertificates(const QList<QSslCertificate>& certificates);
    bool addCaCertificatesFile(const QString& pemPath, QString* error);
    WebRpcClient& client() { return m_client; }

    void submit(const JobSpec& spec, const JournalEntry& entry) override;
    void query(const JournalEntry& entry) override;
    void fetchOutputs(const JournalEntry& entry, const QString& directory) override;
    void abort(const JournalEntry& entry) override;
    void cancel() override;
    // Removes the batch's files on the server when the outputs are safe here: retired() or failed().
    void retire(const JournalEntry& entry);

signals:
    void retired();

private:
    struct PlanResult
    {
        std::optional<WebRpcPlan> plan;
        QString error;
    };

    bool begin();
    bool haveAuthenticator();
    void fail(const SubmitError& error);
    void onPlanned();
    void checkExisting();
    void queryFiles();
    void uploadNext();
    void submitBatch();
    void confirmAfter(const SubmitError& error);
    void downloadNext();
    static WebRpcBatchRef refOf(const JournalEntry& entry);

    SubmitTarget m_target;
    QNetworkAccessManager m_network;
    WebRpcClient m_client;
    QObject* m_context = nullptr; // handlers of the running operation; replaced on cancel()
    bool m_busy = false;

    // submit
    QFutureWatcher<PlanResult> m_planWatcher;
    JournalEntry m_entry;
    WebRpcPlan m_plan;
    QString m_batchId;
    QList<WebRpcUpload> m_pending;
    qint64 m_uploadTotal = 0;
    qint64 m_uploadDone = 0;

    // fetch
    struct Download
    {
        QString workunit;
        int fileNumber = 0;
        QString path;
    };
    QList<Download> m_downloads;
    QStringList m_fetched;
    int m_downloadCount = 0;
};

} // namespace bdm::submit
