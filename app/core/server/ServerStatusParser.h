#pragma once

#include "boinc/TaskJson.h"
#include "server/ServerStatus.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace bdm::server {

// Reads server_status.php?xml=1 as BOINC projects publish it:
//   <server_status>[<update_time>UNIX</update_time>: older servers only]
//     <daemon_status><daemon><host/><command/><status>running|not running|disabled</status></daemon>...
//     <database_file_states><results_ready_to_send>N</results_ready_to_send>...
//       <tasks_by_app><app><name/><unsent/><in_progress/>[<avg_runtime/>...]</app>...</tasks_by_app>
//     </database_file_states>
// Unknown elements are skipped (projects add their own). Anything else (an HTML page, a login
// form, a truncated reply) is refused with a reason.
class ServerStatusParser
{
public:
    static std::optional<ServerStatus> parse(const QByteArray& xml, QString* error);
    // {"update_time", "daemons": [{"command", "host", "status"}], "counts": {...}, "stopped_daemons",
    //  "tasks_by_app": [{"name", "unsent", "in_progress", "avg_runtime_hours", ...}]}
    static boinc::Json toJson(const ServerStatus& status);
    static QString stateName(ServerDaemon::State state); // running, not_running, disabled, unknown
};

} // namespace bdm::server
