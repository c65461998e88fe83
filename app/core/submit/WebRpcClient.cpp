#include "submit/WebRpcClient.h"

#include "submit/SubmitTr.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrlQuery>
#include <memory>

namespace bdm::submit {
namespace {

constexpr const char* cancelledProperty = "bdmCancelled";
constexpr const char* sslErrorsProperty = "bdmSslErrors";

QByteArray element(const char* name, const QString& value)
{
    return QByteArray("<") + name + '>' + value.toHtmlEscaped().toUtf8() + "</" + name + ">\n";
}

// Calls `f` later through `context`, so that every handler runs from the event loop.
void later(QObject* context, std::function<void()> f)
{
    QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}

SubmitError usageError(const QString& message)
{
    return SubmitError{SubmitError::Kind::Usage, message, {}};
}

} // namespace

WebRpcClient::WebRpcClient(QNetworkAccessManager& network, const QUrl& projectUrl, QObject* parent)
    : QObject(parent), m_network(network), m_projectUrl(projectUrl)
{
    QString path = m_projectUrl.path();
    if (!path.endsWith(QLatin1Char('/'))) {
        // A project URL names a directory; without the slash the scripts would resolve next to it.
        m_projectUrl.setPath(path + QLatin1Char('/'));
    }
}

WebRpcClient::~WebRpcClient()
{
    cancel();
}

void WebRpcClient::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCas += certificates;
}

bool WebRpcClient::addCaCertificatesFile(const QString& pemPath, QString* error)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Submit::tr("Cannot read the CA certificates in %1: %2").arg(pemPath, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty()) {
        if (error)
            *error = Submit::tr("%1 holds no PEM certificate.").arg(pemPath);
        return false;
    }
    m_extraCas += certs;
    return true;
}

QString WebRpcClient::md5Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
}

QString WebRpcClient::passwordHash(const QString& password, const QString& email)
{
    return md5Hex((password + email.toLower()).toUtf8());
}

QString WebRpcClient::authString(const QString& authenticator, const QString& what)
{
    return md5Hex((authenticator + what).toUtf8());
}

bool WebRpcClient::isValidPhysicalName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_. -]{1,255}$"));
    return valid.match(name).hasMatch();
}

QNetworkRequest WebRpcClient::request(const QString& script) const
{
    QNetworkRequest req(m_projectUrl.resolved(QUrl(script)));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty())
        ssl.addCaCertificates(m_extraCas);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    req.setSslConfiguration(ssl);
    req.setTransferTimeout(m_timeoutMs);
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("boinc-docker-manager"));
    return req;
}

bool WebRpcClient::checkUsable(SubmitError* error) const
{
    if (!m_projectUrl.isValid() || m_projectUrl.host().isEmpty()) {
        *error = usageError(Submit::tr("The project URL %1 is not valid.").arg(m_projectUrl.toString()));
        return false;
    }
    if (m_projectUrl.scheme() != QLatin1String("https")) {
        // The authenticator is a password: it never travels unencrypted.
        *error = usageError(Submit::tr("Remote submission needs an https:// project URL; %1 is not one.")
                                .arg(m_projectUrl.toString()));
        return false;
    }
    return true;
}

void WebRpcClient::track(QNetworkReply* reply)
{
    m_running << reply;
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError>& errors) {
        // Recorded for the message only; the handshake fails as it should.
        QStringList texts = reply->property(sslErrorsProperty).toStringList();
        for (const QSslError& e : errors)
            texts << e.errorString();
        reply->setProperty(sslErrorsProperty, texts);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_running.removeOne(reply);
        reply->deleteLater();
    });
}

SubmitError WebRpcClient::transportError(QNetworkReply* reply) const
{
    SubmitError e;
    if (reply->property(cancelledProperty).toBool()) {
        e.kind = SubmitError::Kind::Cancelled;
        e.message = Submit::tr("Cancelled.");
        return e;
    }
    e.kind = SubmitError::Kind::Connection;
    const QStringList ssl = reply->property(sslErrorsProperty).toStringList();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString why = reply->errorString();
    if (!ssl.isEmpty())
        why = Submit::tr("TLS: %1").arg(ssl.join(QStringLiteral("; ")));
    else if (status != 0 && status != 200)
        why = Submit::tr("HTTP %1: %2").arg(status).arg(reply->errorString());
    e.message =
        Submit::tr("No answer from %1: %2").arg(reply->url().adjusted(QUrl::RemoveQuery).toString(), why);
    e.serverText = QString::fromUtf8(reply->readAll().left(2000));
    return e;
}

