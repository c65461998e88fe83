#pragma once

#include "engine/EndpointCandidate.h"
#include "engine/EngineEndpoint.h"
#include "engine/EngineInfo.h"
#include "readiness/CdiSpec.h"
#include "readiness/GpuDevices.h"
#include "readiness/LocalPrograms.h"
#include "readiness/NvidiaGpu.h"
#include "readiness/ServiceUser.h"
#include "readiness/SocketAccess.h"
#include "readiness/SystemResources.h"

#include <optional>

namespace bdm::readiness {

// Everything LocalProbe found out about this machine, plus the engine facts it was given.
struct LocalFacts
{
    bool examined = false;
    ServiceUser serviceUser;
    SelinuxMode selinux = SelinuxMode::Off;
    QList<SocketAccess> serviceUserSockets; // the engine sockets, as the service user would open them
    LocalPrograms programs;
    NvidiaLibraryFacts nvidia;
    NvidiaSmiFacts nvidiaSmi;
    GpuDevices devices;
    QList<CdiSpec> cdiSpecs;
    SystemResources resources;
    bool filesTimedOut = false; // the worker (NVML, statvfs) did not finish in time

    // Given by the caller: the engine this user reached, when one was.
    std::optional<engine::EngineInfo> engineInfo;
    std::optional<engine::EngineEndpoint> engineEndpoint;
    engine::EngineType engineType = engine::EngineType::Unknown;
    std::optional<engine::DiscoveryReport> discovery;
    QString engineError;

    // NVML's view, else nvidia-smi's.
    QList<NvidiaGpu> nvidiaGpus() const { return !nvidia.gpus.isEmpty() ? nvidia.gpus : nvidiaSmi.gpus; }
    QString nvidiaDriver() const
    {
        if (!nvidia.driverVersion.isEmpty())
            return nvidia.driverVersion;
        return !nvidiaSmi.driverVersion.isEmpty() ? nvidiaSmi.driverVersion : devices.nvidiaKernelModule;
    }
};

} // namespace bdm::readiness
