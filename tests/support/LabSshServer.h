#pragma once

#include "submit/JobSpec.h"

#include <QString>
#include <QStringList>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace bdm::lab {

// A private OpenSSH server (/usr/sbin/sshd, Debian package openssh-server) on
// 127.0.0.1:<free port>, in the foreground (-D) so that its PID is ours, with throwaway
// ed25519 host and user keys in a temporary directory. Only key authentication, for the
// current user. Stopped by PID.
class LabSshServer
{
public:
    LabSshServer();
    ~LabSshServer(); // stop()
    LabSshServer(const LabSshServer&) = delete;
    LabSshServer& operator=(const LabSshServer&) = delete;

    bool start();
    QString errorString() const;

    quint16 port() const;
    QString user() const;               // the current user's name
    QString identityFile() const;       // private user key (public key: + ".pub")
    QString knownHostsFile() const;     // "[127.0.0.1]:PORT ssh-ed25519 ..." line
    QString hostKeyFingerprint() const; // "SHA256:...", as ssh-keygen -lf prints it
    QString directory() const;
    qint64 pid() const; // 0 when not running
    bool isRunning() const;

    bool stop();

    // Arguments for ssh (before the remote command): port, key, batch mode, strict host
    // key checking against knownHosts (default: knownHostsFile()), no user ssh_config.
    QStringList sshArguments(const QString& knownHosts = {}) const;
    // Runs `ssh ... user@127.0.0.1 remoteCommand`; returns stdout, stderr goes to
    // lastStandardError().
    QString ssh(const QString& remoteCommand, int* exitCode = nullptr);
    QString sshProgram() const;  // /usr/bin/ssh
    QString destination() const; // "user@127.0.0.1"
    // This server as a submission target (transport "ssh", this user's key) for the project in
    // projectDir; knownHosts default: knownHostsFile().
    submit::SubmitTarget target(const QString& projectDir, const QString& mode = {},
                                const QString& knownHosts = {}) const;
    QString lastStandardError() const;

private:
    bool generateKey(const QString& path);
    bool writeConfig();
    bool waitUntilListening(int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_root;
    QString m_sshd;
    QString m_ssh;
    QString m_sshKeygen;
    QString m_error;
    QString m_lastStandardError;
    QString m_fingerprint;
    quint16 m_port = 0;
};

} // namespace bdm::lab
