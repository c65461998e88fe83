#pragma once

#include <QString>

namespace bdm::monitor {

// Something about a host that deserves a notification, worded for people.
struct FleetAlert
{
    enum Kind
    {
        ContainerTaskFailed, // a container task ended with an error
        HostLost,            // a connected host stopped answering
        ContainerOomKilled,  // the engine killed a task's container for want of memory
        ServerDaemonStopped  // a project server's daemon is not running (server_status.php)
    };
    Kind kind = HostLost;
    QString hostId;
    QString title;
    QString message;
    QString subject; // the result or container concerned; empty for a host

    friend bool operator==(const FleetAlert&, const FleetAlert&) = default;
};

} // namespace bdm::monitor
