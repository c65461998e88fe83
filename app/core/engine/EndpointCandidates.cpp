// The ranked list of places an engine may be (EndpointDiscovery::candidatesFor) and the
// choice among those that answered.
#include "engine/DockerContext.h"
#include "engine/EndpointDiscovery.h"
#include "engine/EngineCli.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace bdm::engine {
namespace {

using Outcome = EndpointCandidate::Outcome;

EndpointCandidate candidate(const EngineEndpoint& endpoint, const QString& source, EngineType type,
                            bool boincsOwn = false)
{
    EndpointCandidate c;
    c.endpoint = endpoint;
    c.source = source;
    c.expectedType = type;
    c.boincsOwn = boincsOwn;
    return c;
}

EndpointCandidate unusable(const QString& address, const QString& source, Outcome outcome,
                           const QString& detail)
{
    EndpointCandidate c;
    c.endpoint = EngineEndpoint::unixSocket(address);
    c.source = source;
    c.outcome = outcome;
    c.detail = detail;
    return c;
}

// DOCKER_HOST with the TLS settings the docker CLI reads beside it.
EndpointCandidate fromDockerHost(const DiscoveryEnvironment& env)
{
    QString why;
    std::optional<EngineEndpoint> ep = EngineEndpoint::parse(env.dockerHost, &why);
    if (!ep)
        return unusable(env.dockerHost, QStringLiteral("DOCKER_HOST"), Outcome::Failed, why);
    if (ep->kind == EngineEndpoint::Kind::Tcp &&
        (!env.dockerTlsVerify.isEmpty() || !env.dockerCertPath.isEmpty())) {
        const QString certs = env.dockerCertPath.isEmpty() ? env.dockerConfigDir() : env.dockerCertPath;
        ep->tls = true;
        ep->tlsVerify = !env.dockerTlsVerify.isEmpty() && env.dockerTlsVerify != QLatin1String("0");
        ep->caFile = certs + QStringLiteral("/ca.pem");
        ep->certFile = certs + QStringLiteral("/cert.pem");
        ep->keyFile = certs + QStringLiteral("/key.pem");
    }
    return candidate(*ep, QStringLiteral("DOCKER_HOST"), EngineType::Unknown);
}

// An engine CLI: Missing at once when its program is not there.
EndpointCandidate cliCandidate(const DiscoveryEnvironment& env, const QStringList& command,
                               const QString& source, bool boincsOwn = false)
{
    EndpointCandidate c =
        candidate(EngineEndpoint::cli(command), source, EngineCli::flavourOf(command), boincsOwn);
    const QString program = command.first();
    const bool present = QFileInfo(program).isAbsolute() ? QFileInfo(env.systemPath(program)).isExecutable()
                                                         : !env.findProgram(program).isEmpty();
    if (!present) {
        c.outcome = Outcome::Missing;
        c.detail = EndpointDiscovery::tr("%1 is not installed (not found in PATH)").arg(program);
    }
    return c;
}

void addLinuxPodman(const DiscoveryEnvironment& env, QList<EndpointCandidate>& out)
{
    const std::optional<uint> boincUid = env.uidOf(env.boincUser);
    if (!boincUid) {
        out.append(unusable(
            env.systemPath(QStringLiteral("/run/user/<uid>/podman/podman.sock")),
            EndpointDiscovery::tr("rootless Podman of user %1 (BOINC's)").arg(env.boincUser),
            Outcome::Missing,
            EndpointDiscovery::tr(
                "there is no user '%1' in /etc/passwd: the BOINC client is not installed as a service")
                .arg(env.boincUser)));
    } else if (*boincUid != env.uid) {
        out.append(candidate(EngineEndpoint::unixSocket(env.systemPath(
                                 QStringLiteral("/run/user/%1/podman/podman.sock").arg(*boincUid))),
                             EndpointDiscovery::tr("rootless Podman of user %1 (uid %2), BOINC's")
                                 .arg(env.boincUser)
                                 .arg(*boincUid),
                             EngineType::Podman, true));
    }
    out.append(
        candidate(EngineEndpoint::unixSocket(env.systemPath(QStringLiteral("/run/podman/podman.sock"))),
                  EndpointDiscovery::tr("rootful Podman"), EngineType::Podman));
    if (env.uid != 0) {
        const QString runtime = env.xdgRuntimeDir.isEmpty()
                                    ? env.systemPath(QStringLiteral("/run/user/%1").arg(env.uid))
                                    : env.xdgRuntimeDir;
        const bool isBoinc = boincUid && *boincUid == env.uid;
        out.append(candidate(
            EngineEndpoint::unixSocket(runtime + QStringLiteral("/podman/podman.sock")),
            isBoinc ? EndpointDiscovery::tr("rootless Podman of this user (%1, BOINC's)").arg(env.boincUser)
                    : EndpointDiscovery::tr("rootless Podman of this user"),
            EngineType::Podman, isBoinc));
    }
}

void addDocker(const DiscoveryEnvironment& env, QList<EndpointCandidate>& out)
{
    if (!env.dockerHost.isEmpty())
        out.append(fromDockerHost(env));
    const DockerContext context = DockerContext::current(env.dockerConfigDir(), env.dockerContext);
    const QString contextSource = EndpointDiscovery::tr("docker context '%1'").arg(context.name);
    if (context.endpoint)
        out.append(candidate(*context.endpoint, contextSource, EngineType::Docker));
    else if (!context.isDefault())
        out.append(unusable(QString(), contextSource, Outcome::Failed, context.error));
    if (env.os == DiscoveryEnvironment::Os::Windows)
        return;
    out.append(candidate(EngineEndpoint::unixSocket(env.systemPath(QStringLiteral("/var/run/docker.sock"))),
                         EndpointDiscovery::tr("rootful Docker"), EngineType::Docker));
    if (env.os == DiscoveryEnvironment::Os::Linux && !env.xdgRuntimeDir.isEmpty())
        out.append(candidate(EngineEndpoint::unixSocket(env.xdgRuntimeDir + QStringLiteral("/docker.sock")),
                             EndpointDiscovery::tr("rootless Docker"), EngineType::Docker));
}

void addMac(const DiscoveryEnvironment& env, QList<EndpointCandidate>& out)
{
    // BOINC runs Podman as boinc_project with HOME and XDG_DATA_HOME in this folder.
    const QString boincHome = env.systemPath(QStringLiteral("/Library/Application Support/BOINC podman"));
    out.append(candidate(
        EngineEndpoint::unixSocket(boincHome + QStringLiteral("/containers/podman/machine/qemu/podman.sock")),
        EndpointDiscovery::tr("BOINC's Podman machine (user boinc_project)"), EngineType::Podman, true));
    out.append(
        candidate(EngineEndpoint::unixSocket(
                      env.home + QStringLiteral("/.local/share/containers/podman/machine/qemu/podman.sock")),
                  EndpointDiscovery::tr("Podman machine of this user"), EngineType::Podman));
    out.append(candidate(EngineEndpoint::unixSocket(env.home + QStringLiteral("/.docker/run/docker.sock")),
                         EndpointDiscovery::tr("Docker Desktop"), EngineType::Docker));
    out.append(
        candidate(EngineEndpoint::unixSocket(env.home + QStringLiteral("/.docker/desktop/docker.sock")),
                  EndpointDiscovery::tr("Docker Desktop (older versions)"), EngineType::Docker));
}

QString macPodmanPath(const DiscoveryEnvironment& env)
{
    for (const char* path : {"/opt/podman/bin/podman", "/opt/homebrew/bin/podman", "/usr/local/bin/podman"}) {
        if (QFileInfo::exists(env.systemPath(QString::fromLatin1(path))))
            return QString::fromLatin1(path);
    }
    return QStringLiteral("/opt/podman/bin/podman");
}

} // namespace

