#pragma once

#include "engine/EngineVersion.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace bdm::engine {

// Everything endpoint discovery looks at, so tests can give it a temporary HOME, runtime
// directory, /etc/passwd and sockets under a root prefix instead of the machine's own.
struct DiscoveryEnvironment
{
    enum class Os
    {
        Linux,
        MacOs,
        Windows
    };

    Os os = Os::Linux;
    QString root; // prefix of every system path (/run, /var/run, /etc/passwd); empty: "/"
    QString home;
    QString xdgRuntimeDir;
    uint uid = 0;
    QString dockerHost;
    QString dockerTlsVerify;
    QString dockerCertPath;
    QString dockerContext;
    QString dockerConfig; // DOCKER_CONFIG; empty: <home>/.docker
    QStringList path;     // PATH, where the engine CLIs are looked for
    // --engine or the setting: when given, it is the only candidate.
    QString engineOverride;
    // The user BOINC's client runs as (its rootless Podman is the one that holds the tasks).
    QString boincUser = QStringLiteral("boinc");
    // What the BOINC client reported (host_info docker_type), when known: breaks ties.
    EngineType preferredType = EngineType::Unknown;

    // This process's environment and user.
    static DiscoveryEnvironment fromSystem();

    QString systemPath(const QString& absolute) const { return root + absolute; }
    QString dockerConfigDir() const;
    // The uid of a user in <root>/etc/passwd.
    std::optional<uint> uidOf(const QString& user) const;
    // A program in `path`, empty if it is not there.
    QString findProgram(const QString& name) const;
};

} // namespace bdm::engine
