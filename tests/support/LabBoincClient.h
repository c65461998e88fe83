#pragma once

#include "LabBoincOptions.h"

#include <QString>
#include <QStringList>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace bdm::lab {

// A real BOINC client (/usr/bin/boinc, Debian package boinc-client) in its own temporary
// data directory, GUI RPC on a free 127.0.0.1 port (or a private Unix socket), with a
// known password and an offline project whose tasks really run. Never touches a system
// client: everything it starts is stopped by PID.
//
//     LabBoincClient client;
//     if (!client.start(options)) QFAIL(qPrintable(client.errorString()));
//     QVERIFY(client.waitForExecuting(2, 10000));
class LabBoincClient
{
public:
    LabBoincClient();
    ~LabBoincClient(); // fast teardown: kills the client and its tasks by PID
    LabBoincClient(const LabBoincClient&) = delete;
    LabBoincClient& operator=(const LabBoincClient&) = delete;

    // Writes the data directory and starts the client; returns once GUI RPC answers.
    // False with errorString() set when a program is missing or the client fails.
    bool start(const LabBoincOptions& options = {});
    // start() in two halves, so that many clients can start side by side: begin() writes the
    // data directory and launches the client without waiting; waitUntilAnswering() then waits
    // for GUI RPC as start() does.
    bool begin(const LabBoincOptions& options = {});
    bool waitUntilAnswering(int timeoutMs = 20000);
    QString errorString() const;

    quint16 port() const;       // 0 with options.unixSocket
    QString address() const;    // "127.0.0.1:PORT", or the socket path with unixSocket
    QString socketPath() const; // <dataDir>/boinc_socket with unixSocket, else empty
    QString password() const;
    QString passwordFile() const; // <dataDir>/gui_rpc_auth.cfg
    QString dataDir() const;
    QString projectUrl() const;
    QString projectDir() const; // <dataDir>/projects/<escaped url>
    QStringList resultNames() const;
    // docker_wrapper's container name for a result of this project.
    QString containerName(const QString& resultName) const;
    // The container of this result, when its task starts, is limited to 16 MiB and runs out
    // of it about 15 s later (the engine's OOM killer; exit 137). Call before the task starts.
    bool markOutOfMemory(const QString& resultName);
    qint64 pid() const; // 0 when not running
    bool isRunning() const;

    // Clean quit (boinccmd --quit), then SIGKILL by PID if it hangs. A 7.20 client waits
    // 6 s after asking running tasks to quit, so this takes ~7 s while tasks run.
    bool stop();
    // SIGKILL by PID, as in a crash. The tasks notice the missing client and exit (container
    // tasks leave their container paused, as docker_wrapper does).
    void kill();
    // Starts the client again on the same port and data directory; tasks resume.
    bool restart();

    // Runs boinccmd against this client (--host 127.0.0.1:PORT --passwd PW, or
    // --unix_domain) and returns its stdout; stderr is kept in lastStandardError().
    QString boinccmd(const QStringList& args, int* exitCode = nullptr);
    QString lastStandardError() const;

    // Waits until `boinccmd --get_tasks` shows `count` tasks in EXECUTING.
    bool waitForExecuting(int count, int timeoutMs);
    // Waits until the task is ready to report with no computation error and the client logged
    // that its computation finished. False otherwise; *evidence gets the boinccmd output to show.
    bool waitForSuccess(const QString& resultName, int timeoutMs, QString* evidence);
    int executingCount();

private:
    bool launch();
    bool spawn();
    bool waitForRpc(int timeoutMs);
    void reapTasks();

    LabBoincOptions m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_boinc;
    QString m_boinccmd;
    QString m_error;
    QString m_lastStandardError;
    QString m_dataDir;
    quint16 m_port = 0;
};

} // namespace bdm::lab
