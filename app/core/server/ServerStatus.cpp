#include "server/ServerStatus.h"

namespace bdm::server {

double ServerStatus::count(const QString& name, double fallback) const
{
    for (const auto& [key, value] : counts) {
        if (key == name)
            return value;
    }
    return fallback;
}

QStringList ServerStatus::stoppedDaemons() const
{
    QStringList stopped;
    for (const ServerDaemon& d : daemons) {
        if (d.state == ServerDaemon::State::NotRunning)
            stopped << (d.host.isEmpty() ? d.command
                                         : d.command + QStringLiteral(" (") + d.host + QLatin1Char(')'));
    }
    return stopped;
}

} // namespace bdm::server
