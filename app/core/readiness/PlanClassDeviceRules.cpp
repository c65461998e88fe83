#include "readiness/PlanClassRules.h"
#include "readiness/ReadinessTr.h"
#include "readiness/SchedulerNumbers.h"

#include <QRegularExpression>
#include <algorithm>

namespace bdm::readiness::rules {
namespace {

constexpr double mega = 1024.0 * 1024.0; // BOINC's MEGA

const boinc::Gpu* gpuOfType(const boinc::HostInfo& host, const QString& type)
{
    for (const boinc::Gpu& g : host.gpus) {
        if (g.type == type && g.count > 0)
            return &g;
    }
    return nullptr;
}

// check_wsl_gpu(): some distro lists this GPU with the support the class needs.
bool wslHasGpu(const PlanClassSpec& spec, const boinc::HostInfo& host, const QString& name)
{
    for (const boinc::WslDistro& d : host.wslDistros) {
        for (const boinc::WslGpu& g : d.gpus) {
            if (g.name == name && ((spec.cuda && g.hasCuda) || (spec.opencl && g.hasOpenCl)))
                return true;
        }
    }
    return false;
}

Outcome wslGpu(const PlanClassSpec& spec, const boinc::HostInfo& host, const QString& name,
               const QString& words)
{
    if (!spec.docker || !host.osName.contains(QLatin1String("Windows")) || wslHasGpu(spec, host, name))
        return {};
    return Refusal{QStringLiteral("gpu_type"),
                   Readiness::tr("%1 not supported in WSL (no WSL distro reports a '%2' GPU with %3)")
                       .arg(words, name, spec.cuda ? QStringLiteral("CUDA") : QStringLiteral("OpenCL"))};
}

Outcome openClCheck(const PlanClassSpec& spec, const boinc::OpenClProps& cl)
{
    const int v = scheduler::openClVersion(cl.deviceVersion);
    const int rev = scheduler::openClDriverRevision(cl.deviceVersion);
    if (spec.minOpenclVersion && v && spec.minOpenclVersion > v)
        return Refusal{QStringLiteral("min_opencl_version"),
                       Readiness::tr("OpenCL device version required min: %1, supplied: %2 ('%3')")
                           .arg(spec.minOpenclVersion)
                           .arg(v)
                           .arg(cl.deviceVersion)};
    if (spec.maxOpenclVersion && v && spec.maxOpenclVersion < v)
        return Refusal{QStringLiteral("max_opencl_version"),
                       Readiness::tr("OpenCL device version required max: %1, supplied: %2 ('%3')")
                           .arg(spec.maxOpenclVersion)
                           .arg(v)
                           .arg(cl.deviceVersion)};
    if (spec.minOpenclDriverRevision && v && spec.minOpenclDriverRevision > rev)
        return Refusal{QStringLiteral("min_opencl_driver_revision"),
                       Readiness::tr("OpenCL driver revision required min: %1, supplied: %2")
                           .arg(spec.minOpenclDriverRevision)
                           .arg(rev)};
    if (spec.maxOpenclDriverRevision && v && spec.maxOpenclDriverRevision < rev)
        return Refusal{QStringLiteral("max_opencl_driver_revision"),
                       Readiness::tr("OpenCL driver revision required max: %1, supplied: %2")
                           .arg(spec.maxOpenclDriverRevision)
                           .arg(rev)};
    if (spec.doublePrecisionFp && !cl.doubleFp)
        return Refusal{QStringLiteral("double_precision_fp"),
                       Readiness::tr("Device (or driver) doesn't support double precision fp math")};
    return {};
}

// What the GPU-type step found, for the steps after it.
struct GpuPick
{
    const boinc::Gpu* gpu = nullptr;
    double ram = 0;
    int driverVersion = 0;
};

Outcome amd(const PlanClassSpec& spec, const boinc::HostInfo& host, GpuPick& pick)
{
    const boinc::Gpu* g = pick.gpu = gpuOfType(host, QStringLiteral("ATI"));
    const QString rule = QStringLiteral("gpu_type");
    if (!g)
        return Refusal{rule, Readiness::tr("No AMD GPUs found")};
    if (spec.needAtiLibs && !g->atiRuntime)
        return Refusal{QStringLiteral("need_ati_libs"), Readiness::tr("ATI libraries not found")};
    if (!spec.needAtiLibs && spec.needAmdLibs && !g->amdRuntime)
        return Refusal{QStringLiteral("need_amd_libs"), Readiness::tr("AMD libraries not found")};
    if (spec.withoutOpencl && g->haveOpenCl)
        return Refusal{QStringLiteral("without_opencl"),
                       Readiness::tr("OpenCL detected: this plan class is restricted to CAL-only GPUs")};
    if (spec.minCalTarget && g->calTarget < spec.minCalTarget)
        return Refusal{
            QStringLiteral("min_cal_target"),
            Readiness::tr("CAL target less than minimum (%1 < %2)").arg(g->calTarget).arg(spec.minCalTarget)};
    if (spec.maxCalTarget && g->calTarget > spec.maxCalTarget)
        return Refusal{QStringLiteral("max_cal_target"),
                       Readiness::tr("CAL target greater than maximum (%1 > %2)")
                           .arg(g->calTarget)
                           .arg(spec.maxCalTarget)};
    pick.ram = g->openCl.globalMemSize;
    if (g->haveCal) {
        pick.driverVersion = scheduler::calVersion(g->calVersion);
        if (!pick.driverVersion)
            return Refusal{rule, Readiness::tr("Driver version '%1' couldn't be parsed").arg(g->calVersion)};
    }
    return wslGpu(spec, host, QStringLiteral("amd"), Readiness::tr("AMD GPU"));
}

Outcome nvidia(const PlanClassSpec& spec, const boinc::HostInfo& host, GpuPick& pick)
{
    const boinc::Gpu* g = pick.gpu = gpuOfType(host, QStringLiteral("NVIDIA"));
    if (!g)
        return Refusal{QStringLiteral("gpu_type"), Readiness::tr("No NVIDIA GPUs found")};
    pick.driverVersion = g->driverVersion;
    const int cc = g->computeMajor * 100 + g->computeMinor;
    if (spec.minNvidiaCompcap && spec.minNvidiaCompcap > cc)
        return Refusal{QStringLiteral("min_nvidia_compcap"),
                       Readiness::tr("NVIDIA compute capability required min: %1, supplied: %2 (%3.%4)")
                           .arg(spec.minNvidiaCompcap)
                           .arg(cc)
                           .arg(g->computeMajor)
                           .arg(g->computeMinor)};
    if (spec.maxNvidiaCompcap && spec.maxNvidiaCompcap < cc)
        return Refusal{QStringLiteral("max_nvidia_compcap"),
                       Readiness::tr("CUDA compute capability required max: %1, supplied: %2 (%3.%4)")
                           .arg(spec.maxNvidiaCompcap)
                           .arg(cc)
                           .arg(g->computeMajor)
                           .arg(g->computeMinor)};
    if (spec.cuda && spec.minCudaVersion && spec.minCudaVersion > g->cudaVersion)
        return Refusal{QStringLiteral("min_cuda_version"),
                       Readiness::tr("CUDA version required min: %1, supplied: %2")
                           .arg(spec.minCudaVersion)
                           .arg(g->cudaVersion)};
    if (spec.cuda && spec.maxCudaVersion && spec.maxCudaVersion < g->cudaVersion)
        return Refusal{QStringLiteral("max_cuda_version"),
                       Readiness::tr("CUDA version required max: %1, supplied: %2")
                           .arg(spec.maxCudaVersion)
                           .arg(g->cudaVersion)};
    pick.ram = g->totalGlobalMem;
    return wslGpu(spec, host, QStringLiteral("nvidia"), Readiness::tr("NVIDIA GPU"));
}

Outcome otherGpu(const PlanClassSpec& spec, const boinc::HostInfo& host, GpuPick& pick)
{
    const QString& type = spec.gpuType;
    if (type.startsWith(QLatin1String("intel"))) {
        if (!(pick.gpu = gpuOfType(host, QStringLiteral("intel_gpu"))))
            return Refusal{QStringLiteral("gpu_type"), Readiness::tr("No Intel GPUs found")};
        return wslGpu(spec, host, QStringLiteral("intel"), Readiness::tr("Intel GPU"));
    }
    if (type == QLatin1String("apple")) {
        if (!(pick.gpu = gpuOfType(host, QStringLiteral("apple_gpu"))))
            return Refusal{QStringLiteral("gpu_type"), Readiness::tr("No Apple GPUs found")};
        if (spec.minMetalSupport && pick.gpu->metalSupport < spec.minMetalSupport)
            return Refusal{QStringLiteral("min_metal_support"),
                           Readiness::tr("Metal support level required min: %1, supplied: %2")
                               .arg(spec.minMetalSupport)
                               .arg(pick.gpu->metalSupport)};
        return {};
    }
    if (!spec.gpuTypeRegex.isEmpty()) {
        const QRegularExpression re(spec.gpuTypeRegex);
        for (const boinc::Gpu& g : host.gpus) {
            if (!pick.gpu && g.count > 0 && re.match(g.type).hasMatch())
                pick.gpu = &g;
        }
        if (!pick.gpu)
            return Refusal{QStringLiteral("gpu_type_regex"),
                           Readiness::tr("No GPU type matches gpu_type_regex '%1'").arg(spec.gpuTypeRegex)};
    } else if (!type.isEmpty()) {
        if (!(pick.gpu = gpuOfType(host, type)))
            return Refusal{QStringLiteral("gpu_type"), Readiness::tr("No %1 found").arg(type)};
    } else {
        return {};
    }
    return wslGpu(spec, host, pick.gpu->type, Readiness::tr("OpenCL %1 GPU").arg(pick.gpu->type));
}

Outcome gpuLimits(const PlanClassSpec& spec, const GpuPick& pick)
{
    if (spec.minGpuRamMb && spec.minGpuRamMb * mega > pick.ram)
        return Refusal{QStringLiteral("min_gpu_ram_mb"),
                       Readiness::tr("GPU RAM required min: %1 MB, supplied: %2 MB")
                           .arg(spec.minGpuRamMb)
                           .arg(pick.ram / mega, 0, 'f', 0)};
    const int drv = pick.driverVersion;
    if (spec.minDriverVersion && drv && spec.minDriverVersion > drv)
        return Refusal{QStringLiteral("min_driver_version"),
                       Readiness::tr("Driver version required min: %1, supplied: %2")
                           .arg(std::abs(spec.minDriverVersion))
                           .arg(drv)};
    if (spec.maxDriverVersion && drv && spec.maxDriverVersion < drv)
        return Refusal{QStringLiteral("max_driver_version"),
                       Readiness::tr("Driver version required max: %1, supplied: %2")
                           .arg(std::abs(spec.maxDriverVersion))
                           .arg(drv)};
    // Unknown peak FLOPS: the scheduler then treats the app like a CPU app and skips these.
    const double flops = pick.gpu->peakFlops;
    if (flops && spec.minGpuPeakFlops && flops < spec.minGpuPeakFlops)
        return Refusal{QStringLiteral("min_gpu_peak_flops"), Readiness::tr("GPU peak FLOPS too low (%1 < %2)")
                                                                 .arg(flops, 0, 'g', 4)
                                                                 .arg(spec.minGpuPeakFlops, 0, 'g', 4)};
    if (flops && spec.maxGpuPeakFlops && flops > spec.maxGpuPeakFlops)
        return Refusal{QStringLiteral("max_gpu_peak_flops"),
                       Readiness::tr("GPU peak FLOPS too high (%1 > %2)")
                           .arg(flops, 0, 'g', 4)
                           .arg(spec.maxGpuPeakFlops, 0, 'g', 4)};
    return {};
}

Outcome cpuMemory(const PlanClassSpec& spec, const PlanClassHost& h, bool canUseMulticore)
{
    if (spec.avgNcpus || !canUseMulticore || !spec.memUsagePerCpuMb)
        return {};
    const double usable = (h.host.memoryBytes > 0 ? h.host.memoryBytes : 0) * std::min(h.ramMaxUsedFrac, 1.0);
    const double needed =
        (spec.memUsageBaseMb + (spec.minNcpus ? spec.minNcpus : 1) * spec.memUsagePerCpuMb) * mega;
    if (needed <= usable)
        return {};
    return Refusal{
        QStringLiteral("mem_usage_per_cpu_mb"),
        Readiness::tr("Insufficient multicore RAM: the plan class needs %1 MB, BOINC may use %2 MB")
            .arg(needed / mega, 0, 'f', 0)
            .arg(usable / mega, 0, 'f', 0)};
}

} // namespace

Outcome devices(const PlanClassSpec& spec, const PlanClassHost& h, bool canUseMulticore)
{
    const boinc::HostInfo& host = h.host;
    GpuPick pick;
    Outcome o;
    if (spec.gpuType == QLatin1String("amd") || spec.gpuType == QLatin1String("ati"))
        o = amd(spec, host, pick);
    else if (spec.gpuType == QLatin1String("nvidia"))
        o = nvidia(spec, host, pick);
    else
        o = otherGpu(spec, host, pick);
    if (o)
        return o;
    if (spec.opencl) {
        if (pick.gpu) {
            if (!pick.gpu->haveOpenCl)
                return Refusal{QStringLiteral("opencl"), Readiness::tr("GPU doesn't support OpenCL")};
            if (Outcome cl = openClCheck(spec, pick.gpu->openCl))
                return cl;
            pick.ram = pick.gpu->openCl.globalMemSize;
        } else if (std::none_of(host.openClCpus.begin(), host.openClCpus.end(),
                                [&](const boinc::OpenClProps& p) { return !openClCheck(spec, p); })) {
            return Refusal{QStringLiteral("opencl"), Readiness::tr("CPU doesn't support OpenCL")};
        }
    }
    return pick.gpu ? gpuLimits(spec, pick) : cpuMemory(spec, h, canUseMulticore);
}

} // namespace bdm::readiness::rules
