#include "readiness/LocalSummary.h"

#include "readiness/EngineChecks.h"
#include "readiness/GpuChecks.h"
#include "readiness/ResourceChecks.h"

namespace bdm::readiness {

namespace {

// Engine lines that say why the client's user cannot run containers.
bool aboutServiceUser(const QString& id)
{
    return id == QLatin1String("engine.service_user") || id.startsWith(QLatin1String("engine.docker.")) ||
           id.startsWith(QLatin1String("engine.podman.")) || id == QLatin1String("engine.selinux");
}

} // namespace

CheckList LocalSummary::checks(const LocalFacts& facts)
{
    return EngineChecks::build(facts) + GpuChecks::build(facts) + ResourceChecks::build(facts);
}

ComputerSummary LocalSummary::summarize(const LocalFacts& f)
{
    ComputerSummary s;
    s.examined = f.examined;
    const LocalPrograms& p = f.programs;
    if (!p.podmanVersion.isEmpty())
        s.engineClis << QStringLiteral("podman %1").arg(p.podmanVersion);
    if (!p.dockerVersion.isEmpty())
        s.engineClis << QStringLiteral("%1 %2").arg(
            p.dockerIsPodman ? QStringLiteral("docker (podman-docker)") : QStringLiteral("docker"),
            p.dockerVersion);
    for (const Check& c : EngineChecks::build(f)) {
        if (!aboutServiceUser(c.id) || (c.status != CheckStatus::Fail && c.status != CheckStatus::Warn))
            continue;
        s.serviceUserProblems << c.summary;
        if (!c.fix.isEmpty())
            s.serviceUserFixes << c.fix;
    }
    const QList<NvidiaGpu> gpus = f.nvidiaGpus();
    s.nvidiaGpus = static_cast<int>(gpus.size());
    if (s.nvidiaGpus == 0 && f.nvidia.cudaDevices > 0)
        s.nvidiaGpus = f.nvidia.cudaDevices;
    s.nvidiaDriver = f.nvidiaDriver();
    s.gpuWiringKnown = f.engineInfo.has_value();
    s.gpuWiring = GpuChecks::engineWiring(f);
    if (s.gpuWiringKnown && !s.gpuWiring)
        s.gpuWiringFix = GpuChecks::wiringFix(f);
    if (!p.composePluginVersion.isEmpty())
        s.composeHere = QStringLiteral("Docker Compose %1 (plugin)").arg(p.composePluginVersion);
    else if (!p.composeV1Version.isEmpty())
        s.composeHere = QStringLiteral("docker-compose %1").arg(p.composeV1Version);
    else if (!p.podmanComposeVersion.isEmpty())
        s.composeHere = QStringLiteral("podman compose %1").arg(p.podmanComposeVersion);
    return s;
}

ClientInstall LocalSummary::clientInstall(const LocalFacts& facts)
{
    ClientInstall install;
    install.examined = facts.examined;
    install.clientProgram = facts.programs.boinc.path;
    install.boinccmdProgram = facts.programs.boinccmd.path;
    install.running = facts.serviceUser.fromProcess;
    install.pid = facts.serviceUser.pid;
    install.user = facts.serviceUser.name;
    install.dataDir = facts.serviceUser.dataDir;
    return install;
}

} // namespace bdm::readiness
