#include "monitor/ContainerTaskTracker.h"

#include "boinc/ProjectUrl.h"
#include "monitor/TaskContainerJoin.h"
#include "monitor/TaskHistoryStore.h"

#include <QRegularExpression>

namespace bdm::monitor {
namespace {

// The engine writes RFC 3339 with nanoseconds; Qt reads at most milliseconds.
QDateTime rfc3339(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,3})\d*)?(Z|[+-]\d\d:\d\d)$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch() || text.startsWith(QLatin1String("0001-")))
        return {};
    const QString ms = m.captured(2).leftJustified(3, QLatin1Char('0'));
    return QDateTime::fromString(m.captured(1) + QLatin1Char('.') + ms + m.captured(3), Qt::ISODateWithMs);
}

QDateTime eventTime(const engine::EngineEvent& event)
{
    if (event.timeNano > 0)
        return QDateTime::fromMSecsSinceEpoch(event.timeNano / 1000000, Qt::UTC);
    return event.time > 0 ? QDateTime::fromSecsSinceEpoch(event.time, Qt::UTC)
                          : QDateTime::currentDateTimeUtc();
}

bool computationOver(const boinc::Result& task)
{
    return task.state >= boinc::ResultComputeError;
}

} // namespace

ContainerTaskTracker::ContainerTaskTracker(engine::ContainerEngine& engine, engine::ContainerMonitor& monitor,
                                           QObject* parent)
    : QObject(parent), m_engine(engine), m_monitor(monitor)
{
    m_checkTimer.setInterval(checkIntervalMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &ContainerTaskTracker::checkSettled);
    connect(&monitor, &engine::ContainerMonitor::eventReceived, this, &ContainerTaskTracker::onEvent);
    connect(&monitor, &engine::ContainerMonitor::containersChanged, this,
            &ContainerTaskTracker::onContainers);
    connect(&monitor, &engine::ContainerMonitor::statsUpdated, this, &ContainerTaskTracker::onStats);
}

void ContainerTaskTracker::updateTasks(const QList<boinc::Result>& tasks)
{
    QSet<QString> listed;
    for (const boinc::Result& task : tasks) {
        const QString name = boinc::ProjectUrl::containerName(task.projectUrl, task.name);
        listed.insert(name);
        if (m_recorded.contains(name))
            continue;
        auto it = m_tracks.find(name);
        if (it == m_tracks.end()) {
            // Only tasks that run (or ran) a container are followed.
            if (!task.usesContainer() || !task.activeTask)
                continue;
            it = m_tracks.insert(name, Track{});
            it->containerName = name;
        }
        it->task = task;
    }
    // Forget recorded names once their task is gone, so the set stays small.
    for (auto it = m_recorded.begin(); it != m_recorded.end();)
        it = listed.contains(*it) ? std::next(it) : m_recorded.erase(it);
    for (auto it = m_tracks.begin(); it != m_tracks.end();) {
        if (it->task && !listed.contains(it.key()))
            it->taskGone = true;
        it = settleIfDone(*it) ? m_tracks.erase(it) : std::next(it);
    }
}

void ContainerTaskTracker::onEvent(const engine::EngineEvent& event)
{
    if (event.type != QLatin1String("container") || !TaskContainerJoin::isBoincName(event.name()))
        return;
    const QString name = TaskContainerJoin::normalizedName(event.name());
    Track& track = m_tracks[name];
    track.containerName = name;
    track.containerId = event.id;
    track.containerSeen = true;
    if (track.image.isEmpty())
        track.image = event.from.isEmpty() ? event.attributes.value(QStringLiteral("image")) : event.from;
    if (event.action == QLatin1String("start")) {
        // The wrapper starts an exited container again (after a reboot): a new run.
        track.died = false;
        track.inspecting = false;
        track.exitCode.reset();
        track.finishedAt = {};
        track.settleDeadlineMs = 0;
        if (!track.startedAt.isValid())
            track.startedAt = eventTime(event);
    } else if (event.action == QLatin1String("oom")) {
        const bool first = !track.oomKilled;
        track.oomKilled = true;
        if (first) {
            const QString result = track.task ? track.task->name : QString();
            emit containerOomKilled(name, result); // last: a receiver may change m_tracks
        }
    } else if (event.action == QLatin1String("die")) {
        onDie(name, event);
    } else if (event.action == QLatin1String("destroy") && !track.died) {
        // Removed without a `die` we saw (the stream was down): the outcome is unknown.
        track.died = true;
        track.finishedAt = eventTime(event);
        track.settleDeadlineMs = QDateTime::currentMSecsSinceEpoch() + m_settleTimeoutMs;
        m_checkTimer.start();
    }
}

