#pragma once

#include "readiness/Check.h"
#include "readiness/LocalFacts.h"

namespace bdm::readiness {

// CheckGroup::Gpu lines: NVIDIA driver (NVML, else nvidia-smi), CUDA as BOINC sees it, device
// nodes, the container toolkit, the engine's wiring (nvidia runtime or CDI), CDI specs and
// stale ones, rootless no-cgroups; AMD and Intel as information. Pure.
class GpuChecks
{
public:
    static CheckList build(const LocalFacts& facts);

    // The engine can hand NVIDIA GPUs to containers: the nvidia runtime, CDI GPU devices it
    // discovered, or (Podman, which reads CDI specs itself) an NVIDIA spec on disk.
    static bool engineWiring(const LocalFacts& facts);
    static QString wiringFix(const LocalFacts& facts);
    // Specs of kind nvidia.com/gpu that name fewer GPUs, or other UUIDs, than the driver sees.
    static QList<CdiSpec> staleSpecs(const LocalFacts& facts);

    static constexpr const char* cdiGenerate = "sudo nvidia-ctk cdi generate --output=/etc/cdi/nvidia.yaml";
};

} // namespace bdm::readiness
