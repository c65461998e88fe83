#pragma once

#include "server/ServerStatus.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace bdm::server {

// Fetches a project's server_status.php?xml=1 without blocking: TLS always verified (system CAs
// plus any given), redirects followed within the site, a size cap and a timeout. The page holds
// nothing secret, so http:// is accepted too. One fetch at a time; a new one replaces the last.
class ServerStatusClient : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxBytes = qint64(4) * 1024 * 1024;

    explicit ServerStatusClient(QObject* parent = nullptr);
    ~ServerStatusClient() override;

    bool addCaCertificatesFile(const QString& pemPath, QString* error);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The page for a project URL (https://host/project/ -> .../server_status.php?xml=1).
    static QUrl statusUrl(const QString& projectUrl);

    void fetch(const QString& projectUrl);

signals:
    void fetched(const bdm::server::ServerStatus& status);
    void failed(const QString& message);

private:
    void onFinished(QNetworkReply* reply);

    QNetworkAccessManager* m_network;
    QList<QSslCertificate> m_extraCas;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 30000;
};

} // namespace bdm::server
