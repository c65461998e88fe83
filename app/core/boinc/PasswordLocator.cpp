#include "boinc/PasswordLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace bdm::boinc {
namespace {

constexpr QLatin1StringView fileName{"gui_rpc_auth.cfg"};

} // namespace

PasswordLocator::PasswordLocator()
{
#if defined(Q_OS_WIN)
    m_platform = Platform::Windows;
    const QSettings setup(
        QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Space Sciences Laboratory, U.C. Berkeley\\BOINC Setup"),
        QSettings::NativeFormat);
    m_windowsDataDir = setup.value(QStringLiteral("DATADIR")).toString();
    if (m_windowsDataDir.isEmpty())
        m_windowsDataDir = qEnvironmentVariable("ProgramData", QStringLiteral("C:\\ProgramData")) +
                           QStringLiteral("\\BOINC");
    m_userName = qEnvironmentVariable("USERNAME");
#elif defined(Q_OS_MACOS)
    m_platform = Platform::MacOS;
    m_userName = qEnvironmentVariable("USER");
#else
    m_platform = Platform::Linux;
    // The account really running us: $USER survives su/runuser and would name the wrong one.
    if (const passwd* pw = ::getpwuid(::geteuid()))
        m_userName = QString::fromLocal8Bit(pw->pw_name);
#endif
}

QString PasswordLocator::rooted(const QString& path) const
{
    return m_root.isEmpty() ? path : QDir(m_root).filePath(path.mid(1));
}

QStringList PasswordLocator::candidates() const
{
    QStringList out;
    switch (m_platform) {
    case Platform::Windows:
        if (!m_windowsDataDir.isEmpty())
            out << QDir(m_windowsDataDir).filePath(fileName);
        break;
    case Platform::MacOS:
        out << rooted(QStringLiteral("/Library/Application Support/BOINC Data/gui_rpc_auth.cfg"));
        break;
    case Platform::Linux: {
        out << rooted(QStringLiteral("/etc/boinc-client/gui_rpc_auth.cfg")) // Debian/Ubuntu packages
            << rooted(QStringLiteral("/var/lib/boinc/gui_rpc_auth.cfg"))    // upstream packages
            << rooted(QStringLiteral("/var/lib/boinc-client/gui_rpc_auth.cfg"));
        // Debian's config.properties may point at a data directory of the admin's choosing.
        QFile props(rooted(QStringLiteral("/etc/boinc-client/config.properties")));
        if (props.open(QIODevice::ReadOnly)) {
            while (!props.atEnd()) {
                const QString line = QString::fromUtf8(props.readLine()).trimmed();
                if (line.startsWith(QLatin1String("data_dir="))) {
                    const QString dir = line.mid(9).trimmed();
                    if (!dir.isEmpty()) {
                        const QString p = rooted(QDir(dir).filePath(fileName));
                        if (!out.contains(p))
                            out << p;
                    }
                }
            }
        }
        break;
    }
    }
    return out;
}

QString PasswordLocator::unreadableAdvice(const QString& path) const
{
    const QFileInfo info(path);
    const QString user = m_userName.isEmpty() ? QStringLiteral("$USER") : m_userName;
    switch (m_platform) {
    case Platform::Windows:
        return PasswordLocator::tr(
                   "%1 exists but cannot be read. Run the program as a member of the 'boinc_admins' group, "
                   "or give the password with --password-file.")
            .arg(path);
    case Platform::MacOS:
        return PasswordLocator::tr(
                   "%1 exists but cannot be read. Give the password with --password-file, or make the "
                   "file readable: sudo chmod g+r '%1' and add yourself to its group.")
            .arg(path);
    case Platform::Linux:
        break;
    }
    const QString group = info.group().isEmpty() ? QStringLiteral("boinc") : info.group();
    return PasswordLocator::tr("%1 exists but cannot be read by user %2. Add the user to group '%3' "
                               "(sudo usermod -aG %3 %2), then log out and back in (or run 'newgrp %3'), "
                               "or give the password with --password-file.")
        .arg(path, user, group);
}

PasswordLookup PasswordLocator::readFile(const QString& path) const
{
    PasswordLookup r;
    r.tried << path;
    r.path = path;
    QFile f(path);
    if (!QFileInfo::exists(path)) {
        r.error = PasswordLocator::tr("password file %1 does not exist").arg(path);
        return r;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = unreadableAdvice(path);
        return r;
    }
    // Only the first line counts, at most 255 bytes, whitespace stripped (as the client reads it).
    r.password = QString::fromUtf8(f.readLine(4096).left(255)).trimmed();
    r.found = true;
    return r;
}

PasswordLookup PasswordLocator::locate() const
{
    PasswordLookup result;
    for (const QString& path : candidates()) {
        result.tried << path;
        if (!QFileInfo::exists(path))
            continue;
        PasswordLookup one = readFile(path);
        one.tried = result.tried;
        return one;
    }
    result.error = result.tried.isEmpty()
                       ? PasswordLocator::tr(
                             "no place to look for gui_rpc_auth.cfg on this platform; give --password-file")
                       : PasswordLocator::tr("no gui_rpc_auth.cfg found (looked in %1); give --password-file "
                                             "if the client uses a password")
                             .arg(result.tried.join(QLatin1String(", ")));
    return result;
}

PasswordLookup PasswordLocator::lookupFor(const RpcEndpoint& endpoint, const QString& explicitFile) const
{
    if (!explicitFile.isEmpty())
        return readFile(explicitFile);
    return endpoint.isLocal() ? locate() : PasswordLookup{};
}

} // namespace bdm::boinc