QList<EndpointCandidate> EndpointDiscovery::candidatesFor(const DiscoveryEnvironment& env)
{
    QList<EndpointCandidate> out;
    if (!env.engineOverride.isEmpty()) {
        QString why;
        const auto ep = EngineEndpoint::parse(env.engineOverride, &why);
        if (ep)
            out.append(candidate(*ep, EndpointDiscovery::tr("--engine"), EngineType::Unknown));
        else
            out.append(unusable(env.engineOverride, EndpointDiscovery::tr("--engine"), Outcome::Failed, why));
        return out;
    }
    using Os = DiscoveryEnvironment::Os;
    if (env.os == Os::Windows) {
        out.append(
            cliCandidate(env,
                         {QStringLiteral("wsl"), QStringLiteral("-d"), QStringLiteral("boinc-buda-runner"),
                          QStringLiteral("-u"), QStringLiteral("root"), QStringLiteral("podman")},
                         EndpointDiscovery::tr("BOINC's WSL distro boinc-buda-runner"), true));
    }
    if (env.os == Os::Linux)
        addLinuxPodman(env, out);
    if (env.os == Os::MacOs)
        addMac(env, out);
    addDocker(env, out);
    if (env.os == Os::Windows) {
        EngineEndpoint docker;
        docker.kind = EngineEndpoint::Kind::NamedPipe;
        docker.path = QStringLiteral("////./pipe/docker_engine");
        out.append(candidate(docker, EndpointDiscovery::tr("Docker Desktop"), EngineType::Docker));
        EngineEndpoint podman = docker;
        podman.path = QStringLiteral("////./pipe/podman-machine-default");
        out.append(candidate(podman, EndpointDiscovery::tr("Podman machine"), EngineType::Podman));
    }
    if (env.os == Os::MacOs)
        out.append(cliCandidate(
            env, {QStringLiteral("/Library/Application Support/BOINC Data/Run_Podman"), macPodmanPath(env)},
            EndpointDiscovery::tr("BOINC's Run_Podman helper"), true));
    if (env.os != Os::Windows) {
        out.append(cliCandidate(env, {QStringLiteral("podman")}, EndpointDiscovery::tr("podman CLI")));
        out.append(cliCandidate(env, {QStringLiteral("docker")}, EndpointDiscovery::tr("docker CLI")));
    }
    // One address found two ways (DOCKER_HOST naming the default socket) is tried once.
    QList<EndpointCandidate> unique;
    for (const EndpointCandidate& c : std::as_const(out)) {
        const bool seen = std::any_of(unique.cbegin(), unique.cend(), [&c](const EndpointCandidate& u) {
            return u.endpoint == c.endpoint && !c.endpoint.path.isEmpty();
        });
        if (!seen)
            unique.append(c);
    }
    return unique;
}

