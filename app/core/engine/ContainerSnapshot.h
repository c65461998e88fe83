#pragma once

#include "engine/ContainerEngine.h"
#include "engine/StatsSampler.h"

#include <QElapsedTimer>
#include <QObject>
#include <optional>

namespace bdm::engine {

// The containers of an engine at one moment, each with its inspect details and, when
// running, CPU % and memory: list, then inspect a few at a time, then two rounds of one-shot
// stats a second apart for CPU % (as `docker stats --no-stream` primes its own reading).
class ContainerSnapshot : public QObject
{
    Q_OBJECT

public:
    // Between the starts of the two stats rounds (dockerd's rounds take about that long anyway).
    static constexpr int cpuSampleIntervalMs = 1000;
    static constexpr int maxInFlight = 4; // inspect requests

    struct Entry
    {
        ContainerSummary summary;
        std::optional<ContainerDetails> details; // missing if it vanished meanwhile
        std::optional<StatsSample> stats;        // running containers only
    };
    using Handler = std::function<void(const EngineResult<QList<Entry>>& snapshot)>;

    explicit ContainerSnapshot(ContainerEngine& engine, QObject* parent = nullptr);

    // Entries come sorted by name.
    void take(const ContainerFilter& filter, const QObject* context, Handler handler);

private:
    struct Run;
    void inspectNext(const std::shared_ptr<Run>& run);
    void sampleStats(const std::shared_ptr<Run>& run, bool secondRound);
    QElapsedTimer m_firstRound;
    void deliver(const std::shared_ptr<Run>& run);

    ContainerEngine& m_engine;
    StatsSampler m_sampler;
};

} // namespace bdm::engine
