#pragma once

#include "engine/StatsSample.h"

#include <optional>

// The arithmetic of `docker stats` (docker/cli cli/command/container/stats_helpers.go), so our
// numbers match what users see there and what BOINC's docker_wrapper reports.
namespace bdm::engine::StatsMath {

// (Δ total_usage / Δ system_cpu_usage) × online_cpus × 100, where online_cpus falls back to
// len(percpu_usage). 0 when either delta is not positive (e.g. a paused container); empty when
// `before` is empty (a one-shot reading's precpu_stats), as there is nothing to compare.
std::optional<double> cpuPercent(const CpuCounters& now, const CpuCounters& before);

// usage − total_inactive_file on cgroup v1 (the key is present there), usage − inactive_file on
// cgroup v2; plain usage when the subtraction would go negative.
quint64 memoryBytes(const MemoryCounters& memory);

// Fills sample.cpuPercent and sample.memoryBytes. CPU % is measured against `previous` (our own
// earlier reading of the container) when given, else against the reading's precpu_stats: a
// one-shot reading from Docker leaves precpu empty, and Podman fills it with a reading taken a
// moment before, which is too short an interval to mean much. Readings of the CLI fallback,
// which carry no counters, are left as they are.
void apply(StatsSample& sample, const StatsSample* previous = nullptr);

} // namespace bdm::engine::StatsMath
