#include "boinc/ReplyParsers.h"

namespace bdm::boinc::parse {
namespace {

EngineType engineType(qint64 v)
{
    return v == 1 ? EngineType::Docker : v == 2 ? EngineType::Podman : EngineType::None;
}

// 8.2+ schema: <distro_name>, engine fields, <wsl_gpu>; <= 8.0: <name>, <version>, 0/1 is_default.
WslDistro wslDistro(const XmlElement& e)
{
    WslDistro d;
    d.name = e.has("distro_name") ? e.childText("distro_name") : e.childText("name");
    d.osName = e.childText("os_name");
    d.osVersion = e.has("os_version") ? e.childText("os_version") : e.childText("version");
    d.wslVersion = static_cast<int>(e.childInt("wsl_version"));
    d.distroVersion = static_cast<int>(e.childInt("distro_version"));
    d.isDefault = e.flag("is_default");
    d.disallowed = e.flag("disallowed");
    d.libcVersion = e.childText("libc_version");
    d.dockerVersion = e.childText("docker_version");
    d.dockerType = engineType(e.childInt("docker_type"));
    d.compose.version = e.childText("docker_compose_version");
    d.compose.type = engineType(e.childInt("docker_compose_type"));
    for (const XmlElement& g : e.children("wsl_gpu"))
        d.gpus.append(WslGpu{g.childText("name"), g.flag("has_cuda"), g.flag("has_opencl")});
    return d;
}

OpenClProps openClProps(const XmlElement& cl)
{
    return OpenClProps{cl.childText("opencl_device_version"), cl.childDouble("global_mem_size"),
                       cl.childDouble("double_fp_config") != 0};
}

void readOpenCl(const XmlElement& gpuElement, Gpu& gpu)
{
    const XmlElement cl = gpuElement.child("coproc_opencl");
    if (cl.isNull())
        return;
    gpu.openClDriverVersion = cl.childText("opencl_driver_version");
    gpu.openCl = openClProps(cl);
    if (gpu.name.isEmpty())
        gpu.name = cl.childText("name");
    if (gpu.computeMajor == 0)
        gpu.computeMajor = static_cast<int>(cl.childInt("nv_compute_capability_major"));
    if (gpu.computeMinor == 0)
        gpu.computeMinor = static_cast<int>(cl.childInt("nv_compute_capability_minor"));
}

Gpu gpu(const XmlElement& e, const QString& type)
{
    Gpu g;
    g.type = type.isEmpty() ? e.childText("type") : type;
    g.name = e.has("name") ? e.childText("name") : e.childText("model");
    g.count = static_cast<int>(e.childInt("count"));
    g.availableRam = e.childDouble("available_ram");
    g.peakFlops = e.childDouble("peak_flops");
    g.cudaVersion = static_cast<int>(e.childInt("cudaVersion"));
    g.driverVersion = static_cast<int>(e.childInt("drvVersion"));
    g.haveCuda = e.flag("have_cuda");
    g.haveOpenCl = e.flag("have_opencl");
    g.computeMajor = static_cast<int>(e.childInt("major"));
    g.computeMinor = static_cast<int>(e.childInt("minor"));
    g.totalGlobalMem = e.childDouble("totalGlobalMem");
    g.haveCal = e.flag("have_cal");
    g.calVersion = e.childText("CALVersion");
    g.calTarget = static_cast<int>(e.childInt("target"));
    g.atiRuntime = e.flag("atirt_detected");
    g.amdRuntime = e.flag("amdrt_detected");
    g.metalSupport = static_cast<int>(e.childInt("metal_support"));
    readOpenCl(e, g);
    return g;
}

} // namespace

HostInfo hostInfo(const XmlElement& e)
{
    HostInfo h;
    h.timezone = static_cast<int>(e.childInt("timezone"));
    h.domainName = e.childText("domain_name");
    h.ipAddress = e.childText("ip_addr");
    h.hostCpid = e.childText("host_cpid");
    h.cpuCount = static_cast<int>(e.childInt("p_ncpus"));
    h.cpuVendor = e.childText("p_vendor");
    h.cpuModel = e.childText("p_model");
    h.cpuFeatures = e.childText("p_features");
    h.cpuFlops = e.childDouble("p_fpops");
    h.cpuIops = e.childDouble("p_iops");
    h.vmExtensionsDisabled = e.flag("p_vm_extensions_disabled");
    h.memoryBytes = e.childDouble("m_nbytes");
    h.cacheBytes = e.childDouble("m_cache");
    h.swapBytes = e.childDouble("m_swap");
    h.diskTotal = e.childDouble("d_total");
    h.diskFree = e.childDouble("d_free");
    h.osName = e.childText("os_name");
    h.osVersion = e.childText("os_version");
    h.usableCoprocs = static_cast<int>(e.childInt("n_usable_coprocs"));
    h.dockerVersion = e.childText("docker_version");
    h.dockerType = engineType(e.childInt("docker_type"));
    h.compose.version = e.childText("docker_compose_version");
    h.compose.type = engineType(e.childInt("docker_compose_type"));
    h.productName = e.childText("product_name");
    h.virtualboxVersion = e.childText("virtualbox_version");

    if (const XmlElement wsl = e.child("wsl")) {
        h.hasWslBlock = true;
        for (const XmlElement& d : wsl.children("distro"))
            h.wslDistros.append(wslDistro(d));
    }
    h.wslAvailable = e.has("wsl_available") ? e.flag("wsl_available") : !h.wslDistros.isEmpty();

    if (const XmlElement coprocs = e.child("coprocs")) {
        for (const XmlElement& c : coprocs.children()) {
            const QByteArrayView n = c.name();
            if (n == "coproc_cuda")
                h.gpus.append(gpu(c, QStringLiteral("NVIDIA")));
            else if (n == "coproc_ati")
                h.gpus.append(gpu(c, QStringLiteral("ATI")));
            else if (n == "coproc_intel_gpu")
                h.gpus.append(gpu(c, QStringLiteral("intel_gpu")));
            else if (n == "coproc_apple_gpu")
                h.gpus.append(gpu(c, QStringLiteral("apple_gpu")));
            else if (n == "coproc")
                h.gpus.append(gpu(c, QString()));
        }
    }
    for (const XmlElement& p : e.children("opencl_cpu_prop"))
        h.openClCpus.append(openClProps(p.child("opencl_cpu_info")));
    return h;
}

} // namespace bdm::boinc::parse
