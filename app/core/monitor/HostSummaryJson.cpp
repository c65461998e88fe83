#include "monitor/HostSummaryJson.h"

namespace bdm::monitor {
namespace {

boinc::Json textOrNull(const QString& s)
{
    return s.isEmpty() ? boinc::Json() : boinc::Json(boinc::utf8(s));
}

boinc::Json numberOrNull(const std::optional<int>& n)
{
    return n ? boinc::Json(*n) : boinc::Json();
}

} // namespace

boinc::Json hostSummaryToJson(const HostSummary& s)
{
    const bool engine = s.engineType != boinc::EngineType::None || !s.engineVersion.isEmpty();
    return boinc::Json{
        {"name", boinc::utf8(s.name)},
        {"address", boinc::utf8(s.address)},
        {"state", boinc::utf8(boinc::connectionStateName(s.state))},
        {"client_version", textOrNull(s.clientVersion)},
        {"tasks_running", numberOrNull(s.tasksRunning)},
        {"container_tasks", numberOrNull(s.containerTasksRunning)},
        {"docker_version", textOrNull(s.engineVersion)},
        {"docker_type", engine ? textOrNull(boinc::engineTypeName(s.engineType)) : boinc::Json()}};
}

} // namespace bdm::monitor