int EndpointDiscovery::choose(const QList<EndpointCandidate>& candidates, EngineType preferred)
{
    const auto first = [&candidates](const std::function<bool(const EndpointCandidate&)>& test) {
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            if (candidates[i].outcome == Outcome::Ok && test(candidates[i]))
                return static_cast<int>(i);
        }
        return -1;
    };
    int index = first([](const EndpointCandidate& c) { return c.boincContainers > 0; });
    if (index < 0 && preferred != EngineType::Unknown)
        index = first([preferred](const EndpointCandidate& c) { return c.type == preferred; });
    if (index < 0)
        index = first([](const EndpointCandidate&) { return true; });
    return index;
}

QString EndpointCandidate::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotTried:
        return QStringLiteral("not tried");
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Missing:
        return QStringLiteral("missing");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::PermissionDenied:
        return QStringLiteral("permission denied");
    case Outcome::NotAnEngine:
        return QStringLiteral("not an engine");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::Unsupported:
        return QStringLiteral("unsupported");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString DiscoveryReport::advice() const
{
    for (const Outcome wanted : {Outcome::PermissionDenied, Outcome::Refused, Outcome::NotAnEngine,
                                 Outcome::Timeout, Outcome::Failed, Outcome::Missing}) {
        for (const EndpointCandidate& c : candidates) {
            if (c.outcome == wanted && !c.advice.isEmpty() && (wanted != Outcome::Missing || c.boincsOwn))
                return c.advice;
        }
    }
    return {};
}

} // namespace bdm::engine
