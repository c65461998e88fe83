#include "boinc/TaskJson.h"

#include "boinc/TaskStatus.h"

namespace bdm::boinc {
namespace {

Json intOrNull(bool present, int value)
{
    return present ? Json(value) : Json(nullptr);
}

Json textOrNull(const QString& s)
{
    return s.isEmpty() ? Json(nullptr) : Json(utf8(s));
}

Json engineOrNull(EngineType type)
{
    return type == EngineType::None ? Json(nullptr) : Json(utf8(engineTypeName(type)));
}

Json gpuToJson(const Gpu& g)
{
    return Json{{"type", utf8(g.type)},
                {"name", utf8(g.name)},
                {"count", g.count},
                {"available_ram", g.availableRam},
                {"peak_flops", g.peakFlops},
                {"cuda_version", utf8(g.cudaVersionText())},
                {"driver_version", utf8(g.driverVersionText())},
                {"have_cuda", g.haveCuda},
                {"have_opencl", g.haveOpenCl},
                {"opencl_driver_version", utf8(g.openClDriverVersion)}};
}

Json distroToJson(const WslDistro& d)
{
    Json gpus = Json::array();
    for (const WslGpu& g : d.gpus)
        gpus.push_back(Json{{"name", utf8(g.name)}, {"has_cuda", g.hasCuda}, {"has_opencl", g.hasOpenCl}});
    return Json{{"name", utf8(d.name)},
                {"os_name", utf8(d.osName)},
                {"os_version", utf8(d.osVersion)},
                {"wsl_version", d.wslVersion},
                {"distro_version", d.distroVersion},
                {"is_default", d.isDefault},
                {"disallowed", d.disallowed},
                {"libc_version", utf8(d.libcVersion)},
                {"docker_version", textOrNull(d.dockerVersion)},
                {"docker_type", engineOrNull(d.dockerType)},
                {"docker_compose_version", textOrNull(d.compose.version)},
                {"gpus", gpus}};
}

} // namespace

Json taskToJson(const Result& r, const CcStatus& status)
{
    const bool active = r.activeTask.has_value();
    const ActiveTask a = r.activeTask.value_or(ActiveTask{});
    // Appended in place: an initializer list deep-copies every value, which dominated the time of
    // `tasks --json` for thousands of tasks. The keys are fixed and unique, so no lookup is needed.
    Json o = Json::object();
    auto& fields = o.get_ref<Json::object_t&>();
    fields.reserve(22);
    const auto put = [&fields](const char* key, Json value) {
        fields.Container::emplace_back(key, std::move(value));
    };
    put("project_url", utf8(r.projectUrl));
    put("project_name", utf8(r.projectName));
    put("name", utf8(r.name));
    put("wu_name", utf8(r.wuName));
    put("app_name", utf8(r.appName));
    put("plan_class", utf8(r.planClass));
    put("state", r.state);
    put("active_task_state", intOrNull(active, a.activeTaskState));
    put("scheduler_state", intOrNull(active, a.schedulerState));
    put("status", utf8(taskStatusText(r, status)));
    put("fraction_done", active ? a.fractionDone : (r.state >= ResultComputeError ? 1.0 : 0.0));
    put("elapsed_time", active ? a.elapsedTime : r.finalElapsedTime);
    put("cpu_time", active ? a.currentCpuTime : r.finalCpuTime);
    put("remaining_time", r.estimatedRemaining);
    put("report_deadline", r.reportDeadline);
    put("slot", intOrNull(active && a.slot >= 0, a.slot));
    put("pid", intOrNull(active && a.pid > 0, a.pid));
    put("resources", utf8(r.resources));
    put("suspended_via_gui", r.suspendedViaGui);
    put("uses_container", r.usesContainer());
    put("working_set_size", active ? a.workingSetSizeSmoothed : 0.0);
    put("container", nullptr);
    return o;
}

Json hostInfoToJson(const HostInfo& h)
{
    const QStringList features = h.cpuFeatures.split(QLatin1Char(' '));
    Json o{{"domain_name", utf8(h.domainName)},
           {"ip_addr", utf8(h.ipAddress)},
           {"os_name", utf8(h.osName)},
           {"os_version", utf8(h.osVersion)},
           {"libc_version", utf8(h.libcVersion())},
           {"p_ncpus", h.cpuCount},
           {"p_vendor", utf8(h.cpuVendor)},
           {"p_model", utf8(h.cpuModel)},
           {"virtualization",
            features.contains(QLatin1String("vmx")) || features.contains(QLatin1String("svm"))},
           {"vm_extensions_disabled", h.vmExtensionsDisabled},
           {"m_nbytes", h.memoryBytes},
           {"m_swap", h.swapBytes},
           {"d_total", h.diskTotal},
           {"d_free", h.diskFree},
           {"docker_version", textOrNull(h.dockerVersion)},
           {"docker_type", engineOrNull(h.dockerType)},
           {"docker_compose_version", textOrNull(h.compose.version)},
           {"docker_compose_type", engineOrNull(h.compose.type)},
           {"has_container_engine", h.hasContainerEngine()}};
    if (h.hasWslBlock || h.isWindows()) {
        Json distros = Json::array();
        for (const WslDistro& d : h.wslDistros)
            distros.push_back(distroToJson(d));
        o["wsl_distros"] = distros;
    }
    o["virtualbox_version"] = utf8(h.virtualboxVersion);
    Json gpus = Json::array();
    for (const Gpu& g : h.gpus)
        gpus.push_back(gpuToJson(g));
    o["gpus"] = gpus;
    return o;
}

} // namespace bdm::boinc
