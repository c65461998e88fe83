#pragma once

#include "engine/ContainerSummary.h"

#include <QStringList>

namespace bdm::engine {

// HostConfig.DeviceRequests: what `--gpus all` becomes.
struct DeviceRequest
{
    QString driver;
    int count = 0; // -1 means all
    QStringList deviceIds;
    QList<QStringList> capabilities; // [["gpu"]]
};

struct DeviceMapping
{
    QString pathOnHost;
    QString pathInContainer;
    QString permissions;
};

struct ContainerState
{
    QString status; // created, running, paused, restarting, removing, exited, dead
    bool running = false;
    bool paused = false;
    bool restarting = false;
    bool oomKilled = false;
    bool dead = false;
    qint64 pid = 0;
    int exitCode = 0;
    QString error;
    QString startedAt; // RFC 3339 as the engine wrote it; "0001-01-01T00:00:00Z" means never
    QString finishedAt;

    bool hasStarted() const { return !startedAt.isEmpty() && !startedAt.startsWith(QLatin1String("0001-")); }
};

// GET /containers/{id}/json (docker/podman inspect).
struct ContainerDetails
{
    QString id;
    QString name;    // without the leading '/'
    QString image;   // Config.Image: the name it was created from
    QString imageId; // Image: sha256:...
    QString created;
    ContainerState state;
    bool tty = false; // decides the log format: raw with a TTY, multiplexed without
    QStringList command;
    QString workingDir;
    QString runtime;
    qint64 nanoCpus = 0;
    qint64 memoryLimit = 0;
    QList<ContainerMount> mounts;
    QList<DeviceRequest> deviceRequests;
    QList<DeviceMapping> devices;
    QMap<QString, QString> labels;

    bool requestsGpus() const { return !deviceRequests.isEmpty(); }
};

} // namespace bdm::engine
