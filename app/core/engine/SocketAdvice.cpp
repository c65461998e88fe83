#include "engine/SocketAdvice.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace bdm::engine {
namespace {

using Outcome = EndpointCandidate::Outcome;

// The uid N of a path under /run/user/N/, if it is one.
std::optional<uint> runtimeDirUid(const QString& path)
{
    static const QRegularExpression re(QStringLiteral("^/run/user/(\\d+)/"));
    const QRegularExpressionMatch m = re.match(path);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toUInt();
}

const QString installPodmanPage =
    QStringLiteral("https://github.com/BOINC/boinc/wiki/Installing-Podman-on-Linux");

} // namespace

QString SocketAdvice::forCandidate(const EndpointCandidate& c, const DiscoveryEnvironment& env)
{
    // Advice names the real paths, not the test root they may sit under.
    QString path = c.endpoint.path;
    if (!env.root.isEmpty() && path.startsWith(env.root))
        path = path.mid(env.root.size());
    switch (c.outcome) {
    case Outcome::PermissionDenied:
        return permission(c, env, path);
    case Outcome::Missing:
        return missing(c, env, path);
    case Outcome::Refused:
        return refused(c, env, path);
    case Outcome::NotAnEngine:
        return tr("Something else answers at %1: it is not a Docker or Podman API. Check DOCKER_HOST or "
                  "--engine.")
            .arg(c.endpoint.toString());
    case Outcome::Timeout:
        return tr("The engine at %1 accepted the connection but did not answer: it may be hung or "
                  "overloaded; restart it.")
            .arg(c.endpoint.toString());
    case Outcome::Unsupported:
        return tr("Named pipes are opened by the docker CLI on Windows only; use --engine cli:docker there.");
    case Outcome::Ok:
    case Outcome::NotTried:
    case Outcome::Failed:
        break;
    }
    return {};
}

QString SocketAdvice::boincPodmanSteps(const DiscoveryEnvironment& env, uint uid, bool needLinger)
{
    QString steps;
    if (needLinger)
        steps += QStringLiteral("sudo loginctl enable-linger %1; ").arg(env.boincUser);
    steps +=
        QStringLiteral("sudo -u %1 XDG_RUNTIME_DIR=/run/user/%2 systemctl --user enable --now podman.socket")
            .arg(env.boincUser)
            .arg(uid);
    return steps;
}

QString SocketAdvice::permission(const EndpointCandidate& c, const DiscoveryEnvironment& env,
                                 const QString& path)
{
    const std::optional<uint> owner = runtimeDirUid(path);
    if (owner && *owner != env.uid) {
        const QString who = c.boincsOwn ? env.boincUser : QStringLiteral("uid %1").arg(*owner);
        return tr("%1 is in the runtime directory of user %2 (/run/user/%3), which no other user can open. "
                  "Run this as "
                  "root (sudo boinc-docker ...) or as that user (sudo -u %2 boinc-docker ...). If the socket "
                  "is not "
                  "enabled yet: %4")
            .arg(path, who)
            .arg(*owner)
            .arg(boincPodmanSteps(env, *owner, true));
    }
    if (path.endsWith(QLatin1String("/run/podman/podman.sock")))
        return tr("Rootful Podman's socket belongs to root. Run with sudo, or let a group open it: sudo "
                  "groupadd -f podman; "
                  "sudo usermod -aG podman $USER; sudo systemctl edit podman.socket (add [Socket] "
                  "SocketGroup=podman "
                  "and SocketMode=0660); sudo systemctl restart podman.socket; then log out and in again.");
    const QString group = QFileInfo(env.systemPath(path)).group();
    if (!group.isEmpty() && group != QLatin1String("root"))
        return tr("%1 may be opened by members of group %2. Join it: sudo usermod -aG %2 $USER, then log out "
                  "and in again "
                  "(or run: newgrp %2). Members of %2 can control the engine as root can.")
            .arg(path, group);
    return tr("%1 belongs to root alone. Run with sudo, or (Docker) create group docker and restart the "
              "engine: "
              "sudo groupadd -f docker; sudo usermod -aG docker $USER; sudo systemctl restart docker; then "
              "log out and in.")
        .arg(path);
}

QString SocketAdvice::missing(const EndpointCandidate& c, const DiscoveryEnvironment& env,
                              const QString& path)
{
    if (c.endpoint.kind == EngineEndpoint::Kind::Cli) {
        if (c.endpoint.command.value(0) == QLatin1String("wsl"))
            return tr("BOINC runs containers in the WSL distro boinc-buda-runner; install it as "
                      "https://github.com/BOINC/boinc/wiki/Installing-Podman-on-Windows describes.");
        if (c.expectedType == EngineType::Podman)
            return tr("Install Podman, which BOINC prefers: sudo apt install podman (see %1).")
                .arg(installPodmanPage);
        return {};
    }
    if (c.boincsOwn && env.os == DiscoveryEnvironment::Os::Linux) {
        const std::optional<uint> owner = runtimeDirUid(path);
        if (!owner)
            return {};
        // No runtime directory at all means no lingering: the user's systemd is not running.
        const bool linger = !QFileInfo::exists(env.systemPath(QStringLiteral("/run/user/%1").arg(*owner)));
        return tr("BOINC's Podman (user %1) has no API socket. %2: %3")
            .arg(env.boincUser,
                 linger ? tr("Its runtime directory does not exist, so enable lingering and the socket")
                        : tr("Enable the socket"),
                 boincPodmanSteps(env, *owner, linger));
    }
    return {};
}

QString SocketAdvice::refused(const EndpointCandidate& c, const DiscoveryEnvironment& env,
                              const QString& path)
{
    const std::optional<uint> owner = runtimeDirUid(path);
    if (owner && c.expectedType == EngineType::Podman)
        return tr("%1 is left over but nothing listens: restart the socket: sudo -u %2 "
                  "XDG_RUNTIME_DIR=/run/user/%3 "
                  "systemctl --user restart podman.socket")
            .arg(path, c.boincsOwn ? env.boincUser : QStringLiteral("$USER"))
            .arg(*owner);
    if (c.expectedType == EngineType::Podman)
        return tr("%1 is left over but nothing listens: sudo systemctl restart podman.socket").arg(path);
    if (c.endpoint.kind == EngineEndpoint::Kind::Unix)
        return tr("%1 is left over but nothing listens: the engine stopped. Start it: sudo systemctl start "
                  "docker "
                  "(rootless: systemctl --user start docker).")
            .arg(path);
    return tr("Nothing listens at %1: is the engine running there?").arg(c.endpoint.toString());
}

} // namespace bdm::engine
