#pragma once

#include "monitor/FleetAlert.h"
#include "monitor/HostSnapshot.h"

#include <QList>

namespace bdm::monitor {

// Which notifications one change of a host's snapshot deserves; pure, so the tray only shows
// what this decides. Results seen for the first time (a fresh connection) never alert: only a
// change observed while watching does, so restarting the app does not replay old failures.
class FleetAlerts
{
public:
    static QList<FleetAlert> compare(const QString& hostId, const QString& hostName,
                                     const HostSnapshot& before, const HostSnapshot& after);
    // For a local engine's "oom" event on a task's container (the engine, not the client, knows).
    static FleetAlert containerOomKilled(const QString& hostId, const QString& hostName,
                                         const QString& container);
    static FleetAlert serverDaemonStopped(const QString& projectUrl, const QString& daemon);

    // Compute error or failed upload, or a non-zero exit status (aborts by the user are not failures).
    static bool endedWithError(const boinc::Result& result);
};

} // namespace bdm::monitor
