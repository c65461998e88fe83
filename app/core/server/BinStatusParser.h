#pragma once

#include "boinc/TaskJson.h"
#include "server/ServerHostStatus.h"

#include <QByteArray>
#include <QString>

namespace bdm::server {

// Reads what BOINC's project control script prints when run as `bin/status -v`:
//   BOINC is ENABLED|DISABLED
//   DAEMON  pid  status      lockfile disabled  commandline
//      1   1234  running     locked   no        feeder -d 3
//      2   1240  NOT RUNNING UNLOCKED no        transitioner -d 3     (older scripts: NOT FOUND)
//      3      0              UNLOCKED yes       file_deleter          (no pid file)
//   TASK       last run       period          next run        lock file disabled  commandline
//      1  2026/12/04 10:00:00  5 min  2026/12/04 10:05:00  unlocked  no   update_uotd.php
// Other lines (old scripts' "local hostname:", Python tracebacks) stay in the verbatim text.
// Also splits the reply of ServerHostReader's script, whose sections are headed by a line
// "<marker> status", "<marker> status-exit N" or "<marker> log PATH" (the marker is random per
// visit, so no log line can forge a section).
class BinStatusParser
{
public:
    static void parseStatus(const QString& text, ServerHostStatus* into);
    static ServerHostStatus parseReply(const QByteArray& output, const QByteArray& marker);
    // {"enabled", "status_known", "daemons": [{"index", "pid", "state", "locked", "disabled",
    //  "command", "name"}], "tasks": [...], "stopped_daemons", "logs": [{"path", "text"}],
    //  "status_output", "status_exit_code", "warnings"}
    static boinc::Json toJson(const ServerHostStatus& status);
    static QString stateName(ServerHostDaemon::State state); // running, not_running, no_pid_file
};

} // namespace bdm::server
