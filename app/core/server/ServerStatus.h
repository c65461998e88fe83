#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace bdm::server {

// One line of a project's daemon table: where it runs and whether it does.
struct ServerDaemon
{
    enum class State
    {
        Running,
        NotRunning,
        Disabled, // switched off in config.xml: not a fault
        Unknown
    };
    QString host;
    QString command; // "feeder", "transitioner", "file_deleter", a validator's or assimilator's name ...
    State state = State::Unknown;
    QString stateText; // as the server wrote it
};

// One app's line of <tasks_by_app>: its queue, and its run times once results came back.
struct ServerAppTasks
{
    QString name;
    qint64 unsent = 0;
    qint64 inProgress = 0;
    double avgRuntimeHours = -1; // -1: no results yet (the page then leaves these out)
    double minRuntimeHours = -1;
    double maxRuntimeHours = -1;
    qint64 users = -1;
};

// A BOINC project's server_status.php?xml=1: its daemons and its database counts.
struct ServerStatus
{
    QDateTime updateTime; // UTC; invalid when the page gives none
    QList<ServerDaemon> daemons;
    // <database_file_states> in page order: results_ready_to_send, results_in_progress,
    // workunits_waiting_for_validation, workunits_waiting_for_assimilation, ...
    QList<QPair<QString, double>> counts;
    QList<ServerAppTasks> apps; // <tasks_by_app>, in page order

    double count(const QString& name, double fallback = -1) const;
    // Daemons the page lists as not running (disabled ones are meant to be off).
    QStringList stoppedDaemons() const;
};

} // namespace bdm::server
