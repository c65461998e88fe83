#include "readiness/ClientChecks.h"

#include "readiness/ReadinessTr.h"

#include <QStringList>

namespace bdm::readiness {

using boinc::EngineType;
using boinc::HostInfo;
using boinc::RpcError;

namespace {

const QString podmanLinuxGuide =
    QStringLiteral("https://github.com/BOINC/boinc/wiki/Installing-Podman-on-Linux");
const QString podmanWindowsGuide =
    QStringLiteral("https://github.com/BOINC/boinc/wiki/Installing-Podman-on-Windows");
const QString distroUpdateGuide =
    QStringLiteral("https://github.com/BOINC/boinc/wiki/Updating-the-BOINC-WSL-distro");
const QString budaDistro = QStringLiteral("boinc-buda-runner");

Check make(const char* id, CheckGroup group, CheckStatus status, const QString& summary,
           const QString& detail = {}, const QString& fix = {})
{
    return Check{QString::fromLatin1(id), group, status, summary, detail, fix};
}

QString engineLabel(EngineType type)
{
    return type == EngineType::Podman ? QStringLiteral("Podman") : QStringLiteral("Docker");
}

QString reachFix(const ClientFacts& facts)
{
    switch (facts.error.kind) {
    case RpcError::Unreachable:
        return facts.endpoint.isLocal() ? QStringLiteral("sudo systemctl start boinc-client")
                                        : Readiness::tr("On %1: allow this computer in remote_hosts.cfg and "
                                                        "start the client with --allow_remote_gui_rpc")
                                              .arg(facts.endpoint.host);
    case RpcError::AuthenticationFailed:
    case RpcError::Unauthorized:
        return facts.password.error.isEmpty()
                   ? Readiness::tr("Give the password from the client's gui_rpc_auth.cfg (--password-file)")
                   : facts.password.error;
    case RpcError::Timeout:
        return Readiness::tr("The client is busy or hung: wait and check again, or restart it "
                             "(sudo systemctl restart boinc-client)");
    case RpcError::Protocol:
        return Readiness::tr("Check the address: %1 does not speak BOINC GUI RPC")
            .arg(facts.endpoint.toString());
    default:
        return {};
    }
}

void installChecks(const ClientFacts& facts, const ClientInstall& install, CheckList& out)
{
    if (!install.examined) {
        out << make("client.installed", CheckGroup::Client, CheckStatus::Skip,
                    Readiness::tr("Remote client: not examined on this computer"));
        return;
    }
    if (!install.clientProgram.isEmpty())
        out << make("client.installed", CheckGroup::Client, CheckStatus::Pass,
                    Readiness::tr("BOINC client installed: %1").arg(install.clientProgram));
    else if (facts.reachable())
        out << make("client.installed", CheckGroup::Client, CheckStatus::Pass,
                    Readiness::tr("BOINC client answers, though `boinc` is not on the PATH"));
    else
        out << make("client.installed", CheckGroup::Client, CheckStatus::Fail,
                    Readiness::tr("BOINC client not installed"),
                    Readiness::tr("No `boinc` program was found on the PATH or in /usr/bin."),
                    QStringLiteral("sudo apt install boinc-client"));

    if (install.running) {
        out << make(
            "client.running", CheckGroup::Client, CheckStatus::Pass,
            Readiness::tr("BOINC client running as user %1 (pid %2)").arg(install.user).arg(install.pid),
            install.dataDir.isEmpty() ? QString() : Readiness::tr("Data directory: %1").arg(install.dataDir));
    } else if (facts.reachable()) {
        out << make("client.running", CheckGroup::Client, CheckStatus::Pass,
                    Readiness::tr("BOINC client running (its process is not visible to this user)"));
    } else {
        out << make("client.running", CheckGroup::Client, CheckStatus::Fail,
                    Readiness::tr("BOINC client not running"), {},
                    QStringLiteral("sudo systemctl enable --now boinc-client"));
    }
}

void connectionChecks(const ClientFacts& facts, CheckList& out)
{
    const QString where = facts.endpoint.toString();
    const bool authProblem =
        facts.error.kind == RpcError::AuthenticationFailed || facts.error.kind == RpcError::Unauthorized;
    if (facts.reachable() || authProblem)
        out << make("client.reachable", CheckGroup::Client, CheckStatus::Pass,
                    Readiness::tr("BOINC client answers GUI RPC at %1").arg(where));
    else
        out << make("client.reachable", CheckGroup::Client, CheckStatus::Fail,
                    Readiness::tr("No BOINC client answers at %1").arg(where), facts.error.message,
                    reachFix(facts));

    if (authProblem) {
        const QString detail =
            facts.password.path.isEmpty()
                ? facts.error.message
                : Readiness::tr("%1 (password read from %2)").arg(facts.error.message, facts.password.path);
        out << make("client.password", CheckGroup::Client, CheckStatus::Fail,
                    Readiness::tr("The client refused the GUI RPC password"), detail, reachFix(facts));
    } else if (facts.password.found && !facts.password.password.isEmpty()) {
        out << make("client.password", CheckGroup::Client, CheckStatus::Pass,
                    Readiness::tr("GUI RPC password read from %1").arg(facts.password.path));
    } else if (facts.password.found) {
        out << make("client.password", CheckGroup::Client, CheckStatus::Pass,
                    Readiness::tr("%1 is empty: the client needs no password").arg(facts.password.path));
    } else {
        out << make(
            "client.password", CheckGroup::Client, CheckStatus::Warn,
            Readiness::tr("No readable GUI RPC password"),
            Readiness::tr("Read-only questions work without it on this computer; reading the client's "
                          "options and Re-check need it."),
            facts.password.error);
    }
}

void versionCheck(const ClientFacts& facts, CheckList& out)
{
    if (!facts.reachable()) {
        out << make("client.version", CheckGroup::Client, CheckStatus::Skip,
                    Readiness::tr("Client version unknown: the client did not answer"));
        return;
    }
    const QString version = facts.version.toString();
    const bool mac = facts.hostInfo && facts.hostInfo->isMac();
    const int needed = mac ? ClientChecks::minMacDockerClient : ClientChecks::minDockerClient;
    const QString neededText = mac ? QStringLiteral("8.2.6") : QStringLiteral("8.2.0");
    if (facts.version.packed() >= needed) {
        out << make("client.version", CheckGroup::Client, CheckStatus::Pass,
                    Readiness::tr("BOINC %1 detects and reports Docker/Podman").arg(version));
        return;
    }
    out << make("client.version", CheckGroup::Client, CheckStatus::Fail,
                Readiness::tr("BOINC %1 is too old for container jobs: %2 or later is needed")
                    .arg(version, neededText),
                mac ? Readiness::tr("The scheduler refuses Docker jobs to macOS clients before 8.2.6 "
                                    "(\"Docker jobs need 8.2.6+ client\").")
                    : Readiness::tr("Clients before 8.2.0 never detect or report Docker or Podman, so the "
                                    "scheduler answers \"Docker not present\" whatever engine is installed."),
                ClientChecks::upgradeFix());
}

void resetCheck(const ClientFacts& facts, CheckList& out)
{
    if (!facts.resetRequested || !facts.reachable())
        return;
    if (facts.resetError.ok())
        out << make("client.redetect", CheckGroup::Client, CheckStatus::Pass,
                    Readiness::tr("The client ran its detection again (reset_host_info)"));
    else {
        ClientFacts refused = facts;
        refused.error = facts.resetError;
        out << make("client.redetect", CheckGroup::Client, CheckStatus::Warn,
                    Readiness::tr("The client could not be asked to detect again"), facts.resetError.message,
                    reachFix(refused));
    }
}

void unixEngineCheck(const ClientFacts& facts, const HostInfo& host, CheckList& out)
{
    if (!host.dockerVersion.isEmpty()) {
        out << make(
            "detected.engine", CheckGroup::Detected, CheckStatus::Pass,
            Readiness::tr("The client reports %1 %2").arg(engineLabel(host.dockerType), host.dockerVersion));
        return;
    }
    if (!ClientChecks::clientReportsContainers(facts)) {
        out << make("detected.engine", CheckGroup::Detected, CheckStatus::Fail,
                    Readiness::tr("Docker not present"),
                    Readiness::tr("BOINC %1 does not look for Docker or Podman at all.")
                        .arg(facts.version.toString()),
                    ClientChecks::upgradeFix());
        return;
    }
    const QString how =
        host.isMac()
            ? Readiness::tr("On macOS the client runs Podman through its Run_Podman helper and needs the "
                            "Podman machine running; if the machine fails to start it clears the version.")
            : Readiness::tr("The client tries `podman --version`, then `docker --version`, and then "
                            "`<cli> run --rm hello-world` as its own user; the first engine that prints "
                            "\"Hello\" is reported.");
    out << make("detected.engine", CheckGroup::Detected, CheckStatus::Fail,
                Readiness::tr("Docker not present"), how,
                host.isMac() ? QStringLiteral("https://github.com/BOINC/boinc/wiki/Installing-Podman-on-Mac")
                             : podmanLinuxGuide);
}

void windowsEngineChecks(const ClientFacts& facts, const HostInfo& host, CheckList& out)
{
    QStringList lines;
    const boinc::WslDistro* buda = nullptr;
    for (const boinc::WslDistro& d : host.wslDistros) {
        QString line =
            QStringLiteral("%1 (%2 %3, WSL %4)").arg(d.name, d.osName, d.osVersion).arg(d.wslVersion);
        if (!d.dockerVersion.isEmpty())
            line += QStringLiteral(": %1 %2").arg(engineLabel(d.dockerType), d.dockerVersion);
        if (d.disallowed)
            line += Readiness::tr(" [disallowed in cc_config.xml]");
        lines << line;
        if (d.name == budaDistro)
            buda = &d;
    }
    if (host.engineDistro()) {
        out << make("detected.wsl", CheckGroup::Detected, CheckStatus::Pass,
                    Readiness::tr("The client found a WSL distro with Docker/Podman"),
                    lines.join(QLatin1Char('\n')));
    } else if (host.wslDistros.isEmpty() && ClientChecks::clientReportsContainers(facts)) {
        out << make(
            "detected.wsl", CheckGroup::Detected, CheckStatus::Fail,
            Readiness::tr("No usable WSL distros found"),
            Readiness::tr("The client reported no WSL distros. It skips WSL entirely when it runs as a "
                          "Windows service, when <dont_use_wsl> is set, and before Windows 10."),
            podmanWindowsGuide);
    } else {
        out << make("detected.wsl", CheckGroup::Detected, CheckStatus::Fail,
                    Readiness::tr("No usable WSL distros found"), lines.join(QLatin1Char('\n')),
                    ClientChecks::clientReportsContainers(facts) ? podmanWindowsGuide
                                                                 : ClientChecks::upgradeFix());
    }
    if (buda && buda->distroVersion > 0)
        out << make("detected.wsl.buda", CheckGroup::Detected, CheckStatus::Pass,
                    Readiness::tr("BOINC WSL distro version %1").arg(buda->distroVersion));
    else if (buda)
        out << make(
            "detected.wsl.buda", CheckGroup::Detected, CheckStatus::Warn,
            Readiness::tr("BOINC WSL distro present; its version is not reported"),
            Readiness::tr("Clients before 8.2.5 do not report the distro version, so plan classes with "
                          "<min_boinc_wsl_distro_version> refuse this host."),
            ClientChecks::upgradeFix());
    else
        out << make("detected.wsl.buda", CheckGroup::Detected, CheckStatus::Warn,
                    Readiness::tr("The BOINC WSL distro (boinc-buda-runner) is not installed"),
                    Readiness::tr("GPU container jobs need it (\"Current BOINC WSL distro needed\")."),
                    distroUpdateGuide);
}

void composeCheck(const HostInfo& host, CheckList& out)
{
    QString version = host.compose.version;
    for (const boinc::WslDistro& d : host.wslDistros) {
        if (version.isEmpty() && !d.compose.version.isEmpty())
            version = d.compose.version;
    }
    if (!version.isEmpty())
        out << make("detected.compose", CheckGroup::Detected, CheckStatus::Pass,
                    Readiness::tr("The client reports Docker Compose %1").arg(version));
    else
        out << make(
            "detected.compose", CheckGroup::Detected, CheckStatus::Warn,
            Readiness::tr("The client reports no Docker Compose"),
            Readiness::tr("Only `docker compose version` (the v2 plugin) is understood by the client; "
                          "the scheduler does not require Compose for any plan class today."));
}

void configCheck(const ClientFacts& facts, const HostInfo& host, CheckList& out)
{
    const ClientConfigFlags& config = facts.config;
    if (!config.known) {
        out << make("detected.config", CheckGroup::Detected, CheckStatus::Skip,
                    Readiness::tr("The client's options (cc_config.xml) could not be read"),
                    facts.configError, facts.password.error);
        return;
    }
    const QString reread = QStringLiteral("boinccmd --read_cc_config");
    if (config.dontUseDocker) {
        out << make(
            "detected.config", CheckGroup::Detected, CheckStatus::Fail,
            Readiness::tr("Client config does not allow using Docker"),
            Readiness::tr("<dont_use_docker> is set (%1). The client still detects Docker but refuses "
                          "container jobs.")
                .arg(config.source),
            Readiness::tr("Remove <dont_use_docker/> from cc_config.xml, then: %1").arg(reread));
    } else if (host.isWindows() && config.dontUseWsl) {
        out << make("detected.config", CheckGroup::Detected, CheckStatus::Fail,
                    Readiness::tr("Client config does not allow using WSL"),
                    Readiness::tr("<dont_use_wsl> is set (%1).").arg(config.source),
                    Readiness::tr("Remove <dont_use_wsl/> from cc_config.xml and restart the client"));
    } else {
        out << make("detected.config", CheckGroup::Detected, CheckStatus::Pass,
                    Readiness::tr("The client's options allow container jobs"),
                    config.disallowedWsl.isEmpty()
                        ? Readiness::tr("Read from %1.").arg(config.source)
                        : Readiness::tr("Read from %1; disallowed WSL distros: %2")
                              .arg(config.source, config.disallowedWsl.join(QStringLiteral(", "))));
    }
}

void gpuCheck(const HostInfo& host, CheckList& out)
{
    QStringList lines;
    for (const boinc::Gpu& g : host.gpus) {
        QString line = QStringLiteral("%1 × %2 (%3)").arg(g.count).arg(g.name, g.type);
        if (!g.driverVersionText().isEmpty())
            line += Readiness::tr(", driver %1").arg(g.driverVersionText());
        if (!g.cudaVersionText().isEmpty())
            line += Readiness::tr(", CUDA %1").arg(g.cudaVersionText());
        lines << line;
    }
    for (const boinc::WslDistro& d : host.wslDistros) {
        for (const boinc::WslGpu& g : d.gpus)
            lines << Readiness::tr("%1 in WSL distro %2%3%4")
                         .arg(g.name, d.name, g.hasCuda ? QStringLiteral(", CUDA") : QString(),
                              g.hasOpenCl ? QStringLiteral(", OpenCL") : QString());
    }
    if (lines.isEmpty())
        out << make("detected.gpus", CheckGroup::Detected, CheckStatus::Skip,
                    Readiness::tr("The client reports no GPU"));
    else
        out << make("detected.gpus", CheckGroup::Detected, CheckStatus::Pass,
                    Readiness::tr("The client reports %n GPU type(s)", nullptr, int(host.gpus.size())),
                    lines.join(QLatin1Char('\n')));
}

} // namespace

bool ClientChecks::clientReportsContainers(const ClientFacts& facts)
{
    return facts.version.packed() >= minDockerClient;
}

QString ClientChecks::upgradeFix()
{
    return Readiness::tr("Install BOINC 8.2 or later from https://boinc.berkeley.edu/download_all.php "
                         "(Debian 12 ships 7.20)");
}

CheckList ClientChecks::build(const ClientFacts& facts, const ClientInstall& install)
{
    CheckList out;
    installChecks(facts, install, out);
    connectionChecks(facts, out);
    versionCheck(facts, out);
    resetCheck(facts, out);
    if (!facts.hostInfo)
        return out;
    const HostInfo& host = *facts.hostInfo;
    if (host.isWindows())
        windowsEngineChecks(facts, host, out);
    else
        unixEngineCheck(facts, host, out);
    composeCheck(host, out);
    configCheck(facts, host, out);
    gpuCheck(host, out);
    return out;
}

} // namespace bdm::readiness
