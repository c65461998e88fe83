#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bdm::server {

// One row of the daemon table that the project's `bin/status -v` prints (BOINC's start script
// invoked as status): the pid from pid_<host>/<name>.pid, whether that process lives, whether
// it holds its lock file, and whether config.xml disables it.
struct ServerHostDaemon
{
    enum class State
    {
        Running,
        NotRunning, // a pid file whose process is gone: it died or was killed
        NoPidFile,  // never started on this host since the last bin/stop
    };
    int index = 0;
    qint64 pid = 0;
    State state = State::NoPidFile;
    bool locked = false;
    bool disabled = false;
    QString command; // "feeder -d 3", as config.xml gives it

    // The program's base name: its log is log_<host>/<name>.log.
    QString name() const;
};

// One row of the periodic-task table of `bin/status -v`.
struct ServerHostTask
{
    int index = 0;
    QString lastRun; // "2026/12/04 10:00:00" (server local time) or "?"
    QString period;  // as config.xml gives it: "5 min", "1 day"
    QString nextRun; // a time, or "NOW"
    bool locked = false;
    bool disabled = false;
    QString command;
};

// The last lines of one daemon log under the project directory.
struct ServerLogTail
{
    QString path; // relative to the project directory: "log_myhost/feeder.log"
    QString text;

    QString daemonName() const; // "feeder" for ".../feeder.log"
};

// What one SSH visit to the project host shows: bin/status and the daemons' log tails.
struct ServerHostStatus
{
    bool statusKnown = false; // bin/status ran and said ENABLED or DISABLED
    bool enabled = false;     // "BOINC is ENABLED": bin/start ran, daemons are meant to run
    QList<ServerHostDaemon> daemons;
    QList<ServerHostTask> tasks;
    QList<ServerLogTail> logs;
    QString statusOutput; // bin/status's own words, verbatim
    int statusExitCode = 0;
    QStringList warnings; // translated lines

    // Enabled daemons that should run and do not; empty while the project is DISABLED.
    QStringList stoppedDaemons() const;
    const ServerLogTail* logFor(const QString& daemonName) const;
};

} // namespace bdm::server
