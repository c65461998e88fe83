#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bdm::readiness {

// One <plan_class> of a project's plan_class_spec.xml, with every element the BOINC scheduler
// reads (sched/plan_class_spec.h). Defaults are the scheduler's; 0 means "no limit" wherever the
// scheduler treats it so. Regular expressions are kept as text: the judge compiles them.
struct PlanClassSpec
{
    QString name;
    QString gpuType; // nvidia, amd/ati, intel..., apple, or another coproc type
    bool cuda = false;
    bool cal = false;
    bool opencl = false;
    bool virtualbox = false;
    bool wsl = false;
    bool docker = false;
    int minBoincWslDistroVersion = 0;
    bool is64bit = false;
    QStringList cpuFeatures; // as written; the scheduler matches them whole-word, case-sensitively
    double minNcpus = 0;
    int maxThreads = 1;
    double memUsageBaseMb = 0;
    double memUsagePerCpuMb = 0;
    bool nthreadsCmdline = false;
    double projectedFlopsScale = 1;
    QString osRegex; // matched against os_version, not os_name
    QString cpuVendorRegex;
    QString cpuModelRegex;
    double minOsVersion = 0;
    double maxOsVersion = 0;
    int minAndroidVersion = 0;
    int maxAndroidVersion = 0;
    int minLibcVersion = 0; // major*100 + minor
    QString projectPrefsTag;
    QString projectPrefsRegex;
    bool projectPrefsDefaultTrue = false;
    double avgNcpus = 0;
    int minCoreClientVersion = 0; // major*10000 + minor*100 + release
    int maxCoreClientVersion = 0;
    int userId = 0;
    double infeasibleRandom = 0;
    qint64 minWuId = 0;
    qint64 maxWuId = 0;
    qint64 minBatch = 0;
    qint64 maxBatch = 0;

    // GPU classes
    double cpuFrac = 0.1;
    double minGpuRamMb = 0;
    double gpuRamUsedMb = 0;
    double gpuPeakFlopsScale = 1;
    double ngpus = 1;
    int minDriverVersion = 0;
    int maxDriverVersion = 0;
    QString gpuUtilizationTag;
    double minGpuPeakFlops = 0;
    double maxGpuPeakFlops = 0;
    QString gpuTypeRegex;

    // AMD/ATI
    bool needAtiLibs = false;
    bool needAmdLibs = false;
    int minCalTarget = 0;
    int maxCalTarget = 0;
    bool withoutOpencl = false;

    // NVIDIA and CUDA
    int minNvidiaCompcap = 0; // major*100 + minor
    int maxNvidiaCompcap = 0;
    int minCudaVersion = 0; // 12040 = CUDA 12.4
    int maxCudaVersion = 0;

    // OpenCL
    int minOpenclVersion = 0; // major*100 + minor
    int maxOpenclVersion = 0;
    int minOpenclDriverRevision = 0;
    int maxOpenclDriverRevision = 0;
    bool doublePrecisionFp = false;

    // Apple GPU
    int minMetalSupport = 0;

    // VirtualBox
    int minVboxVersion = 0; // major*10000 + minor*100 + release
    int maxVboxVersion = 0;
    QList<int> excludeVboxVersions;
    bool vmAccelRequired = false;

    // A regex element that does not compile: the scheduler then refuses to load the whole file.
    QString badRegex;

    int line = 0; // where the <plan_class> starts in the file; 0 when unknown

    bool isContainerClass() const { return docker || wsl; }
};

} // namespace bdm::readiness
