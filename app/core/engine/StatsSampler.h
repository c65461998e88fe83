#pragma once

#include "engine/ContainerEngine.h"

#include <QHash>
#include <QObject>
#include <deque>

namespace bdm::engine {

// One-shot stats for many containers, a bounded number of requests in flight (Podman Desktop's
// lesson: streams arrive at the engine's pace, and N streams do not scale). Each reading is
// compared with the container's previous one, so CPU % is known from the second round on
// without waiting for the engine's priming read.
//
// How many in flight depends on the engine. Podman computes each reading when asked: a few at
// a time (4, as Podman Desktop does). dockerd answers every stats request, one-shot included,
// from one shared collector that ticks once a second: a request costs it nothing but waits for
// the next tick, so with 4 in flight 50 containers would take 13 s. All of a round go at once
// there, up to dockerMaxInFlight, and are answered together at the next tick.
class StatsSampler : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMaxInFlight = 4;
    static constexpr int dockerMaxInFlight = 64;

    struct Round
    {
        QHash<QString, StatsSample> samples; // by the id asked for
        QHash<QString, EngineError> errors;
    };
    using RoundDone = std::function<void(const Round& round)>;

    explicit StatsSampler(ContainerEngine& engine, QObject* parent = nullptr);

    // 0 (the default): chosen by the engine's type, as described above.
    void setMaxInFlight(int count) { m_maxInFlight = std::max(0, count); }
    int maxInFlight() const;

    // Reads every container once. A round asked for while one runs is queued behind it.
    void sample(const QStringList& ids, const QObject* context, RoundDone done);
    // Previous readings are kept per container until forgotten (removed containers).
    void forget(const QString& id) { m_previous.remove(id); }
    void retainOnly(const QStringList& ids);
    bool isBusy() const { return m_current != nullptr; }

private:
    struct Pending;
    void startNext();
    void pump();

    ContainerEngine& m_engine;
    int m_maxInFlight = 0;
    QHash<QString, StatsSample> m_previous;
    std::deque<std::shared_ptr<Pending>> m_queue;
    std::shared_ptr<Pending> m_current;
};

} // namespace bdm::engine
