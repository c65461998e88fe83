#include "boinc/TaskJson.h"

#include "boinc/TaskStatus.h"

#include <QJsonArray>

namespace bdm::boinc {
namespace {

QJsonValue intOrNull(bool present, int value)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject gpuToJson(const Gpu& g)
{
    QJsonObject o;
    o[QStringLiteral("type")] = g.type;
    o[QStringLiteral("name")] = g.name;
    o[QStringLiteral("count")] = g.count;
    o[QStringLiteral("available_ram")] = g.availableRam;
    o[QStringLiteral("peak_flops")] = g.peakFlops;
    o[QStringLiteral("cuda_version")] = g.cudaVersionText();
    o[QStringLiteral("driver_version")] = g.driverVersionText();
    o[QStringLiteral("have_cuda")] = g.haveCuda;
    o[QStringLiteral("have_opencl")] = g.haveOpenCl;
    o[QStringLiteral("opencl_driver_version")] = g.openClDriverVersion;
    return o;
}

QJsonObject distroToJson(const WslDistro& d)
{
    QJsonObject o;
    o[QStringLiteral("name")] = d.name;
    o[QStringLiteral("os_name")] = d.osName;
    o[QStringLiteral("os_version")] = d.osVersion;
    o[QStringLiteral("wsl_version")] = d.wslVersion;
    o[QStringLiteral("distro_version")] = d.distroVersion;
    o[QStringLiteral("is_default")] = d.isDefault;
    o[QStringLiteral("disallowed")] = d.disallowed;
    o[QStringLiteral("libc_version")] = d.libcVersion;
    o[QStringLiteral("docker_version")] = d.dockerVersion;
    o[QStringLiteral("docker_type")] = engineTypeName(d.dockerType);
    o[QStringLiteral("docker_compose_version")] = d.compose.version;
    QJsonArray gpus;
    for (const WslGpu& g : d.gpus) {
        gpus.append(QJsonObject{{QStringLiteral("name"), g.name},
                                {QStringLiteral("has_cuda"), g.hasCuda},
                                {QStringLiteral("has_opencl"), g.hasOpenCl}});
    }
    o[QStringLiteral("gpus")] = gpus;
    return o;
}

} // namespace

QJsonObject taskToJson(const Result& r, const CcStatus& status)
{
    const bool active = r.activeTask.has_value();
    const ActiveTask a = r.activeTask.value_or(ActiveTask{});
    QJsonObject o;
    o[QStringLiteral("project_url")] = r.projectUrl;
    o[QStringLiteral("project_name")] = r.projectName;
    o[QStringLiteral("name")] = r.name;
    o[QStringLiteral("wu_name")] = r.wuName;
    o[QStringLiteral("app_name")] = r.appName;
    o[QStringLiteral("plan_class")] = r.planClass;
    o[QStringLiteral("state")] = r.state;
    o[QStringLiteral("active_task_state")] = intOrNull(active, a.activeTaskState);
    o[QStringLiteral("scheduler_state")] = intOrNull(active, a.schedulerState);
    o[QStringLiteral("status")] = taskStatusText(r, status);
    o[QStringLiteral("fraction_done")] = active ? a.fractionDone : (r.state >= ResultComputeError ? 1.0 : 0.0);
    o[QStringLiteral("elapsed_time")] = active ? a.elapsedTime : r.finalElapsedTime;
    o[QStringLiteral("cpu_time")] = active ? a.currentCpuTime : r.finalCpuTime;
    o[QStringLiteral("remaining_time")] = r.estimatedRemaining;
    o[QStringLiteral("report_deadline")] = r.reportDeadline;
    o[QStringLiteral("slot")] = intOrNull(active && a.slot >= 0, a.slot);
    o[QStringLiteral("pid")] = intOrNull(active && a.pid > 0, a.pid);
    o[QStringLiteral("resources")] = r.resources;
    o[QStringLiteral("suspended_via_gui")] = r.suspendedViaGui;
    o[QStringLiteral("uses_container")] = r.usesContainer();
    o[QStringLiteral("working_set_size")] = active ? a.workingSetSizeSmoothed : 0.0;
    o[QStringLiteral("container")] = QJsonValue(QJsonValue::Null);
    return o;
}

QJsonObject hostInfoToJson(const HostInfo& h)
{
    QJsonObject o;
    o[QStringLiteral("domain_name")] = h.domainName;
    o[QStringLiteral("ip_addr")] = h.ipAddress;
    o[QStringLiteral("os_name")] = h.osName;
    o[QStringLiteral("os_version")] = h.osVersion;
    o[QStringLiteral("libc_version")] = h.libcVersion();
    o[QStringLiteral("p_ncpus")] = h.cpuCount;
    o[QStringLiteral("p_vendor")] = h.cpuVendor;
    o[QStringLiteral("p_model")] = h.cpuModel;
    o[QStringLiteral("virtualization")] = h.cpuFeatures.split(QLatin1Char(' ')).contains(QLatin1String("vmx")) ||
                                          h.cpuFeatures.split(QLatin1Char(' ')).contains(QLatin1String("svm"));
    o[QStringLiteral("vm_extensions_disabled")] = h.vmExtensionsDisabled;
    o[QStringLiteral("m_nbytes")] = h.memoryBytes;
    o[QStringLiteral("m_swap")] = h.swapBytes;
    o[QStringLiteral("d_total")] = h.diskTotal;
    o[QStringLiteral("d_free")] = h.diskFree;
    o[QStringLiteral("docker_version")] = h.dockerVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.dockerVersion);
    o[QStringLiteral("docker_type")] = h.dockerType == EngineType::None ? QJsonValue(QJsonValue::Null)
                                                                         : QJsonValue(engineTypeName(h.dockerType));
    o[QStringLiteral("docker_compose_version")] =
        h.compose.version.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.compose.version);
    o[QStringLiteral("docker_compose_type")] = h.compose.type == EngineType::None ? QJsonValue(QJsonValue::Null)
                                                                                  : QJsonValue(engineTypeName(h.compose.type));
    o[QStringLiteral("has_container_engine")] = h.hasContainerEngine();
    if (h.hasWslBlock || h.isWindows()) {
        QJsonArray distros;
        for (const WslDistro& d : h.wslDistros)
            distros.append(distroToJson(d));
        o[QStringLiteral("wsl_distros")] = distros;
    }
    o[QStringLiteral("virtualbox_version")] = h.virtualboxVersion;
    QJsonArray gpus;
    for (const Gpu& g : h.gpus)
        gpus.append(gpuToJson(g));
    o[QStringLiteral("gpus")] = gpus;
    return o;
}

} // namespace bdm::boinc
