#pragma once

#include "boinc/TaskJson.h"
#include "monitor/HostSummary.h"

namespace bdm::monitor {

// `hosts --json`'s shape for one host: {"name", "address", "state", "client_version",
// "tasks_running", "container_tasks", "docker_version", "docker_type"}, null where unknown.
boinc::Json hostSummaryToJson(const HostSummary& summary);

} // namespace bdm::monitor
