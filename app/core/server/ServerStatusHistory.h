#pragma once

#include "server/ServerStatus.h"

#include <QDateTime>
#include <QList>

namespace bdm::server {

// A project's queues over time, for a chart: a fixed-size ring, the oldest reading dropped first.
class ServerStatusHistory
{
public:
    struct Sample
    {
        QDateTime time; // the page's update_time, else when it was read
        double readyToSend = 0;
        double inProgress = 0;
        double waitingForValidation = 0;
        double waitingForAssimilation = 0;
    };

    // A day of readings at one a minute.
    static constexpr qsizetype defaultCapacity = 24 * 60;

    explicit ServerStatusHistory(qsizetype capacity = defaultCapacity);

    // False when the reading was not kept: the same update_time as the last one (older servers
    // rewrite the page every few minutes, and a second read of it is not a new point).
    bool add(const ServerStatus& status, const QDateTime& readAt);
    QList<Sample> samples() const; // oldest first
    qsizetype size() const { return m_ring.size(); }
    qsizetype capacity() const { return m_capacity; }
    void clear();

private:
    qsizetype m_capacity;
    QList<Sample> m_ring;
    qsizetype m_next = 0; // where the next sample goes once the ring is full
    QDateTime m_lastUpdate;
};

} // namespace bdm::server
