#pragma once

#include <QtGlobal>
#include <cmath>

namespace bdm::monitor {

// One reading of a container for charts.
struct StatsPoint
{
    qint64 timeMs = 0;     // Unix milliseconds
    double cpuPercent = 0; // docker stats' CPU % (100 = one CPU); NaN before CPU % is known
    quint64 memoryBytes = 0;

    bool hasCpu() const { return !std::isnan(cpuPercent); }
};

} // namespace bdm::monitor
