#pragma once

#include <QString>
#include <optional>

namespace bdm::engine {

// The CPU counters of one stats reading (cpu_stats or precpu_stats).
struct CpuCounters
{
    quint64 totalUsage = 0;  // cpu_usage.total_usage, ns
    quint64 systemUsage = 0; // system_cpu_usage, ns summed over all CPUs (Linux)
    int onlineCpus = 0;      // online_cpus; 0 when the engine leaves it out
    int percpuCount = 0;     // len(percpu_usage): docker's fallback for online_cpus (absent on cgroup v2)

    // A one-shot reading's precpu_stats is all zeros: there is nothing to subtract.
    bool isEmpty() const { return totalUsage == 0 && systemUsage == 0; }
};

struct MemoryCounters
{
    quint64 usage = 0;
    quint64 limit = 0;
    std::optional<quint64> totalInactiveFile; // stats.total_inactive_file: present on cgroup v1 only
    std::optional<quint64> inactiveFile;      // stats.inactive_file
};

// One reading of GET /containers/{id}/stats. Engines that only give percentages (the CLI
// fallback) fill cpuPercent/memoryBytes directly and leave hasCounters false.
struct StatsSample
{
    QString id;
    QString name; // without the leading '/'
    QString read; // RFC 3339 time of the reading
    bool hasCounters = false;
    CpuCounters cpu;
    CpuCounters precpu;
    MemoryCounters memory;
    qint64 pids = 0;

    // Filled by StatsMath (or given by the CLI): docker stats' "CPU %" (100 = one CPU busy)
    // and "MEM USAGE" in bytes. cpuPercent is empty until two readings are known.
    std::optional<double> cpuPercent;
    quint64 memoryBytes = 0;
};

} // namespace bdm::engine
