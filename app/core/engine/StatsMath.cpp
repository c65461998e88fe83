#include "engine/StatsMath.h"

namespace bdm::engine::StatsMath {

std::optional<double> cpuPercent(const CpuCounters& now, const CpuCounters& before)
{
    if (before.isEmpty())
        return std::nullopt;
    // As docker does: float differences, so a counter that went backwards (container
    // restarted, engine restarted) gives a negative delta and hence 0, not a wrap-around.
    const double cpuDelta = static_cast<double>(now.totalUsage) - static_cast<double>(before.totalUsage);
    const double systemDelta = static_cast<double>(now.systemUsage) - static_cast<double>(before.systemUsage);
    double online = now.onlineCpus;
    if (online == 0.0)
        online = now.percpuCount;
    if (systemDelta > 0.0 && cpuDelta > 0.0)
        return (cpuDelta / systemDelta) * online * 100.0;
    return 0.0;
}

quint64 memoryBytes(const MemoryCounters& m)
{
    if (m.totalInactiveFile) {
        if (*m.totalInactiveFile < m.usage)
            return m.usage - *m.totalInactiveFile;
        return m.usage;
    }
    const quint64 inactive = m.inactiveFile.value_or(0);
    return inactive < m.usage ? m.usage - inactive : m.usage;
}

void apply(StatsSample& sample, const StatsSample* previous)
{
    if (!sample.hasCounters)
        return;
    sample.memoryBytes = memoryBytes(sample.memory);
    if (previous && previous->hasCounters && !previous->cpu.isEmpty())
        sample.cpuPercent = cpuPercent(sample.cpu, previous->cpu);
    else
        sample.cpuPercent = cpuPercent(sample.cpu, sample.precpu); // empty when precpu is
}

} // namespace bdm::engine::StatsMath
