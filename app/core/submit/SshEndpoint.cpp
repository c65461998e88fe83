#include "submit/SshEndpoint.h"

#include <QDir>

namespace bdm::submit {

SshEndpoint SshEndpoint::fromTarget(const SubmitTarget& target)
{
    SshEndpoint e;
    e.destination = target.host;
    e.port = target.port > 0 ? target.port : 22;
    e.identityFile = target.identityFile;
    e.knownHostsFile = target.knownHostsFile;
    return e;
}

QString SshEndpoint::hostName() const
{
    const qsizetype at = destination.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? destination : destination.mid(at + 1);
}

QString SshEndpoint::knownHostsName() const
{
    return port == 22 ? hostName() : QStringLiteral("[%1]:%2").arg(hostName()).arg(port);
}

QString SshEndpoint::effectiveKnownHostsFile() const
{
    return knownHostsFile.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts") : knownHostsFile;
}

QStringList SshEndpoint::arguments() const
{
    QStringList args{QStringLiteral("-p"), QString::number(port), QStringLiteral("-o"),
                     QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                     QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                     QStringLiteral("ConnectTimeout=%1").arg(connectTimeoutS),
                     // A dead peer is noticed within a minute instead of hanging on TCP.
                     QStringLiteral("-o"), QStringLiteral("ServerAliveInterval=15"), QStringLiteral("-o"),
                     QStringLiteral("ServerAliveCountMax=3")};
    if (!identityFile.isEmpty()) {
        args << QStringLiteral("-i") << identityFile << QStringLiteral("-o")
             << QStringLiteral("IdentitiesOnly=yes");
    }
    if (!knownHostsFile.isEmpty()) {
        args << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + knownHostsFile;
    }
    for (const QString& o : options) {
        args << QStringLiteral("-o") << o;
    }
    // "--" would end ssh's options, but ssh takes the destination positionally; a
    // destination starting with '-' is refused by the backend before it gets here.
    return args;
}

} // namespace bdm::submit
