#include "gui/tasks/TaskEngineLink.h"

#include "engine/ContainerMonitor.h"
#include "engine/EngineConnector.h"
#include "monitor/ContainerTaskTracker.h"

namespace bdm::gui {

TaskEngineLink::TaskEngineLink(engine::EngineConnector* connector, monitor::TaskHistoryStore* store,
                               QObject* parent)
    : QObject(parent), m_connector(connector), m_store(store)
{
    if (!connector)
        m_reason = tr("no container engine was given to this window");
}

TaskEngineLink::~TaskEngineLink() = default;

void TaskEngineLink::start()
{
    m_active = true;
    if (m_monitor) {
        m_monitor->start();
        return;
    }
    if (!m_connector || m_searching || m_engine)
        return;
    m_searching = true;
    m_connector->connectToEngine(this, [this](const std::shared_ptr<engine::EngineConnector::Connection>& c) {
        onConnected(std::move(c->engine), c->error.message);
    });
}

void TaskEngineLink::stop()
{
    m_active = false;
    if (m_monitor)
        m_monitor->stop();
}

void TaskEngineLink::onConnected(std::unique_ptr<engine::ContainerEngine> found, const QString& reason)
{
    m_searching = false;
    if (!found) {
        m_reason = reason.isEmpty() ? tr("no container engine answered") : reason;
        emit changed();
        return;
    }
    m_reason.clear();
    m_engine = std::move(found);
    m_monitor = std::make_unique<engine::ContainerMonitor>(*m_engine);
    engine::ContainerFilter filter;
    filter.namePrefix = engine::ContainerFilter::boincPrefix();
    m_monitor->setFilter(filter);
    m_tracker = std::make_unique<monitor::ContainerTaskTracker>(*m_engine, *m_monitor);
    m_tracker->setHost(m_host);
    m_tracker->setStore(m_store);
    connect(m_tracker.get(), &monitor::ContainerTaskTracker::containerOomKilled, this,
            &TaskEngineLink::containerOomKilled);
    connect(m_monitor.get(), &engine::ContainerMonitor::containersChanged, this, &TaskEngineLink::changed);
    connect(m_monitor.get(), &engine::ContainerMonitor::connectionChanged, this,
            [this](bool connected, const QString& detail) {
                m_reason = connected ? QString() : detail;
                emit changed();
            });
    // The tracker appends to its rings on the same signal; queued, so the rings hold the new
    // point when the page reads them.
    connect(m_monitor.get(), &engine::ContainerMonitor::statsUpdated, this, &TaskEngineLink::statsUpdated,
            Qt::QueuedConnection);
    if (m_active)
        m_monitor->start();
    emit changed();
}

void TaskEngineLink::setHost(const QString& host)
{
    m_host = host;
    if (m_tracker)
        m_tracker->setHost(host);
}

void TaskEngineLink::updateTasks(const QList<boinc::Result>& tasks)
{
    if (m_tracker)
        m_tracker->updateTasks(tasks);
}

bool TaskEngineLink::isAvailable() const
{
    return m_monitor && m_monitor->isConnected();
}

QList<engine::ContainerSummary> TaskEngineLink::containers() const
{
    return m_monitor ? m_monitor->containers() : QList<engine::ContainerSummary>{};
}

QHash<QString, engine::StatsSample> TaskEngineLink::stats() const
{
    QHash<QString, engine::StatsSample> out;
    if (!m_monitor)
        return out;
    for (const engine::ContainerSummary& c : m_monitor->containers()) {
        if (const auto s = m_monitor->stats(c.id))
            out.insert(c.id, *s);
    }
    return out;
}

QList<monitor::StatsPoint> TaskEngineLink::series(const QString& containerId) const
{
    return m_tracker ? m_tracker->statsHistory().series(containerId) : QList<monitor::StatsPoint>{};
}

} // namespace bdm::gui
