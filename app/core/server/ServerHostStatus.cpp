#include "server/ServerHostStatus.h"

#include <QFileInfo>

namespace bdm::server {

QString ServerHostDaemon::name() const
{
    return QFileInfo(command.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty)).fileName();
}

QString ServerLogTail::daemonName() const
{
    return QFileInfo(path).completeBaseName();
}

QStringList ServerHostStatus::stoppedDaemons() const
{
    QStringList stopped;
    if (!statusKnown || !enabled)
        return stopped;
    for (const ServerHostDaemon& d : daemons) {
        if (!d.disabled && d.state != ServerHostDaemon::State::Running)
            stopped << d.name();
    }
    return stopped;
}

const ServerLogTail* ServerHostStatus::logFor(const QString& daemonName) const
{
    for (const ServerLogTail& log : logs) {
        if (log.daemonName() == daemonName)
            return &log;
    }
    return nullptr;
}

} // namespace bdm::server
