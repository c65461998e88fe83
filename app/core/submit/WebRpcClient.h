#pragma once

#include "submit/SubmitOutcome.h"
#include "submit/WebRpcBatch.h"
#include "submit/WebRpcReply.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace bdm::submit {

// One file for job_file.php upload_files: the content-unique physical name and its source.
struct WebRpcFile
{
    QString physicalName; // [A-Za-z0-9_. -]{1,255}, with the content's MD5 in it
    QString localPath;    // empty: `content` is sent
    QByteArray content;
};

// Which batch a request is about: by id, else by name (query/abort/retire accept both).
struct WebRpcBatchRef
{
    QString id;
    QString name;
};

// BOINC's remote job submission RPC (submit_rpc_handler.php, job_file.php, get_output.php,
// lookup_account.php) over the caller's QNetworkAccessManager. HTTPS only, with the peer
// verified against the system CAs plus any given through addCaCertificates(); verification is
// never switched off. Every call is asynchronous and ends with exactly one call of its handler,
// through `context` (no call when context is gone). Errors: the server's <error> envelope or
// get_output.php's "ERROR: ..." text -> Refused with the text verbatim; HTTP, TLS and broken
// connections -> Connection; cancel() -> Cancelled.
class WebRpcClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SubmitError&)>;
    using ReplyDone = std::function<void(const WebRpcReply&)>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    WebRpcClient(QNetworkAccessManager& network, const QUrl& projectUrl, QObject* parent = nullptr);
    ~WebRpcClient() override;

    QUrl projectUrl() const { return m_projectUrl; }
    void setAuthenticator(const QString& authenticator) { m_authenticator = authenticator; }
    QString authenticator() const { return m_authenticator; }
    void addCaCertificates(const QList<QSslCertificate>& certificates);
    bool addCaCertificatesFile(const QString& pemPath, QString* error); // false: none read
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }

    // md5(password + lowercase(email)), as lookup_account.php and login_action.php expect.
    static QString passwordHash(const QString& password, const QString& email);
    static QString md5Hex(const QByteArray& data);
    // get_output.php's auth_str for result_file and batch_files: md5(authenticator + what).
    static QString authString(const QString& authenticator, const QString& what);
    // BOINC's is_valid_filename(): [A-Za-z0-9_. -]{1,255}.
    static bool isValidPhysicalName(const QString& name);

    // lookup_account.php; the handler gets the account's authenticator (also kept here).
    void lookupAccount(const QString& email, const QString& password, QObject* context,
                       std::function<void(const SubmitError&, const QString& authenticator)> done);
    void ping(QObject* context, Done done);

    // job_file.php query_files: the indices of `names` the server does not have. batchId (may be
    // empty) ties the files to a batch, so that job_file_deleter keeps them while it is active.
    void queryFiles(const QStringList& names, const QString& batchId, QObject* context,
                    std::function<void(const SubmitError&, const QList<int>& absent)> done);
    // job_file.php upload_files: one multipart request with the files as file_0..file_n.
    void uploadFiles(const QList<WebRpcFile>& files, const QString& batchId, QObject* context, Done done,
                     Progress progress = {});

    // create_batch: an empty batch in state INIT, to be filled by submit_batch with its id.
    void createBatch(const QString& appName, const QString& batchName, QObject* context,
                     std::function<void(const SubmitError&, const QString& batchId)> done);
    // submit_batch with `batchXml` (a <batch> element) as the request's body.
    void submitBatch(const QByteArray& batchXml, QObject* context,
                     std::function<void(const SubmitError&, const QString& batchId)> done);
    void queryBatch(const WebRpcBatchRef& batch, bool jobDetails, QObject* context,
                    std::function<void(const SubmitError&, const WebRpcBatch&)> done);
    void abortBatch(const WebRpcBatchRef& batch, QObject* context, Done done);
    void retireBatch(const WebRpcBatchRef& batch, QObject* context, Done done);
    // Any submit_rpc_handler.php request: `children` go after <authenticator>.
    void call(const QString& operation, const QByteArray& children, QObject* context, ReplyDone done);

    // get_output.php downloads into `destination` (written whole or not at all).
    void downloadWorkunitFile(const QString& workunit, int fileNumber, const QString& destination,
                              QObject* context, Done done);
    void downloadResultFile(const QString& result, int fileNumber, const QString& destination,
                            QObject* context, Done done);
    void downloadBatchFiles(const QString& batchId, const QString& destination, QObject* context, Done done);

    // Ends every running request with Cancelled.
    void cancel();

private:
    QNetworkRequest request(const QString& script) const;
    bool checkUsable(SubmitError* error) const;
    void track(QNetworkReply* reply);
    void post(const QString& script, const QByteArray& requestXml, QObject* context, ReplyDone done);
    void download(const QUrl& url, const QString& destination, QObject* context, Done done);
    SubmitError transportError(QNetworkReply* reply) const;
    QByteArray requestXml(const QString& operation, const QByteArray& children) const;
    static QByteArray batchChildren(const WebRpcBatchRef& batch);

    QNetworkAccessManager& m_network;
    QUrl m_projectUrl;
    QString m_authenticator;
    QList<QSslCertificate> m_extraCas;
    int m_timeoutMs = 120000;
    QList<QNetworkReply*> m_running;
    bool m_cancelling = false;
};

} // namespace bdm::submit
