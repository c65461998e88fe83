#include "engine/EngineJson.h"

#include <cmath>

namespace bdm::engine {
namespace {

std::string utf8(const QString& s)
{
    return s.toStdString();
}

Json textOrNull(const QString& s)
{
    return s.isEmpty() ? Json(nullptr) : Json(utf8(s));
}

Json strings(const QStringList& list)
{
    Json out = Json::array();
    for (const QString& s : list)
        out.push_back(utf8(s));
    return out;
}

} // namespace

Json engineToJson(const EngineEndpoint& endpoint, const EngineVersion& version)
{
    return Json{{"endpoint", utf8(endpoint.toString())},
                {"type", textOrNull(engineTypeName(version.type))},
                {"version", textOrNull(version.version)},
                {"api_version", textOrNull(version.apiVersion)}};
}

Json candidateToJson(const EndpointCandidate& c)
{
    return Json{{"endpoint", utf8(c.endpoint.toString())},
                {"source", utf8(c.source)},
                {"outcome", utf8(EndpointCandidate::outcomeName(c.outcome))},
                {"detail", textOrNull(c.detail)},
                {"advice", textOrNull(c.advice)},
                {"type", textOrNull(engineTypeName(c.type))},
                {"server_version", textOrNull(c.serverVersion)},
                {"api_version", textOrNull(c.apiVersion)},
                {"boinc_containers", c.boincContainers >= 0 ? Json(c.boincContainers) : Json(nullptr)}};
}

Json infoToJson(const EngineInfo& i)
{
    Json runtimes = Json::object();
    for (auto it = i.runtimes.cbegin(); it != i.runtimes.cend(); ++it)
        runtimes[utf8(it.key())] = utf8(it.value());
    Json devices = Json::array();
    for (const DiscoveredDevice& d : i.discoveredDevices)
        devices.push_back(Json{{"source", utf8(d.source)}, {"id", utf8(d.id)}});
    return Json{{"operating_system", textOrNull(i.operatingSystem)},
                {"kernel_version", textOrNull(i.kernelVersion)},
                {"architecture", textOrNull(i.architecture)},
                {"cpus", i.cpus},
                {"memory_bytes", i.memoryBytes},
                {"storage_driver", textOrNull(i.storageDriver)},
                {"root_dir", textOrNull(i.rootDir)},
                {"cgroup_driver", textOrNull(i.cgroupDriver)},
                {"cgroup_version", textOrNull(i.cgroupVersion)},
                {"rootless", i.rootless},
                {"runtimes", runtimes},
                {"default_runtime", textOrNull(i.defaultRuntime)},
                {"gpu", Json{{"nvidia_runtime", i.hasNvidiaRuntime()},
                             {"cdi_spec_dirs", i.cdiSpecDirs ? strings(*i.cdiSpecDirs) : Json(nullptr)},
                             {"discovered_devices", devices},
                             {"cdi_gpus", strings(i.cdiGpuDevices())}}},
                {"containers", Json{{"total", i.containers},
                                    {"running", i.containersRunning},
                                    {"paused", i.containersPaused},
                                    {"stopped", i.containersStopped}}},
                {"images", i.images},
                {"warnings", strings(i.warnings)}};
}

Json containerToJson(const ContainerSummary& s, const ContainerDetails* d, const StatsSample* stats)
{
    const QString state = d && !d->state.status.isEmpty() ? d->state.status : s.state;
    Json exitCode = nullptr;
    if (d && state == QLatin1String("exited"))
        exitCode = d->state.exitCode;
    else if (const std::optional<int> code = s.exitCodeFromStatus())
        exitCode = *code;
    const bool running = state == QLatin1String("running");
    Json cpu = nullptr;
    Json memory = nullptr;
    if (running && stats) {
        if (stats->cpuPercent)
            cpu = std::round(*stats->cpuPercent * 100.0) / 100.0;
        memory = stats->memoryBytes;
    }
    return Json{{"id", utf8(s.id)},
                {"name", utf8(s.name)},
                {"image", utf8(d && !d->image.isEmpty() ? d->image : s.image)},
                {"state", utf8(state)},
                {"exit_code", exitCode},
                {"started_at", d && d->state.hasStarted() ? Json(utf8(d->state.startedAt)) : Json(nullptr)},
                {"cpu_percent", cpu},
                {"memory_bytes", memory},
                {"task", nullptr}};
}

} // namespace bdm::engine
