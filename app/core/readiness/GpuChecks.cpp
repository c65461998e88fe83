#include "readiness/GpuChecks.h"

#include "readiness/NvidiaLibraries.h"
#include "readiness/ReadinessTr.h"

#include <QLocale>
#include <algorithm>

namespace bdm::readiness {

namespace {

Check make(const char* id, CheckStatus status, const QString& summary, const QString& detail = {},
           const QString& fix = {})
{
    return Check{QString::fromLatin1(id), CheckGroup::Gpu, status, summary, detail, fix};
}

const QString toolkitGuide = QStringLiteral(
    "https://docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/install-guide.html");

bool nvidiaPresent(const LocalFacts& f)
{
    return !f.nvidiaGpus().isEmpty() || !f.devices.nvidiaKernelModule.isEmpty() ||
           f.devices.hasNvidiaNodes() || f.devices.hasVendor("0x10de");
}

QStringList gpuLines(const QList<NvidiaGpu>& gpus)
{
    QStringList lines;
    for (const NvidiaGpu& g : gpus)
        lines << QStringLiteral("%1: %2, %3, %4")
                     .arg(g.index)
                     .arg(g.name,
                          QLocale::c().formattedDataSize(g.memoryBytes, 1, QLocale::DataSizeIecFormat),
                          g.uuid);
    return lines;
}

void driver(const LocalFacts& f, CheckList& out)
{
    const QList<NvidiaGpu> gpus = f.nvidiaGpus();
    if (!gpus.isEmpty()) {
        const QString via = !f.nvidia.gpus.isEmpty() ? QStringLiteral("NVML") : QStringLiteral("nvidia-smi");
        out << make("gpu.nvidia.driver", CheckStatus::Pass,
                    Readiness::tr("NVIDIA driver %1, %n GPU(s) (%2)", nullptr, static_cast<int>(gpus.size()))
                        .arg(f.nvidiaDriver(), via),
                    gpuLines(gpus).join(QLatin1Char('\n')));
        return;
    }
    QStringList why;
    if (!f.nvidia.nvmlError.isEmpty())
        why << f.nvidia.nvmlError;
    if (!f.nvidiaSmi.error.isEmpty())
        why << QStringLiteral("nvidia-smi: ") + f.nvidiaSmi.error;
    if (nvidiaPresent(f))
        out << make(
            "gpu.nvidia.driver", CheckStatus::Fail,
            Readiness::tr("An NVIDIA GPU or kernel module is here, but the driver does not answer"),
            why.join(QLatin1Char('\n')),
            Readiness::tr("Load the driver (sudo modprobe nvidia) or reboot after a driver upgrade; if "
                          "that fails reinstall it: sudo apt install nvidia-driver"));
    else
        out << make("gpu.nvidia.driver", CheckStatus::Skip, Readiness::tr("No NVIDIA GPU or driver found"),
                    why.join(QLatin1Char('\n')));
}

void cuda(const LocalFacts& f, CheckList& out)
{
    const NvidiaLibraryFacts& n = f.nvidia;
    if (n.cudaLoaded && n.cudaDevices > 0) {
        out << make("gpu.nvidia.cuda", CheckStatus::Pass,
                    Readiness::tr("CUDA %1 driver API, %2 device(s): BOINC will see them")
                        .arg(NvidiaLibraries::cudaVersionText(n.cudaVersion))
                        .arg(n.cudaDevices));
        return;
    }
    if (!nvidiaPresent(f)) {
        out << make("gpu.nvidia.cuda", CheckStatus::Skip, Readiness::tr("No CUDA driver library"),
                    n.cudaError);
        return;
    }
    out << make("gpu.nvidia.cuda", CheckStatus::Fail,
                Readiness::tr("The CUDA driver library finds no GPU: BOINC will report none"), n.cudaError,
                Readiness::tr("Install the driver's CUDA library (Debian: sudo apt install libcuda1; other "
                              "systems: the NVIDIA driver package)"));
}

void nodes(const LocalFacts& f, CheckList& out)
{
    if (!nvidiaPresent(f))
        return;
    const QStringList& n = f.devices.nvidiaNodes;
    const bool uvm = n.contains(QLatin1String("/dev/nvidia-uvm"));
    const bool ctl = n.contains(QLatin1String("/dev/nvidiactl"));
    if (ctl && uvm)
        out << make("gpu.nvidia.devices", CheckStatus::Pass, Readiness::tr("NVIDIA device nodes are present"),
                    n.join(QStringLiteral(", ")));
    else
        out << make("gpu.nvidia.devices", CheckStatus::Warn,
                    Readiness::tr("NVIDIA device nodes are missing (%1)")
                        .arg(ctl ? QStringLiteral("/dev/nvidia-uvm") : QStringLiteral("/dev/nvidiactl")),
                    n.join(QStringLiteral(", ")), QStringLiteral("sudo nvidia-modprobe -u -c=0"));
}

void toolkit(const LocalFacts& f, CheckList& out)
{
    if (!nvidiaPresent(f))
        return;
    const LocalPrograms& p = f.programs;
    if (!p.toolkitVersion.isEmpty() || p.nvidiaContainerCli.found())
        out << make("gpu.nvidia.toolkit", CheckStatus::Pass,
                    p.toolkitVersion.isEmpty()
                        ? Readiness::tr("NVIDIA Container Toolkit (nvidia-container-cli)")
                        : Readiness::tr("NVIDIA Container Toolkit %1").arg(p.toolkitVersion));
    else
        out << make("gpu.nvidia.toolkit", CheckStatus::Fail,
                    Readiness::tr("The NVIDIA Container Toolkit is not installed: containers get no GPU"),
                    toolkitGuide, QStringLiteral("sudo apt install nvidia-container-toolkit"));
    if (f.engineInfo && f.engineInfo->rootless && f.devices.toolkitConfig && f.devices.noCgroups != true)
        out << make(
            "gpu.nvidia.no_cgroups", CheckStatus::Warn,
            Readiness::tr("Rootless engine, but the toolkit's no-cgroups is not set"),
            QStringLiteral("/etc/nvidia-container-runtime/config.toml"),
            QStringLiteral("sudo nvidia-ctk config --set nvidia-container-cli.no-cgroups --in-place"));
}

void wiring(const LocalFacts& f, CheckList& out)
{
    if (!nvidiaPresent(f))
        return;
    if (!f.engineInfo) {
        out << make("gpu.engine.wiring", CheckStatus::Skip,
                    Readiness::tr("The engine's GPU wiring is unknown: no engine answered"));
        return;
    }
    const engine::EngineInfo& i = *f.engineInfo;
    QStringList how;
    if (i.hasNvidiaRuntime())
        how << Readiness::tr("runtime nvidia (default: %1)").arg(i.defaultRuntime);
    if (!i.cdiGpuDevices().isEmpty())
        how << Readiness::tr("CDI devices %1").arg(i.cdiGpuDevices().join(QStringLiteral(", ")));
    if (how.isEmpty() && GpuChecks::engineWiring(f))
        how << Readiness::tr("Podman reads the CDI specs on disk");
    if (!how.isEmpty())
        out << make(
            "gpu.engine.wiring", CheckStatus::Pass,
            Readiness::tr("The engine can give GPUs to containers: %1").arg(how.join(QStringLiteral("; "))));
    else
        out << make("gpu.engine.wiring", CheckStatus::Fail,
                    Readiness::tr("The engine has neither the nvidia runtime nor CDI GPU devices"),
                    Readiness::tr("BOINC's docker_wrapper passes --gpus all; the engine must know NVIDIA's "
                                  "runtime hook or CDI devices."),
                    GpuChecks::wiringFix(f));
    if (i.cdiSpecDirs && i.cdiSpecDirs->isEmpty())
        out << make("gpu.engine.cdi", CheckStatus::Warn, Readiness::tr("CDI is off in the engine"),
                    Readiness::tr("The engine reports no CDI spec directories."),
                    Readiness::tr("Add \"features\": {\"cdi\": true} to /etc/docker/daemon.json, then: sudo "
                                  "systemctl restart docker"));
}

void cdi(const LocalFacts& f, CheckList& out)
{
    QStringList names;
    QStringList broken;
    for (const CdiSpec& s : f.cdiSpecs) {
        if (!s.error.isEmpty())
            broken << QStringLiteral("%1: %2").arg(s.path, s.error);
        else
            names << s.qualifiedNames();
    }
    const bool nvidia = nvidiaPresent(f);
    if (!broken.isEmpty())
        out << make("gpu.cdi.broken", CheckStatus::Warn,
                    Readiness::tr("%n CDI spec(s) cannot be used", nullptr, static_cast<int>(broken.size())),
                    broken.join(QLatin1Char('\n')),
                    nvidia ? QString::fromLatin1(GpuChecks::cdiGenerate) : QString());
    bool nvidiaSpec = false;
    for (const CdiSpec& s : f.cdiSpecs)
        nvidiaSpec = nvidiaSpec || (s.error.isEmpty() && s.isNvidiaGpu());
    if (!names.isEmpty())
        out << make("gpu.cdi.specs", nvidia && !nvidiaSpec ? CheckStatus::Warn : CheckStatus::Pass,
                    Readiness::tr("CDI devices on disk: %1").arg(names.join(QStringLiteral(", "))), {},
                    nvidia && !nvidiaSpec ? QString::fromLatin1(GpuChecks::cdiGenerate) : QString());
    else if (nvidia)
        out << make("gpu.cdi.specs",
                    f.engineType == engine::EngineType::Podman ? CheckStatus::Fail : CheckStatus::Warn,
                    Readiness::tr("No CDI spec for the NVIDIA GPUs"),
                    Readiness::tr("Podman gives GPUs to containers through CDI only; Docker 25+ can too."),
                    QString::fromLatin1(GpuChecks::cdiGenerate));
    const QList<CdiSpec> stale = GpuChecks::staleSpecs(f);
    for (const CdiSpec& s : stale)
        out << make("gpu.cdi.stale", CheckStatus::Warn,
                    Readiness::tr("%1 names other GPUs than the driver sees (stale after a driver upgrade?)")
                        .arg(s.path),
                    Readiness::tr("The spec names %1; the driver sees %n GPU(s).", nullptr,
                                  static_cast<int>(f.nvidiaGpus().size()))
                        .arg(s.devices.join(QStringLiteral(", "))),
                    QStringLiteral("sudo nvidia-ctk cdi generate --output=%1").arg(s.path));
    if (stale.isEmpty() && nvidiaSpec && !f.nvidiaGpus().isEmpty())
        out << make("gpu.cdi.stale", CheckStatus::Pass,
                    Readiness::tr("The CDI specs match the GPUs the driver sees"));
}

void otherVendors(const LocalFacts& f, CheckList& out)
{
    const GpuDevices& d = f.devices;
    if (d.amdKfd || d.hasVendor("0x1002")) {
        const bool groups =
            f.serviceUser.inGroup(QStringLiteral("video")) && f.serviceUser.inGroup(QStringLiteral("render"));
        out << make("gpu.amd", CheckStatus::Skip,
                    Readiness::tr("AMD GPU present: BOINC sends no container GPU work for AMD"),
                    Readiness::tr("/dev/kfd: %1; render nodes: %2; user %3 in video and render: %4")
                        .arg(d.amdKfd ? Readiness::tr("yes") : Readiness::tr("no"),
                             d.renderNodes.join(QStringLiteral(", ")), f.serviceUser.name,
                             groups ? Readiness::tr("yes") : Readiness::tr("no")),
                    groups ? QString()
                           : QStringLiteral("sudo usermod -aG video,render %1").arg(f.serviceUser.name));
    }
    if (d.hasVendor("0x8086"))
        out << make("gpu.intel", CheckStatus::Skip,
                    Readiness::tr("Intel GPU present: BOINC sends no container GPU work for Intel"),
                    d.renderNodes.join(QStringLiteral(", ")));
}

} // namespace

bool GpuChecks::engineWiring(const LocalFacts& f)
{
    if (!f.engineInfo)
        return false;
    if (f.engineInfo->hasNvidiaRuntime())
        return true;
    for (const QString& d : f.engineInfo->cdiGpuDevices()) {
        if (d.startsWith(QLatin1String("nvidia.com/gpu=")))
            return true;
    }
    if (f.engineType != engine::EngineType::Podman)
        return false;
    for (const CdiSpec& s : f.cdiSpecs) {
        if (s.error.isEmpty() && s.isNvidiaGpu())
            return true;
    }
    return false;
}

QString GpuChecks::wiringFix(const LocalFacts& f)
{
    if (f.engineType == engine::EngineType::Podman)
        return QString::fromLatin1(cdiGenerate);
    return QStringLiteral(
        "sudo nvidia-ctk runtime configure --runtime=docker; sudo systemctl restart docker");
}

QList<CdiSpec> GpuChecks::staleSpecs(const LocalFacts& f)
{
    const QList<NvidiaGpu> gpus = f.nvidiaGpus();
    QList<CdiSpec> stale;
    if (gpus.isEmpty())
        return stale;
    for (const CdiSpec& s : f.cdiSpecs) {
        if (!s.error.isEmpty() || !s.isNvidiaGpu())
            continue;
        bool missing = s.indexedDevices() < gpus.size();
        const bool namesUuids = std::any_of(s.devices.cbegin(), s.devices.cend(), [](const QString& d) {
            return d.startsWith(QLatin1String("GPU-"));
        });
        for (const NvidiaGpu& g : gpus)
            missing = missing || (namesUuids && !g.uuid.isEmpty() && !s.devices.contains(g.uuid));
        if (missing)
            stale << s;
    }
    return stale;
}

CheckList GpuChecks::build(const LocalFacts& f)
{
    CheckList out;
    driver(f, out);
    cuda(f, out);
    nodes(f, out);
    toolkit(f, out);
    wiring(f, out);
    cdi(f, out);
    otherVendors(f, out);
    return out;
}

} // namespace bdm::readiness
