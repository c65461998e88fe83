#include "readiness/EngineChecks.h"

#include "readiness/ReadinessTr.h"

namespace bdm::readiness {

namespace {

Check make(const char* id, CheckStatus status, const QString& summary, const QString& detail = {},
           const QString& fix = {})
{
    return Check{QString::fromLatin1(id), CheckGroup::Engine, status, summary, detail, fix};
}

const QString installPodman = QStringLiteral(
    "sudo apt install podman (https://github.com/BOINC/boinc/wiki/Installing-Podman-on-Linux)");

QString restartClient()
{
    return QStringLiteral("sudo systemctl restart boinc-client");
}

Check cliCheck(const char* id, const QString& label, const ProgramRun& run, const QString& version)
{
    if (!run.found())
        return make(id, CheckStatus::Skip, Readiness::tr("%1 is not installed").arg(label),
                    Readiness::tr("`%1` is not in PATH.").arg(run.program));
    if (run.timedOut)
        return make(id, CheckStatus::Warn, Readiness::tr("`%1` did not answer").arg(run.commandLine()),
                    run.error);
    if (version.isEmpty())
        return make(
            id, CheckStatus::Warn,
            Readiness::tr("`%1` printed no version the BOINC client understands").arg(run.commandLine()),
            QString::fromUtf8(run.output + run.errorOutput).trimmed());
    return make(id, CheckStatus::Pass, Readiness::tr("%1 %2 (%3)").arg(label, version, run.path));
}

void clientPick(const LocalFacts& f, CheckList& out)
{
    const LocalPrograms& p = f.programs;
    const QString engine = p.clientEngine();
    if (engine.isEmpty()) {
        out << make("engine.client_pick", CheckStatus::Fail,
                    Readiness::tr("Neither Podman nor Docker is installed"),
                    Readiness::tr("The BOINC client looks for `podman --version`, then `docker --version`."),
                    installPodman);
        return;
    }
    const QString label =
        engine == QLatin1String("podman") ? QStringLiteral("Podman") : QStringLiteral("Docker");
    QString detail = Readiness::tr("The client tries Podman first, then Docker, and then runs "
                                   "`%1 run --rm hello-world` as its own user.")
                         .arg(engine);
    if (p.dockerIsPodman && p.podmanVersion.isEmpty())
        detail += QLatin1Char(' ') + Readiness::tr("`docker` is the podman-docker shim.");
    out << make("engine.client_pick", CheckStatus::Pass,
                Readiness::tr("The BOINC client would use %1 %2").arg(label, p.clientEngineVersion()),
                detail);
}

void reachable(const LocalFacts& f, CheckList& out)
{
    if (f.engineInfo) {
        const QString where = f.engineEndpoint ? f.engineEndpoint->toString() : QString();
        out << make("engine.reachable", CheckStatus::Pass,
                    Readiness::tr("This user reaches %1 %2")
                        .arg(engine::engineTypeName(f.engineType), f.engineInfo->serverVersion),
                    where);
        return;
    }
    if (!f.discovery && f.engineError.isEmpty()) {
        out << make("engine.reachable", CheckStatus::Skip,
                    Readiness::tr("The container engine was not looked for"));
        return;
    }
    const QString advice = f.discovery ? f.discovery->advice() : QString();
    out << make("engine.reachable", CheckStatus::Warn,
                Readiness::tr("This user cannot reach a container engine"), f.engineError, advice);
}

// Docker: the client's user must be root, in group docker, or otherwise allowed on the socket.
void dockerAccess(const LocalFacts& f, CheckList& out)
{
    const ServiceUser& u = f.serviceUser;
    const SocketAccess* socket = nullptr;
    for (const SocketAccess& s : f.serviceUserSockets) {
        if (s.path.endsWith(QLatin1String("/docker.sock")))
            socket = &s;
    }
    const QString detail = socket ? Readiness::tr("%1: owner uid %2, group gid %3, mode %4")
                                        .arg(socket->path)
                                        .arg(socket->owner)
                                        .arg(socket->group)
                                        .arg(socket->mode, 4, 8, QLatin1Char('0'))
                                  : Readiness::tr("/var/run/docker.sock does not exist: is dockerd running?");
    if (u.uid == 0 || (socket && socket->usable)) {
        out << make("engine.docker.access", CheckStatus::Pass,
                    Readiness::tr("User %1 may use Docker's socket").arg(u.name), detail);
        return;
    }
    if (u.inGroup(QStringLiteral("docker")) && !socket) {
        out << make("engine.docker.access", CheckStatus::Warn,
                    Readiness::tr("User %1 is in group docker, but Docker's socket is missing").arg(u.name),
                    detail, QStringLiteral("sudo systemctl start docker"));
        return;
    }
    out << make("engine.docker.access", CheckStatus::Fail,
                Readiness::tr("User %1 may not use Docker: not in group docker").arg(u.name), detail,
                EngineChecks::dockerGroupFix(u.name));
}

// Rootless Podman for the client's user (BOINC issues #6649, #7071).
void podmanAccess(const LocalFacts& f, CheckList& out)
{
    const ServiceUser& u = f.serviceUser;
    if (u.uid == 0) {
        out << make("engine.podman.rootless", CheckStatus::Pass,
                    Readiness::tr("The BOINC client runs as root: Podman runs rootful"));
        return;
    }
    if (u.hasSubordinateIds())
        out << make("engine.podman.subids", CheckStatus::Pass,
                    Readiness::tr("User %1 has %2 subordinate uids and %3 gids")
                        .arg(u.name)
                        .arg(u.subuids)
                        .arg(u.subgids));
    else
        out << make(
            "engine.podman.subids", CheckStatus::Fail,
            Readiness::tr("User %1 lacks subordinate uids/gids for rootless Podman").arg(u.name),
            Readiness::tr("/etc/subuid gives %1, /etc/subgid %2; rootless Podman needs at least %3 each. "
                          "Pick a range no other user has in /etc/subuid.")
                .arg(u.subuids)
                .arg(u.subgids)
                .arg(ServiceUser::neededSubordinateIds),
            EngineChecks::subordinateIdsFix(u.name));
    if (u.lingering)
        out << make(
            "engine.podman.linger", CheckStatus::Pass,
            Readiness::tr("User %1 lingers (has a systemd user session without logging in)").arg(u.name));
    else
        out << make(
            "engine.podman.linger", CheckStatus::Fail,
            Readiness::tr("User %1 has no lingering systemd session").arg(u.name),
            Readiness::tr("Without it rootless Podman fails with cgroup-manager warnings and the client "
                          "reports Podman as not found."),
            EngineChecks::lingerFix(u.name));
}

void serviceUser(const LocalFacts& f, CheckList& out)
{
    const ServiceUser& u = f.serviceUser;
    if (!u.exists) {
        out << make("engine.service_user", CheckStatus::Fail,
                    Readiness::tr("User %1 does not exist: the BOINC client is not installed as a service")
                        .arg(u.name),
                    {}, QStringLiteral("sudo apt install boinc-client"));
        return;
    }
    const QString summary =
        u.fromProcess ? Readiness::tr("The BOINC client runs as %1 (pid %2)").arg(u.name).arg(u.pid)
                      : Readiness::tr("The BOINC client's user is %1 (not running now)").arg(u.name);
    QString detail = Readiness::tr("uid %1, groups: %2").arg(u.uid).arg(u.groups.join(QStringLiteral(", ")));
    if (!u.dataDir.isEmpty())
        detail += QLatin1Char('\n') + Readiness::tr("Data directory: %1").arg(u.dataDir);
    out << make("engine.service_user", CheckStatus::Pass, summary, detail);
    const QString engine = f.programs.clientEngine();
    if (engine == QLatin1String("podman"))
        podmanAccess(f, out);
    else if (engine == QLatin1String("docker"))
        dockerAccess(f, out);
}

void selinux(const LocalFacts& f, CheckList& out)
{
    switch (f.selinux) {
    case SelinuxMode::Off:
        out << make("engine.selinux", CheckStatus::Pass, Readiness::tr("SELinux is off"));
        return;
    case SelinuxMode::Permissive:
        out << make("engine.selinux", CheckStatus::Pass, Readiness::tr("SELinux is permissive"));
        return;
    case SelinuxMode::Enforcing:
        out << make(
            "engine.selinux", CheckStatus::Warn, Readiness::tr("SELinux is enforcing"),
            Readiness::tr("SELinux may stop the BOINC client (boinc_t) from running the container runtime "
                          "(BOINC issue #6991); GPU containers with CDI often need "
                          "--security-opt label=disable."),
            QStringLiteral("sudo ausearch -m avc -ts recent | grep boinc"));
        return;
    }
}

void rootless(const LocalFacts& f, CheckList& out)
{
    if (!f.engineInfo)
        return;
    const engine::EngineInfo& i = *f.engineInfo;
    const QString mode = i.rootless ? Readiness::tr("rootless") : Readiness::tr("rootful");
    const QString cgroup = i.cgroupVersion.isEmpty() ? QStringLiteral("?") : i.cgroupVersion;
    if (i.rootless && cgroup == QLatin1String("1"))
        out << make("engine.rootless", CheckStatus::Warn,
                    Readiness::tr("The engine runs %1 on cgroup v1").arg(mode),
                    Readiness::tr("Rootless containers cannot be given CPU or memory limits on cgroup v1."),
                    Readiness::tr(
                        "Add systemd.unified_cgroup_hierarchy=1 to GRUB_CMDLINE_LINUX in /etc/default/grub, "
                        "then: sudo update-grub; sudo reboot"));
    else
        out << make("engine.rootless", CheckStatus::Pass,
                    Readiness::tr("The engine runs %1, cgroup v%2").arg(mode, cgroup));
}

void compose(const LocalFacts& f, CheckList& out)
{
    const LocalPrograms& p = f.programs;
    if (!p.composePluginVersion.isEmpty()) {
        out << make(
            "engine.compose", CheckStatus::Pass,
            Readiness::tr("Docker Compose %1 (plugin): the client reports it").arg(p.composePluginVersion));
        return;
    }
    QStringList other;
    if (!p.composeV1Version.isEmpty())
        other << QStringLiteral("docker-compose %1").arg(p.composeV1Version);
    if (!p.podmanComposeVersion.isEmpty())
        other << QStringLiteral("podman compose %1").arg(p.podmanComposeVersion);
    const QString fix = QStringLiteral("sudo apt install docker-compose-plugin");
    if (!other.isEmpty())
        out << make("engine.compose", CheckStatus::Warn,
                    Readiness::tr("Only %1: the client reports compose from `docker compose version` alone")
                        .arg(other.join(QStringLiteral(", "))),
                    {}, fix);
    else
        out << make("engine.compose", CheckStatus::Skip, Readiness::tr("No Docker Compose"),
                    Readiness::tr("Only projects whose jobs use compose need it."), fix);
}

} // namespace

QString EngineChecks::dockerGroupFix(const QString& user)
{
    return QStringLiteral("sudo usermod -aG docker %1; %2").arg(user, restartClient());
}

QString EngineChecks::subordinateIdsFix(const QString& user)
{
    return QStringLiteral("sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 %1; "
                          "sudo -u %1 podman system migrate")
        .arg(user);
}

QString EngineChecks::lingerFix(const QString& user)
{
    return QStringLiteral("sudo loginctl enable-linger %1; %2").arg(user, restartClient());
}

CheckList EngineChecks::build(const LocalFacts& f)
{
    CheckList out;
    out << cliCheck("engine.cli.podman", QStringLiteral("Podman"), f.programs.podman,
                    f.programs.podmanVersion);
    out << cliCheck("engine.cli.docker",
                    f.programs.dockerIsPodman ? QStringLiteral("docker (podman-docker)")
                                              : QStringLiteral("Docker"),
                    f.programs.docker, f.programs.dockerVersion);
    clientPick(f, out);
    reachable(f, out);
    serviceUser(f, out);
    selinux(f, out);
    rootless(f, out);
    compose(f, out);
    return out;
}

} // namespace bdm::readiness
