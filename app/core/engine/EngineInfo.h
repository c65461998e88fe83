#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace bdm::engine {

// A device the engine found by itself (API 1.50+ `DiscoveredDevices`, e.g. CDI's
// {Source: "cdi", ID: "nvidia.com/gpu=0"}).
struct DiscoveredDevice
{
    QString source;
    QString id;
};

// /info, reduced to what readiness and the `engine` command need, GPU facts first.
struct EngineInfo
{
    QString serverVersion;
    QString operatingSystem;
    QString osType;
    QString architecture;
    QString kernelVersion;
    int cpus = 0;
    qint64 memoryBytes = 0;
    QString storageDriver;
    QString rootDir; // DockerRootDir (Podman: its graph root): where images and containers live
    QString cgroupDriver;
    QString cgroupVersion; // "1" or "2"; Podman's CLI says "v1"/"v2", normalised to the digit
    bool rootless = false;
    QMap<QString, QString> runtimes; // name -> path
    QString defaultRuntime;
    // Null when the engine does not report it (older Docker, Podman); an empty list means
    // CDI device injection is off.
    std::optional<QStringList> cdiSpecDirs;
    QList<DiscoveredDevice> discoveredDevices;
    int containers = 0;
    int containersRunning = 0;
    int containersPaused = 0;
    int containersStopped = 0;
    int images = 0;
    QStringList warnings;

    bool hasRuntime(const QString& name) const { return runtimes.contains(name); }
    bool hasNvidiaRuntime() const { return hasRuntime(QStringLiteral("nvidia")); }
    // CDI GPU devices the engine discovered (nvidia.com/gpu=..., amd.com/gpu=...).
    QStringList cdiGpuDevices() const;
};

} // namespace bdm::engine
