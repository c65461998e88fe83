#include "LabSshServer.h"

#include "LabTools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace bdm::lab {

namespace {

constexpr int listenTimeoutMs = 10000;

} // namespace

LabSshServer::LabSshServer() = default;

LabSshServer::~LabSshServer()
{
    stop();
}

bool LabSshServer::start()
{
    if (isRunning()) {
        m_error = QStringLiteral("the lab SSH server is already running");
        return false;
    }
    m_error.clear();
    m_sshd = findProgram(QStringLiteral("sshd"), QStringLiteral("openssh-server"), &m_error);
    m_ssh = findProgram(QStringLiteral("ssh"), QStringLiteral("openssh-client"), &m_error);
    m_sshKeygen = findProgram(QStringLiteral("ssh-keygen"), QStringLiteral("openssh-client"), &m_error);
    if (!m_error.isEmpty()) {
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(labTempRoot() + QStringLiteral("/bdm-ssh-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    m_root = QFileInfo(m_dir->path()).canonicalFilePath();
    // Debian's sshd refuses to start without its privilege separation directory.
    const QString privsep = QStringLiteral("/run/sshd");
    if (!QFileInfo::exists(privsep) && !QDir().mkpath(privsep)) {
        m_error = QStringLiteral("cannot create %1, which sshd needs (run as root)").arg(privsep);
        return false;
    }
    m_port = freeTcpPort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free TCP port on 127.0.0.1");
        return false;
    }
    if (!generateKey(m_root + QStringLiteral("/hostkey")) || !generateKey(identityFile()) || !writeConfig()) {
        return false;
    }

    m_process = std::make_unique<QProcess>();
    m_process->setStandardInputFile(QProcess::nullDevice());
    // -D keeps sshd in the foreground so that QProcess holds its PID; -E writes its log.
    m_process->start(m_sshd,
                     {QStringLiteral("-D"), QStringLiteral("-f"), m_root + QStringLiteral("/sshd_config"),
                      QStringLiteral("-E"), m_root + QStringLiteral("/sshd.log")});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_sshd, m_process->errorString());
        return false;
    }
    return waitUntilListening(listenTimeoutMs);
}

bool LabSshServer::generateKey(const QString& path)
{
    const RunResult result =
        runProcess(m_sshKeygen, {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                 QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                                 QStringLiteral("bdm-lab"), QStringLiteral("-f"), path});
    if (!result.succeeded()) {
        m_error = QStringLiteral("ssh-keygen failed for %1: %2").arg(path, result.describe());
        return false;
    }
    return true;
}

bool LabSshServer::writeConfig()
{
    QFile hostKey(m_root + QStringLiteral("/hostkey.pub"));
    QFile userKey(identityFile() + QStringLiteral(".pub"));
    if (!hostKey.open(QIODevice::ReadOnly) || !userKey.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read the generated public keys");
        return false;
    }
    const QList<QByteArray> hostKeyFields = hostKey.readAll().trimmed().split(' ');
    const QByteArray knownHost = QStringLiteral("[127.0.0.1]:%1 ").arg(m_port).toUtf8() +
                                 hostKeyFields.value(0) + ' ' + hostKeyFields.value(1) + '\n';

    const RunResult fingerprint = runProcess(m_sshKeygen, {QStringLiteral("-lf"), hostKey.fileName()});
    // "256 SHA256:abc... comment (ED25519)"
    m_fingerprint = QString::fromUtf8(fingerprint.standardOutput).split(QLatin1Char(' ')).value(1);
    if (!fingerprint.succeeded() || !m_fingerprint.startsWith(QLatin1String("SHA256:"))) {
        m_error = QStringLiteral("ssh-keygen -lf failed: %1").arg(fingerprint.describe());
        return false;
    }

    const QString config = QStringLiteral("Port %1\n"
                                          "ListenAddress 127.0.0.1\n"
                                          "HostKey %2/hostkey\n"
                                          "AuthorizedKeysFile %2/authorized_keys\n"
                                          "PidFile %2/sshd.pid\n"
                                          "AllowUsers %3\n"
                                          "PubkeyAuthentication yes\n"
                                          "PasswordAuthentication no\n"
                                          "KbdInteractiveAuthentication no\n"
                                          "PermitRootLogin prohibit-password\n"
                                          // The temp dir's owner and modes are not what sshd expects.
                                          "StrictModes no\n"
                                          "UsePAM no\n"
                                          "UseDNS no\n"
                                          "PrintMotd no\n"
                                          // scp of OpenSSH 9 speaks SFTP.
                                          "Subsystem sftp internal-sftp\n"
                                          "MaxStartups 100\n"
                                          "MaxSessions 100\n")
                               .arg(m_port)
                               .arg(m_root, user());
    return writeFile(m_root + QStringLiteral("/authorized_keys"), userKey.readAll(), &m_error) &&
           writeFile(knownHostsFile(), knownHost, &m_error) &&
           writeFile(m_root + QStringLiteral("/sshd_config"), config.toUtf8(), &m_error);
}

