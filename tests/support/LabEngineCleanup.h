#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bdm::lab {

// Finds and removes what a private dockerd (LabDockerEngine) leaves behind when it does
// not shut down cleanly. Observed with docker.io 20.10 / containerd 1.6 on Debian 12:
// - SIGKILL to dockerd also ends its containerd (parent-death signal), but the
//   containerd-shim-runc-v2 processes and the containers' processes live on;
// - the dead containerd stays a zombie for a while, and a new dockerd that finds its PID
//   in exec/containerd/containerd.pid says "containerd is still running" and then times
//   out waiting for it;
// - a new dockerd stops containers it finds running with SIGTERM and waits 10 s;
// - each dockerd bind-mounts its data root onto itself; a killed one leaves that mount.
// Every process is matched by our directory (command line, PID file, cgroup of our
// containers), never by program name.
class LabEngineCleanup
{
public:
    explicit LabEngineCleanup(const QString& root);

    // Our containerd if it is alive (not a zombie), else 0.
    qint64 containerdPid() const;
    // Shims whose -address is our containerd socket.
    QList<qint64> shimPids() const;
    // Processes in the cgroup of one of our containers (data/containers/<id>).
    QList<qint64> containerPids() const;

    // Removes containerd.pid when its process is gone, so a new dockerd starts its own.
    void clearStalePidFile() const;
    // SIGKILL to the containers' processes: what a restarted dockerd would do 10 s later.
    void killContainers() const;
    // Stops containers, shims and containerd that a dead dockerd left running.
    void stopLeftovers() const;

    QStringList mounts() const;
    // Detaches every mount under the root, deepest and most recent first. True if none is left.
    bool detachMounts() const;

private:
    QString containerdPidFile() const;

    QString m_root;
};

} // namespace bdm::lab