void ContainerTaskTracker::onDie(const QString& name, const engine::EngineEvent& event)
{
    Track& track = m_tracks[name];
    track.died = true;
    track.finishedAt = eventTime(event);
    bool ok = false;
    const int code = event.attributes.value(QStringLiteral("exitCode")).toInt(&ok);
    if (ok)
        track.exitCode = code;
    track.settleDeadlineMs = QDateTime::currentMSecsSinceEpoch() + m_settleTimeoutMs;
    track.inspecting = true;
    m_checkTimer.start();
    // Inspect at once: the wrapper removes the container within seconds. If it is gone
    // already, the event's exit code stands.
    m_engine.inspectContainer(event.id, this,
                              [this, name](const engine::EngineResult<engine::ContainerDetails>& details) {
                                  const auto it = m_tracks.find(name);
                                  if (it == m_tracks.end())
                                      return;
                                  it->inspecting = false;
                                  if (!details.ok())
                                      return;
                                  const engine::ContainerState& st = details.value.state;
                                  if (st.running)
                                      return; // started again meanwhile
                                  it->exitCode = st.exitCode;
                                  it->oomKilled = it->oomKilled || st.oomKilled;
                                  if (const QDateTime t = rfc3339(st.startedAt); t.isValid())
                                      it->startedAt = t;
                                  if (const QDateTime t = rfc3339(st.finishedAt); t.isValid())
                                      it->finishedAt = t;
                                  if (!details.value.image.isEmpty())
                                      it->image = details.value.image;
                              });
}

void ContainerTaskTracker::onContainers()
{
    QStringList ids;
    for (const engine::ContainerSummary& c : m_monitor.containers()) {
        if (!TaskContainerJoin::isBoincName(c.name))
            continue;
        ids.append(c.id);
        const QString name = TaskContainerJoin::normalizedName(c.name);
        if (m_recorded.contains(name))
            continue;
        Track& track = m_tracks[name];
        track.containerName = name;
        track.containerId = c.id;
        track.containerSeen = true;
        if (track.image.isEmpty())
            track.image = c.image;
        if (!track.startedAt.isValid() && c.created > 0)
            track.startedAt = QDateTime::fromSecsSinceEpoch(c.created, Qt::UTC);
    }
    m_history.retainOnly(ids);
}

void ContainerTaskTracker::onStats()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const engine::ContainerSummary& c : m_monitor.containers()) {
        if (!TaskContainerJoin::isBoincName(c.name))
            continue;
        const std::optional<engine::StatsSample> sample = m_monitor.stats(c.id);
        if (!sample)
            continue;
        m_history.append(c.id,
                         StatsPoint{now, sample->cpuPercent.value_or(std::nan("")), sample->memoryBytes});
        const auto it = m_tracks.find(TaskContainerJoin::normalizedName(c.name));
        if (it != m_tracks.end())
            it->peakMemory = std::max(it->peakMemory, sample->memoryBytes);
    }
}

void ContainerTaskTracker::checkSettled()
{
    for (auto it = m_tracks.begin(); it != m_tracks.end();)
        it = settleIfDone(*it) ? m_tracks.erase(it) : std::next(it);
    bool waiting = false;
    for (const Track& t : std::as_const(m_tracks))
        waiting = waiting || t.settleDeadlineMs > 0;
    if (!waiting)
        m_checkTimer.stop();
}

bool ContainerTaskTracker::settleIfDone(Track& track)
{
    const bool taskOver = track.taskGone || (track.task && computationOver(*track.task));
    const bool timedOut =
        track.settleDeadlineMs > 0 && QDateTime::currentMSecsSinceEpoch() >= track.settleDeadlineMs;
    if (track.taskGone && !track.containerSeen)
        return true; // never had a container: nothing to record
    if (track.inspecting && !timedOut)
        return false;
    if (!(track.died && (taskOver || timedOut)) && !track.taskGone)
        return false;
    if (!track.task)
        return timedOut; // an orphan's container died: not a task outcome, drop it after a while
    record(track);
    m_recorded.insert(track.containerName);
    return true;
}

void ContainerTaskTracker::record(const Track& track)
{
    const boinc::Result& task = *track.task;
    TaskHistoryRecord r;
    r.host = m_host;
    r.projectUrl = task.projectUrl;
    r.resultName = task.name;
    r.containerName = track.containerName;
    r.containerId = track.containerId;
    r.image = track.image;
    r.exitCode = track.exitCode;
    r.oomKilled = track.oomKilled;
    r.peakMemoryBytes = track.peakMemory;
    r.startedAt = track.startedAt;
    r.finishedAt = track.finishedAt.isValid() ? track.finishedAt : QDateTime::currentDateTimeUtc();
    if (task.activeTask) {
        r.cpuTime = task.activeTask->currentCpuTime;
        r.elapsed = task.activeTask->elapsedTime;
    }
    if (task.finalElapsedTime > 0) {
        r.cpuTime = task.finalCpuTime;
        r.elapsed = task.finalElapsedTime;
    }
    if (r.elapsed <= 0 && r.startedAt.isValid())
        r.elapsed = static_cast<double>(r.startedAt.msecsTo(r.finishedAt)) / 1000.0;
    r.finalState = task.state;
    if (m_store)
        r.id = m_store->add(r);
    emit taskRecorded(r);
}

} // namespace bdm::monitor
