#include "engine/ContainerMonitor.h"

namespace bdm::engine {

ContainerMonitor::ContainerMonitor(ContainerEngine& engine, QObject* parent)
    : QObject(parent), m_engine(engine), m_events(engine), m_sampler(engine)
{
    m_statsTimer.setSingleShot(true);
    m_relistTimer.setSingleShot(true);
    m_relistTimer.setInterval(relistDelayMs);
    m_listRefreshTimer.setInterval(listRefreshIntervalMs);
    connect(&m_statsTimer, &QTimer::timeout, this, &ContainerMonitor::sampleStats);
    connect(&m_relistTimer, &QTimer::timeout, this, &ContainerMonitor::relist);
    connect(&m_listRefreshTimer, &QTimer::timeout, this, &ContainerMonitor::relist);
    connect(&m_events, &EventStream::eventReceived, this, &ContainerMonitor::onEvent);
    connect(&m_events, &EventStream::resumed, this, &ContainerMonitor::relist);
    connect(&m_events, &EventStream::stateChanged, this,
            [this](EventStream::State state, const QString& detail) {
                if (state == EventStream::State::Waiting)
                    setConnected(false, detail);
            });
}

void ContainerMonitor::start()
{
    m_running = true;
    m_events.start();
    m_listRefreshTimer.start();
    relist();
}

void ContainerMonitor::stop()
{
    m_running = false;
    m_events.stop();
    m_statsTimer.stop();
    m_relistTimer.stop();
    m_listRefreshTimer.stop();
}

std::optional<StatsSample> ContainerMonitor::stats(const QString& id) const
{
    const auto it = m_stats.constFind(id);
    return it == m_stats.cend() ? std::nullopt : std::optional<StatsSample>(*it);
}

void ContainerMonitor::onEvent(const EngineEvent& event)
{
    const QString name = event.name();
    if (m_filter.namePrefix.isEmpty() || name.startsWith(m_filter.namePrefix)) {
        emit eventReceived(event);
        m_relistTimer.start();
    }
}

void ContainerMonitor::relist()
{
    if (!m_running || m_listing)
        return;
    m_listing = true;
    m_engine.listContainers(m_filter, this, [this](const EngineResult<QList<ContainerSummary>>& list) {
        m_listing = false;
        if (!m_running)
            return;
        if (!list.ok()) {
            setConnected(false, list.error.message);
            return; // the events stream's reconnect brings the next relist
        }
        setConnected(true, {});
        m_containers = list.value;
        QStringList ids;
        for (const ContainerSummary& c : std::as_const(m_containers))
            ids.append(c.id);
        m_sampler.retainOnly(ids);
        for (auto it = m_stats.begin(); it != m_stats.end();)
            it = ids.contains(it.key()) ? std::next(it) : m_stats.erase(it);
        emit containersChanged();
        if (!m_sampler.isBusy() && !m_statsTimer.isActive())
            sampleStats();
    });
}

void ContainerMonitor::sampleStats()
{
    // While the engine is away the timer rests; the relist after it returns restarts it.
    if (!m_running || !m_connected)
        return;
    QStringList running;
    for (const ContainerSummary& c : std::as_const(m_containers)) {
        if (c.isRunning())
            running.append(c.id);
    }
    m_roundTimer.start();
    m_sampler.sample(running, this, [this](const StatsSampler::Round& round) {
        for (auto it = round.samples.cbegin(); it != round.samples.cend(); ++it)
            m_stats.insert(it.key(), it.value());
        emit statsUpdated();
        // Re-armed only now, so rounds never overlap; the interval runs from start to start.
        if (m_running)
            m_statsTimer.start(
                static_cast<int>(std::max<qint64>(0, m_statsIntervalMs - m_roundTimer.elapsed())));
    });
}

void ContainerMonitor::setConnected(bool connected, const QString& detail)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    emit connectionChanged(connected, detail);
}

} // namespace bdm::engine
