#pragma once

#include <QList>
#include <QString>

namespace bdm::engine {

enum class EngineType
{
    Unknown,
    Docker,
    Podman
};
QString engineTypeName(EngineType type); // "docker", "podman", "" for Unknown

// /_ping: the cheapest liveness check. Its headers already tell Docker from Podman
// (Podman adds Libpod-Api-Version and says Server: Libpod/...).
struct PingReply
{
    QString apiVersion;    // Api-Version header
    QString server;        // Server header
    QString libpodVersion; // Libpod-Api-Version header (Podman only)
    EngineType type = EngineType::Unknown;
};

struct EngineComponent
{
    QString name;
    QString version;
};

// /version. Podman serves the Docker-compatible API (ApiVersion 1.41 for 4.x) and names its
// first component "Podman Engine"; its own libpod API version is in that component's details.
struct EngineVersion
{
    EngineType type = EngineType::Unknown;
    QString version;       // product version: 20.10.24+dfsg1, 4.3.1
    QString apiVersion;    // Docker API version the engine speaks at most: 1.41
    QString minApiVersion; // oldest Docker API version it still accepts
    QString os;
    QString arch;
    QString kernelVersion;
    QString platformName;
    QList<EngineComponent> components;
};

// "1.41" < "1.9" is false: compares dotted numbers part by part.
int compareApiVersions(const QString& a, const QString& b);

} // namespace bdm::engine
