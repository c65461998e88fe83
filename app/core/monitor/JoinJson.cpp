#include "monitor/JoinJson.h"

#include "engine/EngineJson.h"

namespace bdm::monitor::JoinJson {
namespace {

Json timeOrNull(const QDateTime& t)
{
    return t.isValid() ? Json(t.toUTC().toString(Qt::ISODate).toStdString()) : Json(nullptr);
}

} // namespace

Json container(const engine::ContainerSummary& summary, const engine::ContainerDetails* details,
               const engine::StatsSample* stats)
{
    const Json full = engine::containerToJson(summary, details, stats);
    return Json{{"id", full["id"]},
                {"name", full["name"]},
                {"state", full["state"]},
                {"image", full["image"]},
                {"cpu_percent", full["cpu_percent"]},
                {"memory_bytes", full["memory_bytes"]}};
}

Json task(const boinc::Result& task)
{
    return Json{{"project_url", task.projectUrl.toStdString()}, {"name", task.name.toStdString()}};
}

Json historyRecord(const TaskHistoryRecord& r)
{
    return Json{{"id", r.id},
                {"host", r.host.toStdString()},
                {"project_url", r.projectUrl.toStdString()},
                {"result_name", r.resultName.toStdString()},
                {"container_name", r.containerName.toStdString()},
                {"container_id", r.containerId.toStdString()},
                {"image", r.image.toStdString()},
                {"exit_code", r.exitCode ? Json(*r.exitCode) : Json(nullptr)},
                {"oom_killed", r.oomKilled},
                {"peak_memory_bytes", r.peakMemoryBytes},
                {"cpu_time", r.cpuTime},
                {"elapsed_time", r.elapsed},
                {"started_at", timeOrNull(r.startedAt)},
                {"finished_at", timeOrNull(r.finishedAt)},
                {"final_state", r.finalState ? Json(*r.finalState) : Json(nullptr)}};
}

} // namespace bdm::monitor::JoinJson
