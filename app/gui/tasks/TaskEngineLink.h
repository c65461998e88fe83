#pragma once

#include "engine/ContainerSummary.h"
#include "engine/StatsSample.h"
#include "monitor/StatsPoint.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace bdm::engine {
class ContainerEngine;
class ContainerMonitor;
class EngineConnector;
} // namespace bdm::engine
namespace bdm::monitor {
class ContainerTaskTracker;
class TaskHistoryStore;
} // namespace bdm::monitor
namespace bdm::boinc {
struct Result;
}

namespace bdm::gui {

// The Tasks page's side of the container engine: finds it once (EngineConnector), then keeps
// BOINC's containers and their stats current (ContainerMonitor) while the page is on screen,
// and writes finished container tasks to the history (ContainerTaskTracker). Without an engine
// everything here is empty and unavailableReason() says why.
class TaskEngineLink : public QObject
{
    Q_OBJECT

public:
    // connector and store may be null (no engine, no history); both outlive this object.
    TaskEngineLink(engine::EngineConnector* connector, monitor::TaskHistoryStore* store,
                   QObject* parent = nullptr);
    ~TaskEngineLink() override;

    // Discovery runs on the first start(); monitoring runs between start() and stop().
    void start();
    void stop();

    void setHost(const QString& host);
    void updateTasks(const QList<boinc::Result>& tasks);

    bool isAvailable() const;
    // Empty while looking for the engine, or when one answers.
    QString unavailableReason() const { return m_reason; }
    bool isSearching() const { return m_searching; }
    engine::ContainerEngine* engine() const { return m_engine.get(); }
    QList<engine::ContainerSummary> containers() const;
    QHash<QString, engine::StatsSample> stats() const;
    QList<monitor::StatsPoint> series(const QString& containerId) const;

signals:
    // Containers, stats or availability changed.
    void changed();
    void statsUpdated();
    // A task's container was OOM-killed (from the engine's events, as it happens).
    void containerOomKilled(const QString& containerName, const QString& resultName);

private:
    void onConnected(std::unique_ptr<engine::ContainerEngine> engine, const QString& reason);

    engine::EngineConnector* m_connector;
    monitor::TaskHistoryStore* m_store;
    QString m_host;
    QString m_reason;
    bool m_searching = false;
    bool m_active = false;
    // Declared in this order so the monitor and tracker go before the engine they use.
    std::unique_ptr<engine::ContainerEngine> m_engine;
    std::unique_ptr<engine::ContainerMonitor> m_monitor;
    std::unique_ptr<monitor::ContainerTaskTracker> m_tracker;
};

} // namespace bdm::gui
