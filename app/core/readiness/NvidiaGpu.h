#pragma once

#include <QList>
#include <QString>

namespace bdm::readiness {

// One NVIDIA GPU as NVML or nvidia-smi sees it.
struct NvidiaGpu
{
    int index = 0;
    QString name;
    qint64 memoryBytes = 0;
    QString uuid; // "GPU-ae6a2fcf-..."
};

// What the driver libraries said, the way BOINC asks them (client/gpu_nvidia.cpp).
struct NvidiaLibraryFacts
{
    bool nvmlLoaded = false;
    QString nvmlError;       // dlopen's or nvmlInit's complaint
    QString driverVersion;   // "550.54.14"
    int nvmlCudaVersion = 0; // 12040 = 12.4, what the driver supports
    QList<NvidiaGpu> gpus;

    bool cudaLoaded = false;
    QString cudaError;
    int cudaVersion = 0; // cuDriverGetVersion
    int cudaDevices = 0; // cuDeviceGetCount
};

// `nvidia-smi --query-gpu=...` as a fallback when NVML is not there.
struct NvidiaSmiFacts
{
    bool ran = false;
    QString error; // "NVIDIA-SMI has failed because ..." or why it did not run
    QString driverVersion;
    QList<NvidiaGpu> gpus;
};

} // namespace bdm::readiness
