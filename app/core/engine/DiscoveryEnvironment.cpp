#include "engine/DiscoveryEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace bdm::engine {

DiscoveryEnvironment DiscoveryEnvironment::fromSystem()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    DiscoveryEnvironment e;
#if defined(Q_OS_MACOS)
    e.os = Os::MacOs;
#elif defined(Q_OS_WIN)
    e.os = Os::Windows;
#endif
#ifdef Q_OS_UNIX
    e.uid = ::getuid();
#endif
    e.home = QDir::homePath();
    e.xdgRuntimeDir = env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    e.dockerHost = env.value(QStringLiteral("DOCKER_HOST"));
    e.dockerTlsVerify = env.value(QStringLiteral("DOCKER_TLS_VERIFY"));
    e.dockerCertPath = env.value(QStringLiteral("DOCKER_CERT_PATH"));
    e.dockerContext = env.value(QStringLiteral("DOCKER_CONTEXT"));
    e.dockerConfig = env.value(QStringLiteral("DOCKER_CONFIG"));
    e.path = env.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return e;
}

QString DiscoveryEnvironment::dockerConfigDir() const
{
    return dockerConfig.isEmpty() ? home + QStringLiteral("/.docker") : dockerConfig;
}

std::optional<uint> DiscoveryEnvironment::uidOf(const QString& user) const
{
    QFile passwd(systemPath(QStringLiteral("/etc/passwd")));
    if (!passwd.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray prefix = user.toUtf8() + ':';
    while (!passwd.atEnd()) {
        const QByteArray line = passwd.readLine();
        if (!line.startsWith(prefix))
            continue;
        bool ok = false;
        const uint id = line.split(':').value(2).toUInt(&ok);
        if (ok)
            return id;
    }
    return std::nullopt;
}

QString DiscoveryEnvironment::findProgram(const QString& name) const
{
    const QStringList names =
        os == Os::Windows ? QStringList{name + QStringLiteral(".exe"), name} : QStringList{name};
    for (const QString& dir : path) {
        for (const QString& n : names) {
            const QFileInfo candidate(dir + QLatin1Char('/') + n);
            if (candidate.isFile() && candidate.isExecutable())
                return candidate.absoluteFilePath();
        }
    }
    return {};
}

} // namespace bdm::engine
