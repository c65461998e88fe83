#pragma once

#include <QString>
#include <QStringList>

namespace bdm::readiness {

// The few local findings that explain a verdict ("Docker not present" because the client's user
// may not use the engine, ...). Filled from the local probe's facts.
struct ComputerSummary
{
    bool examined = false;  // false for a remote client
    QStringList engineClis; // "podman 4.3.1", "docker 20.10.24": the engine CLIs installed here
    // Why the client's user cannot use the engine (group, linger, subuid...), with the fixes.
    QStringList serviceUserProblems;
    QStringList serviceUserFixes;
    int nvidiaGpus = 0;   // seen by the driver here (NVML, nvidia-smi)
    QString nvidiaDriver; // "550.54.14"
    bool gpuWiringKnown = false;
    bool gpuWiring = false; // the engine has the nvidia runtime or CDI GPU devices
    QString gpuWiringFix;
    QString composeHere; // "Docker Compose 2.29.1 (plugin)", "docker-compose 1.29.2", "" when none
};

} // namespace bdm::readiness
