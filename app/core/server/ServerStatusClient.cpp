#include "server/ServerStatusClient.h"

#include "server/ServerStatusParser.h"
#include "server/ServerTr.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrlQuery>

namespace bdm::server {

ServerStatusClient::ServerStatusClient(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{}

ServerStatusClient::~ServerStatusClient()
{
    if (m_reply)
        m_reply->abort();
}

bool ServerStatusClient::addCaCertificatesFile(const QString& pemPath, QString* error)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Server::tr("Cannot read the CA certificates in %1: %2").arg(pemPath, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty()) {
        if (error)
            *error = Server::tr("%1 holds no PEM certificate.").arg(pemPath);
        return false;
    }
    m_extraCas += certs;
    return true;
}

QUrl ServerStatusClient::statusUrl(const QString& projectUrl)
{
    QString base = projectUrl.trimmed();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    QUrl url = QUrl(base).resolved(QUrl(QStringLiteral("server_status.php")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("xml"), QStringLiteral("1"));
    url.setQuery(query);
    return url;
}

void ServerStatusClient::fetch(const QString& projectUrl)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    const QUrl url = statusUrl(projectUrl);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        const QString why = Server::tr("%1 is not a project URL (https://host/project/).").arg(projectUrl);
        QMetaObject::invokeMethod(
            this, [this, why] { emit failed(why); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest req(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty())
        ssl.addCaCertificates(m_extraCas);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    req.setSslConfiguration(ssl);
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("boinc-docker-manager"));
    QNetworkReply* reply = m_network->get(req);
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > maxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& e : errors)
            texts << e.errorString();
        reply->setProperty("bdmSslErrors", texts);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void ServerStatusClient::onFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    const QString where = reply->url().adjusted(QUrl::RemoveQuery).toString();
    if (reply->error() != QNetworkReply::NoError) {
        const QStringList ssl = reply->property("bdmSslErrors").toStringList();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString why = reply->errorString();
        if (!ssl.isEmpty())
            why = Server::tr("TLS: %1").arg(ssl.join(QStringLiteral("; ")));
        else if (status != 0 && status != 200)
            why = Server::tr("HTTP %1").arg(status);
        emit failed(Server::tr("No server status from %1: %2").arg(where, why));
        return;
    }
    const QByteArray body = reply->read(maxBytes + 1);
    if (body.size() > maxBytes) {
        emit failed(Server::tr("%1 sent more than 4 MiB; not read.").arg(where));
        return;
    }
    QString why;
    const std::optional<ServerStatus> status = ServerStatusParser::parse(body, &why);
    if (!status) {
        emit failed(Server::tr("%1: %2").arg(where, why));
        return;
    }
    emit fetched(*status);
}

} // namespace bdm::server
