#include "server/ServerStatusHistory.h"

#include <algorithm>

namespace bdm::server {

ServerStatusHistory::ServerStatusHistory(qsizetype capacity) : m_capacity(std::max<qsizetype>(capacity, 1))
{
    m_ring.reserve(m_capacity);
}

bool ServerStatusHistory::add(const ServerStatus& status, const QDateTime& readAt)
{
    if (status.updateTime.isValid() && status.updateTime == m_lastUpdate)
        return false;
    m_lastUpdate = status.updateTime;
    Sample s;
    s.time = status.updateTime.isValid() ? status.updateTime : readAt;
    s.readyToSend = status.count(QStringLiteral("results_ready_to_send"), 0);
    s.inProgress = status.count(QStringLiteral("results_in_progress"), 0);
    s.waitingForValidation = status.count(QStringLiteral("workunits_waiting_for_validation"), 0);
    s.waitingForAssimilation = status.count(QStringLiteral("workunits_waiting_for_assimilation"), 0);
    if (m_ring.size() < m_capacity) {
        m_ring.append(s);
    } else {
        m_ring[m_next] = s;
        m_next = (m_next + 1) % m_capacity;
    }
    return true;
}

QList<ServerStatusHistory::Sample> ServerStatusHistory::samples() const
{
    QList<Sample> ordered;
    ordered.reserve(m_ring.size());
    for (qsizetype i = 0; i < m_ring.size(); ++i)
        ordered.append(m_ring[(m_next + i) % m_ring.size()]);
    return ordered;
}

void ServerStatusHistory::clear()
{
    m_ring.clear();
    m_next = 0;
    m_lastUpdate = QDateTime();
}

} // namespace bdm::server
