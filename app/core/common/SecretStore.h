#pragma once

#include "common/SecretResult.h"

#include <QObject>
#include <functional>

namespace bdm::common {

// GUI RPC passwords of remote hosts in the OS keychain (Secret Service, macOS Keychain, Windows
// Credential Manager) through QtKeychain, keyed by host id. Every call is asynchronous; the
// handler runs on this object's thread and not at all if `context` died first. There is no
// insecure fallback: without a keychain the caller is told so and decides (e.g. a password file).
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const SecretResult&)>;

    static QString defaultService() { return QStringLiteral("boinc-docker-manager"); }

    // Tests pass their own service name so they never meet a real user's entries.
    explicit SecretStore(QString service = defaultService(), QObject* parent = nullptr);

    void readPassword(const QString& hostId, const QObject* context, Handler handler);
    void writePassword(const QString& hostId, const QString& password, const QObject* context,
                       Handler handler);
    void deletePassword(const QString& hostId, const QObject* context, Handler handler);

    QString service() const { return m_service; }

private:
    static QString keyFor(const QString& hostId);

    QString m_service;
};

} // namespace bdm::common
