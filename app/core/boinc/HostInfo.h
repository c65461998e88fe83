#pragma once

#include <QList>
#include <QString>

namespace bdm::boinc {

// docker_type / docker_compose_type as the client reports them (lib/common_defs.h DOCKER_TYPE).
enum class EngineType
{
    None = 0,
    Docker = 1,
    Podman = 2
};
QString engineTypeName(EngineType type); // "docker", "podman" or "" for None

struct ComposeInfo
{
    QString version;
    EngineType type = EngineType::None;
};

// The OpenCL properties the scheduler's plan classes compare (lib/opencl_boinc.cpp).
struct OpenClProps
{
    QString deviceVersion;    // "OpenCL 3.0 CUDA"; AMD adds the runtime revision in brackets
    double globalMemSize = 0; // bytes
    bool doubleFp = false;    // double_fp_config != 0
};

struct WslGpu
{
    QString name; // nvidia, amd, intel
    bool hasCuda = false;
    bool hasOpenCl = false;
};

// One WSL distro from a Windows client's <wsl> block, in either schema (8.2+ or <= 8.0).
struct WslDistro
{
    QString name;
    QString osName;
    QString osVersion;
    int wslVersion = 0;
    int distroVersion = 0; // boinc-buda-runner's version; 0 when not reported
    bool isDefault = false;
    bool disallowed = false;
    QString libcVersion;
    QString dockerVersion;
    EngineType dockerType = EngineType::None;
    ComposeInfo compose;
    QList<WslGpu> gpus;
};

// One GPU type from <coprocs>: BOINC merges identical cards, so count may exceed 1.
struct Gpu
{
    QString type; // NVIDIA, ATI, intel_gpu, apple_gpu, or the type of a generic <coproc>
    QString name;
    int count = 0;
    double availableRam = 0; // bytes
    double peakFlops = 0;
    int cudaVersion = 0;   // e.g. 12040 for CUDA 12.4 (NVIDIA only)
    int driverVersion = 0; // e.g. 55054 for 550.54 (NVIDIA only)
    bool haveCuda = false;
    bool haveOpenCl = false;
    QString openClDriverVersion;
    int computeMajor = 0;
    int computeMinor = 0;
    double totalGlobalMem = 0; // bytes (NVIDIA); the scheduler's GPU RAM for CUDA classes
    OpenClProps openCl;
    // ATI/AMD: CAL runtime and the DLLs found; Apple: Metal support level.
    bool haveCal = false;
    QString calVersion;
    int calTarget = 0;
    bool atiRuntime = false;
    bool amdRuntime = false;
    int metalSupport = 0;

    QString cudaVersionText() const;   // "12.4", or "" when unknown
    QString driverVersionText() const; // "550.54", or "" when unknown
};

struct HostInfo
{
    int timezone = 0;
    QString domainName;
    QString ipAddress;
    QString hostCpid;
    int cpuCount = 0;
    QString cpuVendor;
    QString cpuModel;
    QString cpuFeatures;
    double cpuFlops = 0;
    double cpuIops = 0;
    bool vmExtensionsDisabled = false;
    double memoryBytes = 0;
    double cacheBytes = 0;
    double swapBytes = 0;
    double diskTotal = 0;
    double diskFree = 0;
    QString osName;
    QString osVersion;
    int usableCoprocs = 0;
    // Linux and macOS (8.2.0+): absent when the client found no working engine.
    QString dockerVersion;
    EngineType dockerType = EngineType::None;
    ComposeInfo compose;
    // Windows: distros; the old schema also says whether WSL is available at all.
    bool hasWslBlock = false;
    bool wslAvailable = false; // old schema's <wsl_available>; new schema: any distro listed
    QList<WslDistro> wslDistros;
    QString productName;
    QString virtualboxVersion;
    QList<Gpu> gpus;
    QList<OpenClProps> openClCpus; // <opencl_cpu_prop>: OpenCL platforms that run on the CPU

    bool isWindows() const { return osName.contains(QLatin1String("Windows"), Qt::CaseInsensitive); }
    bool isMac() const { return osName.contains(QLatin1String("Darwin"), Qt::CaseInsensitive); }
    // "Host has Docker" as the client and scheduler define it: top-level fields on Unix, any
    // distro with an engine on Windows.
    bool hasContainerEngine() const;
    // Windows: the first allowed WSL distro with Docker/Podman, or null.
    const WslDistro* engineDistro() const;
    // The libc version from os_version's "[...|libc 2.36]" suffix, if any.
    QString libcVersion() const;
};

} // namespace bdm::boinc
