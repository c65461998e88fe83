#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace bdm::lab {

// A private Secret Service for keychain tests: its own session bus (dbus-daemon, package dbus)
// and GNOME Keyring with a login keyring created and unlocked at start (gnome-keyring-daemon, package
// gnome-keyring), with HOME and the XDG directories in a temporary directory. Never touches the
// user's keyring. start() points this process's DBUS_SESSION_BUS_ADDRESS at the private bus;
// the destructor puts the old value back and kills both daemons by PID.
class LabKeyring
{
public:
    LabKeyring();
    ~LabKeyring();
    LabKeyring(const LabKeyring&) = delete;
    LabKeyring& operator=(const LabKeyring&) = delete;

    // Both daemons. Or in two steps on the same bus: startBus() alone is a session without a
    // Secret Service (as on a headless server), and startSecretService() adds it later; a
    // process keeps its first session bus connection, so tests of both go in this order.
    bool start(int timeoutMs = 15000);
    bool startBus(int timeoutMs = 15000);
    bool startSecretService(int timeoutMs = 15000);
    void stop();
    QString errorString() const { return m_error; }
    QString busAddress() const { return m_busAddress; }
    // For child processes (e.g. the CLI) that should see the same keyring.
    QProcessEnvironment environment() const;
    // Runs secret-tool (package libsecret-tools) against the private keyring: lookup of an
    // attribute pair, for tests that check what really got stored.
    QString secretToolLookup(const QString& service, const QString& key) const;

private:
    bool waitForSecretService(int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_keyring;
    QString m_busAddress;
    QString m_error;
    QByteArray m_savedAddress;
    bool m_hadAddress = false;
    bool m_applied = false;
};

} // namespace bdm::lab
