#include "readiness/NvidiaLibraries.h"

#include "readiness/ReadinessTr.h"

#include <dlfcn.h>

namespace bdm::readiness {

namespace {

// The few NVML and CUDA driver declarations we use (no NVIDIA headers are installed); their
// ABI is stable and these are the versioned entry points nvml.h maps to.
using nvmlReturn_t = int;
using nvmlDevice_t = struct nvmlDevice_st*;
struct nvmlMemory_t
{
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};
using NvmlVoid = nvmlReturn_t (*)();
using NvmlString = nvmlReturn_t (*)(char*, unsigned int);
using NvmlInt = nvmlReturn_t (*)(int*);
using NvmlCount = nvmlReturn_t (*)(unsigned int*);
using NvmlHandle = nvmlReturn_t (*)(unsigned int, nvmlDevice_t*);
using NvmlDeviceString = nvmlReturn_t (*)(nvmlDevice_t, char*, unsigned int);
using NvmlMemory = nvmlReturn_t (*)(nvmlDevice_t, nvmlMemory_t*);
using NvmlErrorString = const char* (*)(nvmlReturn_t);
using CuInit = int (*)(unsigned int);
using CuInt = int (*)(int*);

// Closes the library however we leave.
class Library
{
public:
    explicit Library(const QString& name) : m_handle(::dlopen(name.toLocal8Bit().constData(), RTLD_NOW)) {}
    ~Library()
    {
        if (m_handle)
            ::dlclose(m_handle);
    }
    Library(const Library&) = delete;
    Library& operator=(const Library&) = delete;

    bool loaded() const { return m_handle != nullptr; }
    // The CUDA driver starts threads in cuInit that would run on in unmapped code.
    void keepLoaded() { m_handle = nullptr; }
    template <typename F> F symbol(const char* name) const
    {
        return m_handle ? reinterpret_cast<F>(::dlsym(m_handle, name)) : nullptr;
    }

private:
    void* m_handle;
};

QString dlError()
{
    const char* e = ::dlerror();
    return e ? QString::fromLocal8Bit(e) : QString();
}

QString nvmlFailure(const Library& lib, const char* call, nvmlReturn_t code)
{
    const auto errorString = lib.symbol<NvmlErrorString>("nvmlErrorString");
    const QString text = errorString ? QString::fromLatin1(errorString(code)) : QString::number(code);
    return QStringLiteral("%1: %2").arg(QLatin1String(call), text);
}

} // namespace

NvidiaLibraryFacts NvidiaLibraries::probe(const QString& nvmlLibrary, const QString& cudaLibrary)
{
    NvidiaLibraryFacts facts;
    probeNvml(nvmlLibrary, facts);
    probeCuda(cudaLibrary, facts);
    return facts;
}

QString NvidiaLibraries::cudaVersionText(int version)
{
    if (version <= 0)
        return {};
    return QStringLiteral("%1.%2").arg(version / 1000).arg((version % 1000) / 10);
}

void NvidiaLibraries::probeNvml(const QString& library, NvidiaLibraryFacts& facts)
{
    const Library lib(library);
    if (!lib.loaded()) {
        facts.nvmlError = Readiness::tr("%1 not found (%2)").arg(library, dlError());
        return;
    }
    const auto init = lib.symbol<NvmlVoid>("nvmlInit_v2");
    const auto shutdown = lib.symbol<NvmlVoid>("nvmlShutdown");
    if (!init || !shutdown) {
        facts.nvmlError = Readiness::tr("%1 has no nvmlInit_v2").arg(library);
        return;
    }
    if (const nvmlReturn_t rc = init(); rc != 0) {
        facts.nvmlError = nvmlFailure(lib, "nvmlInit_v2", rc);
        return;
    }
    facts.nvmlLoaded = true;
    char text[96] = {};
    if (const auto driver = lib.symbol<NvmlString>("nvmlSystemGetDriverVersion");
        driver && driver(text, sizeof text) == 0)
        facts.driverVersion = QString::fromLatin1(text);
    auto cuda = lib.symbol<NvmlInt>("nvmlSystemGetCudaDriverVersion_v2");
    if (!cuda)
        cuda = lib.symbol<NvmlInt>("nvmlSystemGetCudaDriverVersion");
    if (int v = 0; cuda && cuda(&v) == 0)
        facts.nvmlCudaVersion = v;
    const auto count = lib.symbol<NvmlCount>("nvmlDeviceGetCount_v2");
    const auto handle = lib.symbol<NvmlHandle>("nvmlDeviceGetHandleByIndex_v2");
    const auto name = lib.symbol<NvmlDeviceString>("nvmlDeviceGetName");
    const auto uuid = lib.symbol<NvmlDeviceString>("nvmlDeviceGetUUID");
    const auto memory = lib.symbol<NvmlMemory>("nvmlDeviceGetMemoryInfo");
    unsigned int n = 0;
    if (count && handle && count(&n) == 0) {
        for (unsigned int i = 0; i < n && i < 64; ++i) {
            nvmlDevice_t device = nullptr;
            if (handle(i, &device) != 0)
                continue;
            NvidiaGpu gpu;
            gpu.index = static_cast<int>(i);
            if (name && name(device, text, sizeof text) == 0)
                gpu.name = QString::fromUtf8(text);
            if (uuid && uuid(device, text, sizeof text) == 0)
                gpu.uuid = QString::fromLatin1(text);
            if (nvmlMemory_t m = {}; memory && memory(device, &m) == 0)
                gpu.memoryBytes = static_cast<qint64>(m.total);
            facts.gpus.append(gpu);
        }
    }
    shutdown();
}

void NvidiaLibraries::probeCuda(const QString& library, NvidiaLibraryFacts& facts)
{
    Library lib(library);
    if (!lib.loaded()) {
        facts.cudaError = Readiness::tr("%1 not found (%2)").arg(library, dlError());
        return;
    }
    const auto init = lib.symbol<CuInit>("cuInit");
    const auto version = lib.symbol<CuInt>("cuDriverGetVersion");
    const auto count = lib.symbol<CuInt>("cuDeviceGetCount");
    if (!init || !version || !count) {
        facts.cudaError =
            Readiness::tr("%1 lacks cuInit, cuDriverGetVersion or cuDeviceGetCount").arg(library);
        return;
    }
    facts.cudaLoaded = true;
    // cuDriverGetVersion works without cuInit; the device count needs it.
    if (int v = 0; version(&v) == 0)
        facts.cudaVersion = v;
    const int rc = init(0);
    lib.keepLoaded();
    if (rc != 0) {
        facts.cudaError = Readiness::tr("cuInit failed with CUDA error %1").arg(rc);
        return;
    }
    if (int n = 0; count(&n) == 0)
        facts.cudaDevices = n;
}

} // namespace bdm::readiness
