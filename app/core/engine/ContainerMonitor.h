#pragma once

#include "engine/ContainerEngine.h"
#include "engine/EventStream.h"
#include "engine/StatsSampler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace bdm::engine {

// Keeps the containers of one engine and their CPU and memory current at little cost: one
// events stream says when the list changes (the list is re-read then, and rarely otherwise),
// and one-shot stats of the running containers are taken on a timer, a few at a time. The
// next round is armed when the current one ends, so a slow engine is never asked twice.
class ContainerMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultStatsIntervalMs = 2000;
    // A safety net for events missed while the stream was down.
    static constexpr int listRefreshIntervalMs = 60000;
    // Events come in bursts (create, start, attach...): one re-list for a burst.
    static constexpr int relistDelayMs = 150;

    explicit ContainerMonitor(ContainerEngine& engine, QObject* parent = nullptr);

    void setFilter(const ContainerFilter& filter) { m_filter = filter; }
    void setStatsInterval(int milliseconds) { m_statsIntervalMs = milliseconds; }
    StatsSampler& sampler() { return m_sampler; }
    EventStream& events() { return m_events; }

    void start();
    void stop();

    QList<ContainerSummary> containers() const { return m_containers; }
    // The latest reading of a running container (by id), if any.
    std::optional<StatsSample> stats(const QString& id) const;
    bool isConnected() const { return m_connected; }

signals:
    void containersChanged();
    void statsUpdated();
    void connectionChanged(bool connected, const QString& detail);
    void eventReceived(const bdm::engine::EngineEvent& event);

private:
    void relist();
    void sampleStats();
    void onEvent(const EngineEvent& event);
    void setConnected(bool connected, const QString& detail);

    ContainerEngine& m_engine;
    EventStream m_events;
    StatsSampler m_sampler;
    ContainerFilter m_filter;
    int m_statsIntervalMs = defaultStatsIntervalMs;
    bool m_running = false;
    bool m_connected = false;
    bool m_listing = false;
    QList<ContainerSummary> m_containers;
    QHash<QString, StatsSample> m_stats;
    QTimer m_statsTimer;
    QTimer m_relistTimer;
    QTimer m_listRefreshTimer;
    QElapsedTimer m_roundTimer;
};

} // namespace bdm::engine
