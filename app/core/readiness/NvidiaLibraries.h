#pragma once

#include "readiness/NvidiaGpu.h"

namespace bdm::readiness {

// Loads NVML and the CUDA driver library with dlopen and asks them what BOINC asks them.
// Slow (driver initialisation can take seconds): call on a worker thread only.
class NvidiaLibraries
{
public:
    static constexpr const char* nvmlName = "libnvidia-ml.so.1";
    static constexpr const char* cudaName = "libcuda.so.1";

    static NvidiaLibraryFacts probe(const QString& nvmlLibrary = QString::fromLatin1(nvmlName),
                                    const QString& cudaLibrary = QString::fromLatin1(cudaName));

    // 12040 -> "12.4", as BOINC prints cudaVersion.
    static QString cudaVersionText(int version);

private:
    static void probeNvml(const QString& library, NvidiaLibraryFacts& facts);
    static void probeCuda(const QString& library, NvidiaLibraryFacts& facts);
};

} // namespace bdm::readiness
