#include "readiness/VerdictRules.h"

#include "readiness/ClientChecks.h"
#include "readiness/ReadinessTr.h"

namespace bdm::readiness {

using boinc::HostInfo;
using boinc::RpcError;

namespace {

const QString budaDistro = QStringLiteral("boinc-buda-runner");

Verdict refuse(const QString& reason, const QString& detail, const QString& fix)
{
    return Verdict{false, reason, detail, fix};
}

Verdict unreachable(const ClientFacts& client)
{
    const bool auth =
        client.error.kind == RpcError::AuthenticationFailed || client.error.kind == RpcError::Unauthorized;
    return refuse(auth ? Readiness::tr("BOINC client refused the password")
                       : Readiness::tr("BOINC client not reachable"),
                  Readiness::tr("%1: %2. Only the client can report Docker to a project.")
                      .arg(client.endpoint.toString(), client.error.message),
                  auth ? client.password.error : QStringLiteral("sudo systemctl start boinc-client"));
}

// Why a Linux client found no engine, from what this computer shows.
Verdict notPresentOnUnix(const ClientFacts& client, const ComputerSummary& computer)
{
    const QString reason = Readiness::tr("Docker not present");
    if (client.hostInfo->isMac())
        return refuse(reason, Readiness::tr("The client found no running Podman machine."),
                      QStringLiteral("https://github.com/BOINC/boinc/wiki/Installing-Podman-on-Mac"));
    if (!computer.examined)
        return refuse(reason, Readiness::tr("The client found no working Podman or Docker on that host."),
                      QStringLiteral("https://github.com/BOINC/boinc/wiki/Installing-Podman-on-Linux"));
    if (computer.engineClis.isEmpty())
        return refuse(reason, Readiness::tr("Neither podman nor docker is installed on this computer."),
                      QStringLiteral("sudo apt install podman"));
    if (!computer.serviceUserProblems.isEmpty())
        return refuse(reason,
                      Readiness::tr("%1 is installed, but the client's user cannot use it: %2")
                          .arg(computer.engineClis.join(QStringLiteral(", ")),
                               computer.serviceUserProblems.join(QStringLiteral("; "))),
                      computer.serviceUserFixes.join(QLatin1Char('\n')) +
                          Readiness::tr("\nthen Check again (the client re-runs its detection)"));
    return refuse(reason,
                  Readiness::tr("%1 is installed, but the client's own test (`run --rm hello-world` as its "
                                "user) failed or was never run since the engine was installed.")
                      .arg(computer.engineClis.join(QStringLiteral(", "))),
                  Readiness::tr("Check again (the client re-runs its detection); if it still fails, try: "
                                "sudo -u boinc podman run --rm hello-world"));
}

Verdict windowsDocker(const ClientFacts& client, const HostInfo& host)
{
    if (client.config.dontUseWsl)
        return refuse(Readiness::tr("Client config does not allow using WSL"),
                      Readiness::tr("<dont_use_wsl> is set in cc_config.xml."),
                      Readiness::tr("Remove <dont_use_wsl/> from cc_config.xml and restart the client"));
    if (const boinc::WslDistro* d = host.engineDistro())
        return Verdict{true,
                       Readiness::tr("The client reports %1 %2 in WSL distro %3")
                           .arg(boinc::engineTypeName(d->dockerType), d->dockerVersion, d->name),
                       {},
                       {}};
    return refuse(
        Readiness::tr("No usable WSL distros found"),
        host.wslDistros.isEmpty()
            ? Readiness::tr("The client reported no WSL distros (it skips WSL when it runs as a service).")
            : Readiness::tr("No allowed WSL distro has Podman or Docker."),
        QStringLiteral("https://github.com/BOINC/boinc/wiki/Installing-Podman-on-Windows"));
}

const boinc::Gpu* nvidiaOf(const HostInfo& host)
{
    for (const boinc::Gpu& gpu : host.gpus) {
        if (gpu.type == QLatin1String("NVIDIA") && gpu.count > 0)
            return &gpu;
    }
    return nullptr;
}

} // namespace

Verdict VerdictRules::dockerCpu(const ClientFacts& client, const ComputerSummary& computer)
{
    if (!client.reachable() || !client.hostInfo)
        return unreachable(client);
    const HostInfo& host = *client.hostInfo;
    if (client.config.dontUseDocker)
        return refuse(
            Readiness::tr("Client config does not allow using Docker"),
            Readiness::tr("<dont_use_docker> is set in cc_config.xml (%1).").arg(client.config.source),
            Readiness::tr("Remove <dont_use_docker/> from cc_config.xml, then: boinccmd --read_cc_config"));
    if (!ClientChecks::clientReportsContainers(client))
        return refuse(host.isWindows() ? Readiness::tr("No usable WSL distros found")
                                       : Readiness::tr("Docker not present"),
                      Readiness::tr("BOINC %1 never reports Docker or Podman: that needs 8.2.0 or later, "
                                    "whatever engine is installed.")
                          .arg(client.version.toString()),
                      ClientChecks::upgradeFix());
    if (host.isWindows())
        return windowsDocker(client, host);
    if (host.dockerVersion.isEmpty())
        return notPresentOnUnix(client, computer);
    if (host.isMac() && client.version.packed() < ClientChecks::minMacDockerClient)
        return refuse(Readiness::tr("Docker jobs need 8.2.6+ client"),
                      Readiness::tr("This is BOINC %1 on macOS.").arg(client.version.toString()),
                      ClientChecks::upgradeFix());
    return Verdict{true,
                   Readiness::tr("The client reports %1 %2")
                       .arg(host.dockerType == boinc::EngineType::Podman ? QStringLiteral("Podman")
                                                                         : QStringLiteral("Docker"),
                            host.dockerVersion),
                   {},
                   {}};
}

Verdict VerdictRules::dockerGpuNvidia(const ClientFacts& client, const ComputerSummary& computer,
                                      const Verdict& cpu)
{
    if (!cpu.ok)
        return Verdict{
            false, cpu.reason, Readiness::tr("GPU container jobs need CPU container jobs first."), {}};
    const HostInfo& host = *client.hostInfo;
    if (host.isMac())
        return refuse(Readiness::tr("GPU container jobs are not available on macOS"),
                      Readiness::tr("Podman on macOS exposes no CUDA device to containers."), {});
    if (host.isWindows()) {
        const boinc::WslDistro* buda = nullptr;
        for (const boinc::WslDistro& d : host.wslDistros) {
            if (d.name == budaDistro)
                buda = &d;
        }
        if (!buda || buda->distroVersion < minWslDistroForGpu)
            return refuse(
                Readiness::tr("Current BOINC WSL distro needed"),
                Readiness::tr("GPU container jobs need boinc-buda-runner version %1 or later (found %2).")
                    .arg(minWslDistroForGpu)
                    .arg(buda ? QString::number(buda->distroVersion) : Readiness::tr("none")),
                QStringLiteral("https://github.com/BOINC/boinc/wiki/Updating-the-BOINC-WSL-distro"));
        for (const boinc::WslGpu& gpu : buda->gpus) {
            if (gpu.name.compare(QLatin1String("nvidia"), Qt::CaseInsensitive) == 0 && gpu.hasCuda)
                return Verdict{
                    true, Readiness::tr("The BOINC WSL distro reports an NVIDIA GPU with CUDA"), {}, {}};
        }
        return refuse(
            Readiness::tr("No NVIDIA GPU with CUDA in the BOINC WSL distro"),
            Readiness::tr("The distro's gpus.json lists no NVIDIA GPU with has_cuda."),
            Readiness::tr("Install the current NVIDIA Windows driver (it brings CUDA to WSL), then update "
                          "the BOINC WSL distro"));
    }
    const boinc::Gpu* gpu = nvidiaOf(host);
    if (!gpu || !gpu->haveCuda)
        return refuse(
            Readiness::tr("No NVIDIA GPU with CUDA reported by the client"),
            computer.nvidiaGpus > 0
                ? Readiness::tr("The driver here sees %n NVIDIA GPU(s), but the client reports none: it "
                                "may have started before the driver, or cannot load libcuda.",
                                nullptr, computer.nvidiaGpus)
                : Readiness::tr("No NVIDIA driver or GPU was found on this computer either."),
            computer.nvidiaGpus > 0 ? QStringLiteral("sudo systemctl restart boinc-client")
                                    : Readiness::tr("Install the NVIDIA driver (sudo apt install "
                                                    "nvidia-driver) and restart"));
    if (computer.examined && computer.gpuWiringKnown && !computer.gpuWiring)
        return refuse(
            Readiness::tr("The container engine cannot give containers the GPU"),
            Readiness::tr("The client reports %1, but the engine has neither the nvidia runtime nor CDI "
                          "GPU devices, so `--gpus all` fails inside the job.")
                .arg(gpu->name),
            computer.gpuWiringFix);
    return Verdict{true,
                   Readiness::tr("The client reports %1 × %2 (CUDA %3)")
                       .arg(gpu->count)
                       .arg(gpu->name, gpu->cudaVersionText()),
                   computer.gpuWiringKnown
                       ? QString()
                       : Readiness::tr("The engine's GPU wiring could not be checked from here."),
                   {}};
}

Verdict VerdictRules::compose(const ClientFacts& client, const ComputerSummary& computer)
{
    if (!client.reachable() || !client.hostInfo)
        return Verdict{false, unreachable(client).reason, {}, {}};
    const HostInfo& host = *client.hostInfo;
    QString version = host.compose.version;
    for (const boinc::WslDistro& d : host.wslDistros) {
        if (version.isEmpty() && !d.compose.version.isEmpty() && !d.disallowed)
            version = d.compose.version;
    }
    if (!version.isEmpty())
        return Verdict{true, Readiness::tr("The client reports Docker Compose %1").arg(version), {}, {}};
    const QString why =
        Readiness::tr("No plan class requires Compose today; the scheduler does not check it.");
    if (!ClientChecks::clientReportsContainers(client))
        return refuse(Readiness::tr("Compose not reported"), why, ClientChecks::upgradeFix());
    return refuse(
        Readiness::tr("Compose not reported"),
        computer.composeHere.isEmpty()
            ? why
            : Readiness::tr("%1 is installed here, but the client only understands `docker compose "
                            "version` (the v2 plugin). %2")
                  .arg(computer.composeHere, why),
        Readiness::tr("Install the Compose v2 plugin (docker-compose-plugin from Docker's repository)"));
}

Verdicts VerdictRules::judge(const ClientFacts& client, const ComputerSummary& computer)
{
    Verdicts verdicts;
    verdicts.dockerCpu = dockerCpu(client, computer);
    verdicts.dockerGpuNvidia = dockerGpuNvidia(client, computer, verdicts.dockerCpu);
    verdicts.compose = compose(client, computer);
    return verdicts;
}

} // namespace bdm::readiness
