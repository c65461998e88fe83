#pragma once

// Small helpers shared by the lab fixtures (LabBoincClient, LabDockerEngine, LabSshServer):
// finding the Debian programs they drive, free ports, running a program with a deadline,
// and waiting for a condition while Qt keeps processing events.

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <functional>

namespace bdm::lab {

// Finds `name` in the system directories of Debian packages first (/usr/sbin, /usr/bin,
// /sbin, /bin), then on PATH: the fixtures want the packaged program, not a newer copy
// that a developer put in /usr/local/bin. When it is missing, *error says which Debian
// package to install and an empty string is returned.
QString findProgram(const QString& name, const QString& debianPackage, QString* error);

// A TCP port on 127.0.0.1 that was free a moment ago, outside the ephemeral range, and never
// the same one twice in this process.
quint16 freeTcpPort();

// A short base directory for temporary lab directories: Unix socket paths must stay
// below 108 bytes, and TMPDIR can be long on CI runners.
QString labTempRoot();

struct RunOptions
{
    int timeoutMs = 30000;
    QString workingDirectory;
    QByteArray standardInput;
    // Empty: inherit this process's environment.
    QProcessEnvironment environment;
};

struct RunResult
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString errorString;

    bool succeeded() const { return started && !timedOut && exitCode == 0; }
    // One line for failure messages: the error, else the exit code and stderr.
    QString describe() const;
};

// Runs a program to completion (killing it by its PID at the deadline) and captures its
// stdout, stderr and exit code. A program that crashes reports exit code -1.
RunResult runProcess(const QString& program, const QStringList& arguments, const RunOptions& options = {});

// Polls `condition` every pollMs until it holds or timeoutMs passes, running the Qt event
// loop in between so that sockets and QProcess signals keep flowing. True if it held.
bool waitUntil(const std::function<bool()>& condition, int timeoutMs, int pollMs = 50);

// Processes whose working directory is `directory` or below it. The fixtures use it to
// find what their service left behind (BOINC apps run in slots/N) and stop it by PID.
QList<qint64> processesWorkingUnder(const QString& directory);

// Sends SIGTERM to each PID, waits up to graceMs for them to go, then SIGKILLs the rest.
void terminateProcesses(const QList<qint64>& pids, int graceMs);

bool isProcessAlive(qint64 pid);

// Writes a whole file (creating parent directories); on failure *error says why.
bool writeFile(const QString& path, const QByteArray& content, QString* error);

// The last `lines` lines of a text file, for error messages that quote a service's log.
QString tailOfFile(const QString& path, int lines = 15);

} // namespace bdm::lab
