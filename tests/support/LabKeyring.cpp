#include "LabKeyring.h"

#include "LabTools.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace bdm::lab {

LabKeyring::LabKeyring() = default;

LabKeyring::~LabKeyring()
{
    stop();
}

QProcessEnvironment LabKeyring::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_dir)
        return env;
    const QString root = m_dir->path();
    env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/runtime"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
    return env;
}

bool LabKeyring::start(int timeoutMs)
{
    return startBus(timeoutMs) && startSecretService(timeoutMs);
}

bool LabKeyring::startBus(int timeoutMs)
{
    QString missing;
    const QString dbusDaemon = findProgram(QStringLiteral("dbus-daemon"), QStringLiteral("dbus"), &missing);
    findProgram(QStringLiteral("gnome-keyring-daemon"), QStringLiteral("gnome-keyring"), &missing);
    findProgram(QStringLiteral("dbus-send"), QStringLiteral("dbus"), &missing);
    if (!missing.isEmpty()) {
        m_error = missing;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(labTempRoot() + QStringLiteral("/bdm-keyring-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    for (const char* sub : {"home", "data", "config", "cache", "runtime"})
        QDir(m_dir->path()).mkpath(QString::fromLatin1(sub));
    // GNOME Keyring refuses a runtime directory others can read.
    QFile::setPermissions(m_dir->path() + QStringLiteral("/runtime"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_busAddress = QStringLiteral("unix:path=%1/bus").arg(m_dir->path());

    // A session bus without service directories: nothing is activated behind the test's back
    // (the stock session.conf would start the system's gnome-keyring on first use).
    const QString config = m_dir->path() + QStringLiteral("/bus.conf");
    const QByteArray busConfig =
        QByteArrayLiteral(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig>\n  <type>session</type>\n  <listen>") +
        m_busAddress.toUtf8() +
        QByteArrayLiteral(
            "</listen>\n  <auth>EXTERNAL</auth>\n"
            "  <policy context=\"default\">\n    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
            "    <allow eavesdrop=\"true\"/>\n    <allow own=\"*\"/>\n  </policy>\n</busconfig>\n");
    if (!writeFile(config, busConfig, &m_error))
        return false;
    m_bus = std::make_unique<QProcess>();
    m_bus->setProcessEnvironment(environment());
    m_bus->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_bus->start(dbusDaemon, {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                              QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1")});
    if (!m_bus->waitForStarted(5000) || !m_bus->waitForReadyRead(timeoutMs)) {
        m_error = QStringLiteral("dbus-daemon did not start: %1").arg(m_bus->errorString());
        return false;
    }
    m_hadAddress = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    m_savedAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
    m_applied = true;
    return true;
}

bool LabKeyring::startSecretService(int timeoutMs)
{
    if (!m_bus) {
        m_error = QStringLiteral("startSecretService() before startBus()");
        return false;
    }
    QString missing;
    const QString keyringDaemon =
        findProgram(QStringLiteral("gnome-keyring-daemon"), QStringLiteral("gnome-keyring"), &missing);

    m_keyring = std::make_unique<QProcess>();
    m_keyring->setProcessEnvironment(environment());
    m_keyring->setStandardOutputFile(m_dir->path() + QStringLiteral("/keyring.log"));
    m_keyring->setStandardErrorFile(m_dir->path() + QStringLiteral("/keyring.log"), QIODevice::Append);
    m_keyring->start(keyringDaemon, {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                     QStringLiteral("--components=secrets")});
    if (!m_keyring->waitForStarted(5000)) {
        m_error = QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_keyring->errorString());
        return false;
    }
    // --unlock reads the login keyring's password from stdin and creates that keyring with it;
    // with no password it would ask through a prompter, which needs a display.
    m_keyring->write("lab-keyring");
    m_keyring->closeWriteChannel();
    if (!waitForSecretService(timeoutMs)) {
        m_error =
            QStringLiteral("gnome-keyring-daemon did not offer org.freedesktop.secrets within %1 ms:\n%2")
                .arg(timeoutMs)
                .arg(tailOfFile(m_dir->path() + QStringLiteral("/keyring.log")));
        return false;
    }
    return true;
}

bool LabKeyring::waitForSecretService(int timeoutMs)
{
    QString ignored;
    const QString dbusSend = findProgram(QStringLiteral("dbus-send"), QStringLiteral("dbus"), &ignored);
    RunOptions options;
    options.timeoutMs = 3000;
    options.environment = environment();
    return waitUntil(
               [&] {
                   if (m_keyring->state() == QProcess::NotRunning)
                       return true; // reported by the caller's check below
                   const RunResult r =
                       runProcess(dbusSend,
                                  {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                   QStringLiteral("--dest=org.freedesktop.DBus"),
                                   QStringLiteral("/org/freedesktop/DBus"),
                                   QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                                   QStringLiteral("string:org.freedesktop.secrets")},
                                  options);
                   return r.succeeded() && r.standardOutput.contains("boolean true");
               },
               timeoutMs, 100) &&
           m_keyring->state() != QProcess::NotRunning;
}

QString LabKeyring::secretToolLookup(const QString& service, const QString& key) const
{
    QString ignored;
    const QString tool =
        findProgram(QStringLiteral("secret-tool"), QStringLiteral("libsecret-tools"), &ignored);
    RunOptions options;
    options.environment = environment();
    options.timeoutMs = 5000;
    // QtKeychain's libsecret schema stores the service as "server" and the key as "user".
    const RunResult r = runProcess(
        tool, {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key},
        options);
    return QString::fromUtf8(r.standardOutput);
}

void LabKeyring::stop()
{
    if (m_applied) {
        if (m_hadAddress)
            qputenv("DBUS_SESSION_BUS_ADDRESS", m_savedAddress);
        else
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        m_applied = false;
    }
    for (auto* p : {m_keyring.get(), m_bus.get()}) {
        if (p && p->state() != QProcess::NotRunning) {
            p->terminate(); // SIGTERM to this PID only
            if (!p->waitForFinished(3000)) {
                p->kill();
                p->waitForFinished(3000);
            }
        }
    }
    m_keyring.reset();
    m_bus.reset();
}

} // namespace bdm::lab
