#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace bdm::lab {

// A private Docker engine (dockerd from the Debian package docker.io, engine 20.10,
// API 1.41) on a Unix socket in its own temporary directory, beside no system instance:
// own data root, exec root (where its containerd keeps state and sockets), pid file and
// daemon.json; vfs storage, no bridge, no iptables. start() also imports two images built
// from busybox-static, as no registry is reachable:
//   local/busybox:1       /bin/busybox with links for every applet (sh, sleep, awk, ...)
//   hello-world:latest    the same root whose command prints "Hello from Docker!"
// Everything it started (dockerd, its containerd, containers) is stopped by PID/ID.
class LabDockerEngine
{
public:
    LabDockerEngine();
    ~LabDockerEngine(); // stop()
    LabDockerEngine(const LabDockerEngine&) = delete;
    LabDockerEngine& operator=(const LabDockerEngine&) = delete;

    bool start();
    QString errorString() const;

    QString socketPath() const; // <dir>/docker.sock
    QString endpoint() const;   // "unix://<dir>/docker.sock"
    QString directory() const;
    qint64 pid() const; // dockerd's PID, 0 when not running
    bool isRunning() const;

    // Removes all containers, then SIGTERM to dockerd (which stops its containerd),
    // SIGKILL by PID where that hangs; finally detaches any mount left under the directory.
    bool stop();
    // SIGKILL to dockerd by PID, as in a crash (containerd and containers may live on;
    // restart() or the destructor cleans them up).
    void kill();
    // Starts dockerd again on the same socket and data root; images are kept.
    bool restart();

    // Runs the docker CLI (/usr/bin/docker) against this engine; returns stdout, stderr
    // goes to lastStandardError().
    QString docker(const QStringList& args, int* exitCode = nullptr, int timeoutMs = 60000);
    QString lastStandardError() const;
    // DOCKER_HOST and DOCKER_CONFIG for other programs that should use this engine.
    QProcessEnvironment environment() const;

private:
    bool launch();
    bool ping() const;
    bool importImages();
    bool buildBusyboxTar(const QString& tarPath);
    void removeAllContainers();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_root;
    QString m_dockerd;
    QString m_docker;
    QString m_tar;
    QString m_error;
    QString m_lastStandardError;
};

} // namespace bdm::lab