QByteArray WebRpcClient::requestXml(const QString& operation, const QByteArray& children) const
{
    const QByteArray op = operation.toUtf8();
    return "<" + op + ">\n" + element("authenticator", m_authenticator) + children + "</" + op + ">\n";
}

QByteArray WebRpcClient::batchChildren(const WebRpcBatchRef& batch)
{
    return batch.id.isEmpty() ? element("batch_name", batch.name) : element("batch_id", batch.id);
}

void WebRpcClient::post(const QString& script, const QByteArray& requestXml, QObject* context, ReplyDone done)
{
    SubmitError usage;
    if (!checkUsable(&usage)) {
        later(context, [done, usage] { done(WebRpcReply{usage, {}, {}}); });
        return;
    }
    QNetworkRequest req = request(script);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* reply =
        m_network.post(req, "request=" + QUrl::toPercentEncoding(QString::fromUtf8(requestXml)));
    connect(reply, &QNetworkReply::finished, context, [this, reply, done] {
        if (reply->error() != QNetworkReply::NoError) {
            done(WebRpcReply{transportError(reply), {}, {}});
            return;
        }
        done(WebRpcReply::parse(reply->readAll()));
    });
    track(reply);
}

void WebRpcClient::call(const QString& operation, const QByteArray& children, QObject* context,
                        ReplyDone done)
{
    post(QStringLiteral("submit_rpc_handler.php"), requestXml(operation, children), context, std::move(done));
}

