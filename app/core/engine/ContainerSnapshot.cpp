#include "engine/ContainerSnapshot.h"

#include <QPointer>
#include <QTimer>

namespace bdm::engine {

struct ContainerSnapshot::Run
{
    QList<Entry> entries;
    qsizetype nextInspect = 0;
    int inFlight = 0;
    QPointer<const QObject> context;
    bool hasContext = false;
    Handler handler;

    bool alive() const { return !hasContext || context; }
};

ContainerSnapshot::ContainerSnapshot(ContainerEngine& engine, QObject* parent)
    : QObject(parent), m_engine(engine), m_sampler(engine)
{}

void ContainerSnapshot::take(const ContainerFilter& filter, const QObject* context, Handler handler)
{
    auto run = std::make_shared<Run>();
    run->context = context;
    run->hasContext = context != nullptr;
    run->handler = std::move(handler);
    m_engine.listContainers(filter, this, [this, run](const EngineResult<QList<ContainerSummary>>& list) {
        if (!list.ok()) {
            if (run->alive())
                run->handler({list.error, {}});
            return;
        }
        for (const ContainerSummary& s : list.value)
            run->entries.append(Entry{s, std::nullopt, std::nullopt});
        std::sort(run->entries.begin(), run->entries.end(),
                  [](const Entry& a, const Entry& b) { return a.summary.name < b.summary.name; });
        if (run->entries.isEmpty())
            deliver(run);
        else
            inspectNext(run);
    });
}

void ContainerSnapshot::inspectNext(const std::shared_ptr<Run>& run)
{
    while (run->inFlight < maxInFlight && run->nextInspect < run->entries.size()) {
        const qsizetype index = run->nextInspect++;
        ++run->inFlight;
        m_engine.inspectContainer(run->entries.at(index).summary.id, this,
                                  [this, run, index](const EngineResult<ContainerDetails>& details) {
                                      --run->inFlight;
                                      if (details.ok())
                                          run->entries[index].details = details.value;
                                      inspectNext(run);
                                  });
    }
    if (run->inFlight == 0 && run->nextInspect >= run->entries.size())
        sampleStats(run, false);
}

void ContainerSnapshot::sampleStats(const std::shared_ptr<Run>& run, bool secondRound)
{
    QStringList running;
    for (const Entry& e : std::as_const(run->entries)) {
        const QString state = e.details ? e.details->state.status : e.summary.state;
        if (state == QLatin1String("running"))
            running.append(e.summary.id);
    }
    if (running.isEmpty()) {
        deliver(run);
        return;
    }
    if (!secondRound)
        m_firstRound.start();
    m_sampler.sample(running, this, [this, run, secondRound](const StatsSampler::Round& round) {
        bool needSecond = false;
        for (Entry& e : run->entries) {
            const auto it = round.samples.constFind(e.summary.id);
            if (it == round.samples.cend())
                continue;
            e.stats = *it;
            needSecond = needSecond || !it->cpuPercent;
        }
        if (needSecond && !secondRound) {
            // One-shot readings carry no previous CPU counters: read again a moment later.
            const qint64 wait = std::max<qint64>(0, cpuSampleIntervalMs - m_firstRound.elapsed());
            QTimer::singleShot(std::chrono::milliseconds(wait), this,
                               [this, run] { sampleStats(run, true); });
            return;
        }
        deliver(run);
    });
}

void ContainerSnapshot::deliver(const std::shared_ptr<Run>& run)
{
    // Queued, so the handler never runs inside take() even when there was nothing to do.
    QMetaObject::invokeMethod(
        this,
        [run] {
            if (run->alive())
                run->handler({{}, run->entries});
        },
        Qt::QueuedConnection);
}

} // namespace bdm::engine
