#include "monitor/StatsHistory.h"

#include <QSet>
#include <algorithm>

namespace bdm::monitor {

StatsHistory::StatsHistory(int intervalMs, int windowSeconds)
    : m_capacity(
          std::max(2, (windowSeconds * 1000 + std::max(1, intervalMs) - 1) / std::max(1, intervalMs) + 1)),
      m_windowMs(qint64(windowSeconds) * 1000)
{}

const StatsPoint& StatsHistory::Ring::at(qsizetype i) const
{
    const auto capacity = static_cast<qsizetype>(points.size());
    return points[static_cast<size_t>((head - size + i + capacity) % capacity)];
}

void StatsHistory::append(const QString& containerId, const StatsPoint& point)
{
    Ring& ring = m_rings[containerId];
    if (ring.points.empty())
        ring.points.resize(static_cast<size_t>(m_capacity));
    ring.points[static_cast<size_t>(ring.head)] = point;
    ring.head = (ring.head + 1) % m_capacity;
    ring.size = std::min<qsizetype>(ring.size + 1, m_capacity);
}

QList<StatsPoint> StatsHistory::series(const QString& containerId) const
{
    const auto it = m_rings.constFind(containerId);
    if (it == m_rings.cend() || it->size == 0)
        return {};
    const qint64 newest = it->at(it->size - 1).timeMs;
    QList<StatsPoint> out;
    out.reserve(it->size);
    for (qsizetype i = 0; i < it->size; ++i) {
        const StatsPoint& p = it->at(i);
        // A ring filled at a faster pace than planned would otherwise reach further back.
        if (newest - p.timeMs <= m_windowMs)
            out.append(p);
    }
    return out;
}

std::optional<StatsPoint> StatsHistory::latest(const QString& containerId) const
{
    const auto it = m_rings.constFind(containerId);
    if (it == m_rings.cend() || it->size == 0)
        return std::nullopt;
    return it->at(it->size - 1);
}

quint64 StatsHistory::peakMemory(const QString& containerId) const
{
    quint64 peak = 0;
    for (const StatsPoint& p : series(containerId))
        peak = std::max(peak, p.memoryBytes);
    return peak;
}

void StatsHistory::retainOnly(const QStringList& containerIds)
{
    const QSet<QString> keep(containerIds.cbegin(), containerIds.cend());
    for (auto it = m_rings.begin(); it != m_rings.end();)
        it = keep.contains(it.key()) ? std::next(it) : m_rings.erase(it);
}

} // namespace bdm::monitor