void WebRpcClient::lookupAccount(const QString& email, const QString& password, QObject* context,
                                 std::function<void(const SubmitError&, const QString&)> done)
{
    SubmitError usage;
    if (!checkUsable(&usage)) {
        later(context, [done, usage] { done(usage, {}); });
        return;
    }
    QUrl url = m_projectUrl.resolved(QUrl(QStringLiteral("lookup_account.php")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("email_addr"), QString::fromLatin1(QUrl::toPercentEncoding(email)));
    query.addQueryItem(QStringLiteral("passwd_hash"), passwordHash(password, email));
    url.setQuery(query);
    QNetworkRequest req = request(QString());
    req.setUrl(url);
    QNetworkReply* reply = m_network.get(req);
    connect(reply, &QNetworkReply::finished, context, [this, reply, done] {
        if (reply->error() != QNetworkReply::NoError) {
            done(transportError(reply), {});
            return;
        }
        const WebRpcReply r = WebRpcReply::parse(reply->readAll());
        if (!r.ok()) {
            done(r.error, {});
            return;
        }
        const QString auth = r.root.name == QLatin1String("authenticator")
                                 ? r.root.text
                                 : r.root.childText(QStringLiteral("authenticator"));
        if (auth.isEmpty()) {
            done(SubmitError{SubmitError::Kind::Refused,
                             Submit::tr("The server's account lookup returned no authenticator."),
                             {}},
                 {});
            return;
        }
        m_authenticator = auth;
        done({}, auth);
    });
    track(reply);
}

void WebRpcClient::ping(QObject* context, Done done)
{
    call(QStringLiteral("ping"), {}, context, [done](const WebRpcReply& r) { done(r.error); });
}

void WebRpcClient::queryFiles(const QStringList& names, const QString& batchId, QObject* context,
                              std::function<void(const SubmitError&, const QList<int>&)> done)
{
    QByteArray children;
    if (!batchId.isEmpty())
        children += element("batch_id", batchId);
    for (const QString& n : names)
        children += element("phys_name", n);
    post(QStringLiteral("job_file.php"), requestXml(QStringLiteral("query_files"), children), context,
         [done](const WebRpcReply& r) {
             if (!r.ok()) {
                 done(r.error, {});
                 return;
             }
             const WebRpcElement* absent = r.root.name == QLatin1String("absent_files")
                                               ? &r.root
                                               : r.root.child(QStringLiteral("absent_files"));
             if (!absent) {
                 done(SubmitError{SubmitError::Kind::Connection,
                                  Submit::tr("The server's query_files reply has no <absent_files>."),
                                  {}},
                      {});
                 return;
             }
             QList<int> indices;
             for (const WebRpcElement* f : absent->childrenNamed(QStringLiteral("file")))
                 indices << f->text.toInt();
             done({}, indices);
         });
}

void WebRpcClient::uploadFiles(const QList<WebRpcFile>& files, const QString& batchId, QObject* context,
                               Done done, Progress progress)
{
    SubmitError usage;
    if (!checkUsable(&usage)) {
        later(context, [done, usage] { done(usage); });
        return;
    }
    QByteArray children;
    if (!batchId.isEmpty())
        children += element("batch_id", batchId);
    for (const WebRpcFile& f : files)
        children += element("phys_name", f.physicalName);
    auto* multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart requestPart;
    requestPart.setHeader(QNetworkRequest::ContentDispositionHeader,
                          QStringLiteral("form-data; name=\"request\""));
    requestPart.setBody(requestXml(QStringLiteral("upload_files"), children));
    multi->append(requestPart);
    for (int i = 0; i < files.size(); ++i) {
        const WebRpcFile& f = files[i];
        QHttpPart part;
        part.setHeader(
            QNetworkRequest::ContentDispositionHeader,
            QStringLiteral("form-data; name=\"file_%1\"; filename=\"%2\"").arg(i).arg(f.physicalName));
        part.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
        if (f.localPath.isEmpty()) {
            part.setBody(f.content);
        } else {
            auto* file = new QFile(f.localPath, multi);
            if (!file->open(QIODevice::ReadOnly)) {
                const SubmitError e = usageError(
                    Submit::tr("Cannot read input file %1: %2").arg(f.localPath, file->errorString()));
                delete multi;
                later(context, [done, e] { done(e); });
                return;
            }
            part.setBodyDevice(file);
        }
        multi->append(part);
    }
    QNetworkReply* reply = m_network.post(request(QStringLiteral("job_file.php")), multi);
    multi->setParent(reply);
    if (progress)
        connect(reply, &QNetworkReply::uploadProgress, context, progress);
    connect(reply, &QNetworkReply::finished, context, [this, reply, done] {
        if (reply->error() != QNetworkReply::NoError) {
            done(transportError(reply));
            return;
        }
        done(WebRpcReply::parse(reply->readAll()).error);
    });
    track(reply);
}

void WebRpcClient::createBatch(const QString& appName, const QString& batchName, QObject* context,
                               std::function<void(const SubmitError&, const QString&)> done)
{
    call(QStringLiteral("create_batch"), element("app_name", appName) + element("batch_name", batchName),
         context, [done](const WebRpcReply& r) {
             const QString id = r.root.childText(QStringLiteral("batch_id"));
             if (r.ok() && id.isEmpty()) {
                 done(SubmitError{SubmitError::Kind::Connection,
                                  Submit::tr("The server's create_batch reply has no <batch_id>."),
                                  {}},
                      {});
                 return;
             }
             done(r.error, id);
         });
}

void WebRpcClient::submitBatch(const QByteArray& batchXml, QObject* context,
                               std::function<void(const SubmitError&, const QString&)> done)
{
    call(QStringLiteral("submit_batch"), batchXml, context, [done](const WebRpcReply& r) {
        if (!r.ok()) {
            done(r.error, {});
            return;
        }
        const QString id = r.root.childText(QStringLiteral("batch_id"));
        if (id.isEmpty()) {
            done(SubmitError{SubmitError::Kind::Connection,
                             Submit::tr("The server's submit_batch reply has no <batch_id>."),
                             {}},
                 {});
            return;
        }
        done({}, id);
    });
}

void WebRpcClient::queryBatch(const WebRpcBatchRef& batch, bool jobDetails, QObject* context,
                              std::function<void(const SubmitError&, const WebRpcBatch&)> done)
{
    QByteArray children = batchChildren(batch);
    if (jobDetails)
        children += "<get_job_details>1</get_job_details>\n";
    call(QStringLiteral("query_batch"), children, context, [done](const WebRpcReply& r) {
        done(r.error, r.ok() ? WebRpcBatch::fromReply(r.root) : WebRpcBatch());
    });
}

void WebRpcClient::abortBatch(const WebRpcBatchRef& batch, QObject* context, Done done)
{
    call(QStringLiteral("abort_batch"), batchChildren(batch), context,
         [done](const WebRpcReply& r) { done(r.error); });
}

void WebRpcClient::retireBatch(const WebRpcBatchRef& batch, QObject* context, Done done)
{
    call(QStringLiteral("retire_batch"), batchChildren(batch), context,
         [done](const WebRpcReply& r) { done(r.error); });
}

void WebRpcClient::download(const QUrl& url, const QString& destination, QObject* context, Done done)
{
    SubmitError usage;
    if (!checkUsable(&usage)) {
        later(context, [done, usage] { done(usage); });
        return;
    }
    auto file = std::make_shared<QSaveFile>(destination);
    if (!file->open(QIODevice::WriteOnly)) {
        const SubmitError e =
            usageError(Submit::tr("Cannot write %1: %2").arg(destination, file->errorString()));
        later(context, [done, e] { done(e); });
        return;
    }
    QNetworkRequest req = request(QString());
    req.setUrl(url);
    QNetworkReply* reply = m_network.get(req);
    auto head = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, this, [reply, file, head] {
        const QByteArray chunk = reply->readAll();
        if (head->size() < 256)
            *head += chunk.left(256 - head->size());
        file->write(chunk);
    });
    connect(reply, &QNetworkReply::finished, context, [this, reply, file, head, done] {
        if (reply->error() != QNetworkReply::NoError) {
            file->cancelWriting();
            done(transportError(reply));
            return;
        }
        const QByteArray rest = reply->readAll();
        if (head->size() < 256)
            *head += rest.left(256 - head->size());
        file->write(rest);
        // get_output.php sends files as attachments and its failures as bare "ERROR: ..." text.
        if (!reply->hasRawHeader("Content-Disposition") && head->startsWith("ERROR")) {
            file->cancelWriting();
            const QString text = QString::fromUtf8(*head).trimmed();
            done(SubmitError{SubmitError::Kind::Refused,
                             Submit::tr("The server refused the download: %1").arg(text), text});
            return;
        }
        if (!file->commit()) {
            done(usageError(Submit::tr("Cannot write %1: %2").arg(file->fileName(), file->errorString())));
            return;
        }
        done({});
    });
    track(reply);
}

