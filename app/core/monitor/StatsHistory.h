#pragma once

#include "monitor/StatsPoint.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace bdm::monitor {

// The recent CPU and memory of each container, for charts: one fixed-size ring per container,
// sized for `window` at the sampling interval, so appending never allocates once a ring exists
// and memory stays bounded however long the app runs.
class StatsHistory
{
public:
    static constexpr int defaultWindowSeconds = 600;
    static constexpr int defaultIntervalMs = 2000;

    explicit StatsHistory(int intervalMs = defaultIntervalMs, int windowSeconds = defaultWindowSeconds);

    int capacity() const { return m_capacity; }
    qint64 windowMs() const { return m_windowMs; }

    void append(const QString& containerId, const StatsPoint& point);
    // Oldest first; only the points within the window before the newest one.
    QList<StatsPoint> series(const QString& containerId) const;
    std::optional<StatsPoint> latest(const QString& containerId) const;
    // The highest memory reading still held.
    quint64 peakMemory(const QString& containerId) const;

    QStringList containers() const { return m_rings.keys(); }
    void remove(const QString& containerId) { m_rings.remove(containerId); }
    // Drops the rings of containers that are gone.
    void retainOnly(const QStringList& containerIds);

private:
    struct Ring
    {
        std::vector<StatsPoint> points; // capacity slots, allocated once
        qsizetype head = 0;             // where the next point goes
        qsizetype size = 0;
        const StatsPoint& at(qsizetype i) const; // 0 = oldest
    };

    int m_capacity;
    qint64 m_windowMs;
    QHash<QString, Ring> m_rings;
};

} // namespace bdm::monitor
