#include "engine/StatsSampler.h"

#include "engine/StatsMath.h"

#include <QPointer>

namespace bdm::engine {

struct StatsSampler::Pending
{
    QStringList ids;
    qsizetype next = 0;
    int inFlight = 0;
    Round round;
    QPointer<const QObject> context;
    bool hasContext = false;
    RoundDone done;
};

StatsSampler::StatsSampler(ContainerEngine& engine, QObject* parent) : QObject(parent), m_engine(engine) {}

void StatsSampler::sample(const QStringList& ids, const QObject* context, RoundDone done)
{
    auto p = std::make_shared<Pending>();
    p->ids = ids;
    p->context = context;
    p->hasContext = context != nullptr;
    p->done = std::move(done);
    m_queue.push_back(std::move(p));
    if (!m_current)
        QMetaObject::invokeMethod(this, &StatsSampler::startNext, Qt::QueuedConnection);
}

int StatsSampler::maxInFlight() const
{
    if (m_maxInFlight > 0)
        return m_maxInFlight;
    return m_engine.engineType() == EngineType::Docker ? dockerMaxInFlight : defaultMaxInFlight;
}

void StatsSampler::retainOnly(const QStringList& ids)
{
    for (auto it = m_previous.begin(); it != m_previous.end();) {
        if (ids.contains(it.key()))
            ++it;
        else
            it = m_previous.erase(it);
    }
}

void StatsSampler::startNext()
{
    if (m_current || m_queue.empty())
        return;
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    pump();
}

void StatsSampler::pump()
{
    const std::shared_ptr<Pending> p = m_current;
    const int limit = maxInFlight();
    while (p->inFlight < limit && p->next < p->ids.size()) {
        const QString id = p->ids.at(p->next++);
        ++p->inFlight;
        m_engine.containerStats(
            id, StatsMode::OneShot, this, [this, p, id](const EngineResult<StatsSample>& r) {
                --p->inFlight;
                if (r.ok()) {
                    StatsSample sample = r.value;
                    const auto prev = m_previous.constFind(id);
                    StatsMath::apply(sample, prev == m_previous.cend() ? nullptr : &*prev);
                    if (sample.hasCounters)
                        m_previous.insert(id, sample);
                    p->round.samples.insert(id, sample);
                } else {
                    p->round.errors.insert(id, r.error);
                }
                pump();
            });
    }
    if (p->inFlight > 0 || p->next < p->ids.size())
        return;
    m_current.reset();
    if (!p->hasContext || p->context)
        p->done(p->round);
    startNext();
}

} // namespace bdm::engine
