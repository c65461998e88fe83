#pragma once

#include "boinc/Result.h"
#include "engine/ContainerDetails.h"
#include "engine/ContainerSummary.h"
#include "engine/StatsSample.h"
#include "monitor/TaskHistoryRecord.h"

#include <nlohmann/json.hpp>

namespace bdm::monitor {

using Json = nlohmann::ordered_json;

// The shapes the CLI prints for the join (and the GUI exports), in one place.
namespace JoinJson {

// A task's "container": {"id", "name", "state", "image", "cpu_percent", "memory_bytes"}, with the
// numbers computed as `containers --json` computes them (null when not running).
Json container(const engine::ContainerSummary& summary, const engine::ContainerDetails* details,
               const engine::StatsSample* stats);
// A container's "task": {"project_url", "name"}.
Json task(const boinc::Result& task);
// One row of `history --json`.
Json historyRecord(const TaskHistoryRecord& record);

} // namespace JoinJson
} // namespace bdm::monitor