void WebRpcClient::downloadWorkunitFile(const QString& workunit, int fileNumber, const QString& destination,
                                        QObject* context, Done done)
{
    QUrl url = m_projectUrl.resolved(QUrl(QStringLiteral("get_output.php")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("cmd"), QStringLiteral("workunit_file"));
    q.addQueryItem(QStringLiteral("wu_name"), workunit);
    q.addQueryItem(QStringLiteral("file_num"), QString::number(fileNumber));
    q.addQueryItem(QStringLiteral("auth_str"), m_authenticator); // this command takes the raw authenticator
    url.setQuery(q);
    download(url, destination, context, std::move(done));
}

void WebRpcClient::downloadResultFile(const QString& result, int fileNumber, const QString& destination,
                                      QObject* context, Done done)
{
    QUrl url = m_projectUrl.resolved(QUrl(QStringLiteral("get_output.php")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("cmd"), QStringLiteral("result_file"));
    q.addQueryItem(QStringLiteral("result_name"), result);
    q.addQueryItem(QStringLiteral("file_num"), QString::number(fileNumber));
    q.addQueryItem(QStringLiteral("auth_str"), authString(m_authenticator, result));
    url.setQuery(q);
    download(url, destination, context, std::move(done));
}

void WebRpcClient::downloadBatchFiles(const QString& batchId, const QString& destination, QObject* context,
                                      Done done)
{
    QUrl url = m_projectUrl.resolved(QUrl(QStringLiteral("get_output.php")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("cmd"), QStringLiteral("batch_files"));
    q.addQueryItem(QStringLiteral("batch_id"), batchId);
    q.addQueryItem(QStringLiteral("auth_str"), authString(m_authenticator, batchId));
    url.setQuery(q);
    download(url, destination, context, std::move(done));
}

void WebRpcClient::cancel()
{
    const QList<QNetworkReply*> running = m_running;
    for (QNetworkReply* reply : running) {
        reply->setProperty(cancelledProperty, true);
        reply->abort();
    }
}

} // namespace bdm::submit
