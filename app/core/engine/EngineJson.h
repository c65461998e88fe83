#pragma once

#include "engine/ContainerDetails.h"
#include "engine/ContainerSummary.h"
#include "engine/EndpointCandidate.h"
#include "engine/EngineEndpoint.h"
#include "engine/EngineInfo.h"
#include "engine/EngineVersion.h"
#include "engine/StatsSample.h"

#include <nlohmann/json.hpp>

namespace bdm::engine {

// The JSON shapes `boinc-docker engine/containers --json` print (and the GUI exports), in one
// place. ordered_json keeps the documented field order.
using Json = nlohmann::ordered_json;

// {"endpoint", "type": "docker"|"podman", "version", "api_version"}
Json engineToJson(const EngineEndpoint& endpoint, const EngineVersion& version);
Json candidateToJson(const EndpointCandidate& candidate);
// Runtimes and the GPU-related facts: nvidia runtime, default runtime, CDI, devices, cgroups.
Json infoToJson(const EngineInfo& info);
// {"id", "name", "image", "state", "exit_code", "started_at", "cpu_percent", "memory_bytes",
//  "task"}; details and stats may be missing (null fields then).
Json containerToJson(const ContainerSummary& summary, const ContainerDetails* details,
                     const StatsSample* stats);

} // namespace bdm::engine
