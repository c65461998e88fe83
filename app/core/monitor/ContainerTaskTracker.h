#pragma once

#include "boinc/Result.h"
#include "engine/ContainerEngine.h"
#include "engine/ContainerMonitor.h"
#include "monitor/StatsHistory.h"
#include "monitor/TaskHistoryRecord.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace bdm::monitor {

class TaskHistoryStore;

// Writes the outcome of each container task to the history while the facts still exist: BOINC
// removes the container as soon as its task ends, so the exit code and OOM flag are read on the
// engine's `die` event (inspect, else the event's own exitCode) and `oom` is remembered from
// before it. Peak memory comes from the monitor's stats rounds, CPU and elapsed time and the
// final state from the task list. A row is written once the task's computation is over or the
// task has left the list (or settleTimeoutMs after the container died, whichever comes first);
// a task that leaves the list without its container's death being seen is written too.
class ContainerTaskTracker : public QObject
{
    Q_OBJECT

public:
    // How long to wait after `die` for the client to report the task's end.
    static constexpr int defaultSettleTimeoutMs = 60000;
    static constexpr int checkIntervalMs = 1000;

    ContainerTaskTracker(engine::ContainerEngine& engine, engine::ContainerMonitor& monitor,
                         QObject* parent = nullptr);

    // The client the tasks come from, as written into each record.
    void setHost(const QString& host) { m_host = host; }
    // Where records go besides taskRecorded(); nullptr for none. Not owned.
    void setStore(TaskHistoryStore* store) { m_store = store; }
    void setSettleTimeout(int milliseconds) { m_settleTimeoutMs = milliseconds; }

    // The client's tasks as of the latest poll (get_results or get_state): every task, so that
    // one missing from the list can be told apart from one not yet polled.
    void updateTasks(const QList<boinc::Result>& tasks);

    // CPU and memory of BOINC's containers over the last minutes, by container id.
    const StatsHistory& statsHistory() const { return m_history; }
    // Container names of the tasks being followed (for tests and diagnostics).
    QStringList trackedContainers() const { return m_tracks.keys(); }

signals:
    void taskRecorded(const bdm::monitor::TaskHistoryRecord& record);
    // The engine's OOM killer hit a task's container, as it happens (the record follows when
    // the task's end is known). resultName is empty when the task is not known yet.
    void containerOomKilled(const QString& containerName, const QString& resultName);

private:
    struct Track
    {
        QString containerName;
        QString containerId;
        QString image;
        std::optional<boinc::Result> task;
        bool taskGone = false;
        bool containerSeen = false;
        quint64 peakMemory = 0;
        bool oomKilled = false;
        bool died = false;
        bool inspecting = false; // the exit code of inspect is better than the event's
        std::optional<int> exitCode;
        QDateTime startedAt;
        QDateTime finishedAt;
        qint64 settleDeadlineMs = 0; // 0: not waiting
    };

    void onEvent(const engine::EngineEvent& event);
    void onDie(const QString& name, const engine::EngineEvent& event);
    void onContainers();
    void onStats();
    void checkSettled();
    // Writes the record when the track's outcome is known; true when the track is done.
    bool settleIfDone(Track& track);
    void record(const Track& track);

    engine::ContainerEngine& m_engine;
    engine::ContainerMonitor& m_monitor;
    TaskHistoryStore* m_store = nullptr;
    QString m_host;
    int m_settleTimeoutMs = defaultSettleTimeoutMs;
    QHash<QString, Track> m_tracks; // by container name (lower case, no '/')
    QSet<QString> m_recorded;       // container names already written, while their task is listed
    StatsHistory m_history;
    QTimer m_checkTimer;
};

} // namespace bdm::monitor
