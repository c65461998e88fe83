#pragma once

#include "readiness/ProgramRun.h"

#include <QList>

namespace bdm::readiness {

// The programs on this machine that decide what the BOINC client reports: the engine CLIs and
// their versions as the client parses them, compose in its three forms, the client itself, and
// NVIDIA's tools.
struct LocalPrograms
{
    ProgramRun docker;             // docker --version
    ProgramRun podman;             // podman --version
    ProgramRun composePlugin;      // docker compose version (v2 plugin, the client's only form)
    ProgramRun composeV1;          // docker-compose --version
    ProgramRun podmanCompose;      // podman compose version
    ProgramRun boinc;              // presence only
    ProgramRun boinccmd;           // presence only
    ProgramRun nvidiaSmi;          // --query-gpu CSV
    ProgramRun nvidiaCtk;          // nvidia-ctk --version
    ProgramRun nvidiaContainerCli; // presence only

    QString dockerVersion; // what the client would store as docker_version for Docker
    QString podmanVersion;
    bool dockerIsPodman = false; // the podman-docker shim answers for `docker`
    QString composePluginVersion;
    QString composeV1Version;
    QString podmanComposeVersion;
    QString toolkitVersion;

    // The client's pick: Podman first, then Docker ("" when neither answers with a version).
    QString clientEngine() const;
    QString clientEngineVersion() const;

    static QList<ProgramRun> requests();
    static LocalPrograms fromRuns(const QList<ProgramRun>& runs);
};

} // namespace bdm::readiness
