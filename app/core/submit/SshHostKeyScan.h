#pragma once

#include "submit/SshEndpoint.h"

#include <QObject>
#include <QProcess>
#include <QStringList>

namespace bdm::submit {

// Fetches the host keys a server offers (ssh-keyscan) and their SHA256 fingerprints
// (ssh-keygen -lf -), asynchronously, so that an unknown host can be shown to the user
// before anything is trusted. accept() writes exactly the keys that were shown.
class SshHostKeyScan : public QObject
{
    Q_OBJECT
public:
    explicit SshHostKeyScan(QObject* parent = nullptr);
    ~SshHostKeyScan() override;

    void start(const SshEndpoint& endpoint);

    // Appends `keys` (known_hosts lines from a scan) to the endpoint's known_hosts file.
    static bool accept(const SshEndpoint& endpoint, const QStringList& keys, QString* error);

signals:
    // keys: known_hosts lines; fingerprints: "SHA256:... (ED25519)"; error empty on success.
    void finished(const QStringList& keys, const QStringList& fingerprints, const QString& error);

private:
    void onScanFinished();
    void onFingerprintsFinished();

    SshEndpoint m_endpoint;
    QProcess m_process;
    QStringList m_keys;
};

} // namespace bdm::submit