bool LabSshServer::waitUntilListening(int timeoutMs)
{
    const auto listening = [this] {
        if (!isRunning()) {
            return true; // reported below
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        return socket.waitForConnected(200);
    };
    const bool ready = waitUntil(listening, timeoutMs, 20);
    if (!isRunning() || !ready) {
        m_error = QStringLiteral("sshd did not listen on 127.0.0.1:%1:\n%2")
                      .arg(m_port)
                      .arg(tailOfFile(m_root + QStringLiteral("/sshd.log")));
        return false;
    }
    return true;
}

QString LabSshServer::errorString() const
{
    return m_error;
}
quint16 LabSshServer::port() const
{
    return m_port;
}
QString LabSshServer::identityFile() const
{
    return m_root + QStringLiteral("/userkey");
}
QString LabSshServer::knownHostsFile() const
{
    return m_root + QStringLiteral("/known_hosts");
}
QString LabSshServer::hostKeyFingerprint() const
{
    return m_fingerprint;
}
QString LabSshServer::directory() const
{
    return m_root;
}
QString LabSshServer::lastStandardError() const
{
    return m_lastStandardError;
}

QString LabSshServer::user() const
{
    const passwd* entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

qint64 LabSshServer::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool LabSshServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool LabSshServer::stop()
{
    if (!isRunning()) {
        return true;
    }
    ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
    if (m_process->waitForFinished(5000)) {
        return true;
    }
    ::kill(static_cast<pid_t>(m_process->processId()), SIGKILL);
    m_process->waitForFinished(5000);
    return false;
}

QStringList LabSshServer::sshArguments(const QString& knownHosts) const
{
    return {QStringLiteral("-F"),
            QStringLiteral("/dev/null"), // no ~/.ssh/config
            QStringLiteral("-p"),
            QString::number(m_port),
            QStringLiteral("-i"),
            identityFile(),
            QStringLiteral("-o"),
            QStringLiteral("IdentitiesOnly=yes"),
            QStringLiteral("-o"),
            QStringLiteral("BatchMode=yes"),
            QStringLiteral("-o"),
            QStringLiteral("StrictHostKeyChecking=yes"),
            QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=") + (knownHosts.isEmpty() ? knownHostsFile() : knownHosts),
            QStringLiteral("-o"),
            QStringLiteral("GlobalKnownHostsFile=/dev/null"),
            QStringLiteral("-o"),
            QStringLiteral("ConnectTimeout=10")};
}

QString LabSshServer::sshProgram() const
{
    return m_ssh;
}

QString LabSshServer::destination() const
{
    return QStringLiteral("%1@127.0.0.1").arg(user());
}

submit::SubmitTarget LabSshServer::target(const QString& projectDir, const QString& mode,
                                          const QString& knownHosts) const
{
    submit::SubmitTarget t;
    t.transport = QStringLiteral("ssh");
    t.mode = mode;
    t.host = destination();
    t.port = port();
    t.identityFile = identityFile();
    t.knownHostsFile = knownHosts.isEmpty() ? knownHostsFile() : knownHosts;
    t.projectDir = projectDir;
    return t;
}

QString LabSshServer::ssh(const QString& remoteCommand, int* exitCode)
{
    const QStringList args = sshArguments() << destination() << remoteCommand;
    const RunResult result = runProcess(m_ssh, args);
    m_lastStandardError = result.started ? QString::fromLocal8Bit(result.standardError) : result.errorString;
    if (exitCode) {
        *exitCode = result.exitCode;
    }
    return QString::fromLocal8Bit(result.standardOutput);
}

} // namespace bdm::lab
