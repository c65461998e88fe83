#include "LabBoincClient.h"

#include "LabBoincProject.h"
#include "LabTools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocalSocket>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <csignal>

namespace bdm::lab {

namespace {

constexpr int rpcStartTimeoutMs = 20000;
// The client's quit path waits 6 s per check for tasks (QUIT_TIMEOUT 60 / 10), so a clean
// quit with running tasks takes a little over 6 s; more than 20 s means it hangs.
constexpr int quitTimeoutMs = 20000;

} // namespace

LabBoincClient::LabBoincClient() = default;

LabBoincClient::~LabBoincClient()
{
    // The data directory is thrown away, so a clean quit (6+ s) would buy nothing.
    kill();
    reapTasks();
}

bool LabBoincClient::start(const LabBoincOptions& options)
{
    return begin(options) && waitForRpc(rpcStartTimeoutMs);
}

bool LabBoincClient::waitUntilAnswering(int timeoutMs)
{
    return waitForRpc(timeoutMs);
}

bool LabBoincClient::begin(const LabBoincOptions& options)
{
    if (isRunning()) {
        m_error = QStringLiteral("the lab BOINC client is already running");
        return false;
    }
    m_options = options;
    m_error.clear();
    const QString package = QStringLiteral("boinc-client");
    m_boinc = findProgram(QStringLiteral("boinc"), package, &m_error);
    m_boinccmd = findProgram(QStringLiteral("boinccmd"), package, &m_error);
    QString docker;
    if (!options.engineSocket.isEmpty()) {
        docker = findProgram(QStringLiteral("docker"), QStringLiteral("docker.io"), &m_error);
        if (!QFileInfo::exists(options.engineSocket)) {
            m_error = QStringLiteral("no Docker engine socket at %1").arg(options.engineSocket);
        }
    }
    if (!m_error.isEmpty()) {
        return false;
    }

    const RunResult version = runProcess(m_boinc, {QStringLiteral("--version")});
    // "7.20.5 x86_64-pc-linux-gnu"
    const QStringList versionFields =
        QString::fromUtf8(version.standardOutput).simplified().split(QLatin1Char(' '));
    if (!version.succeeded() || versionFields.size() < 2) {
        m_error = QStringLiteral("boinc --version failed: %1").arg(version.describe());
        return false;
    }

    m_dir = std::make_unique<QTemporaryDir>(labTempRoot() + QStringLiteral("/bdm-boinc-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    m_dataDir = QFileInfo(m_dir->path()).canonicalFilePath();
    m_port = options.unixSocket ? 0 : freeTcpPort();
    if (!options.unixSocket && m_port == 0) {
        m_error = QStringLiteral("no free TCP port on 127.0.0.1");
        return false;
    }
    const LabBoincProject project(options, m_dataDir);
    if (!project.write(versionFields.at(0), versionFields.at(1), docker, &m_error)) {
        return false;
    }
    return spawn();
}

bool LabBoincClient::launch()
{
    return spawn() && waitForRpc(rpcStartTimeoutMs);
}

bool LabBoincClient::spawn()
{
    m_process = std::make_unique<QProcess>();
    QStringList args{QStringLiteral("--dir"), m_dataDir, QStringLiteral("--no_gpus")};
    if (m_options.unixSocket) {
        args << QStringLiteral("--gui_rpc_unix_domain");
    } else {
        args << QStringLiteral("--gui_rpc_port") << QString::number(m_port);
    }
    const QString log = m_dataDir + QStringLiteral("/lab-client.log");
    m_process->setWorkingDirectory(m_dataDir);
    m_process->setStandardOutputFile(log, QIODevice::Append);
    m_process->setStandardErrorFile(log, QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->start(m_boinc, args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_boinc, m_process->errorString());
        return false;
    }
    return true;
}

bool LabBoincClient::waitForRpc(int timeoutMs)
{
    const auto answers = [this] {
        if (!isRunning()) {
            return true; // stop waiting; reported below
        }
        if (m_options.unixSocket) {
            QLocalSocket socket;
            socket.connectToServer(socketPath());
            return socket.waitForConnected(200);
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        return socket.waitForConnected(200);
    };
    const bool answered = waitUntil(answers, timeoutMs, 20);
    if (!isRunning()) {
        m_error = QStringLiteral("the BOINC client exited during start-up:\n%1")
                      .arg(tailOfFile(m_dataDir + QStringLiteral("/lab-client.log")));
        return false;
    }
    if (!answered) {
        m_error = QStringLiteral("the BOINC client did not answer GUI RPC on %1 within %2 ms:\n%3")
                      .arg(address())
                      .arg(timeoutMs)
                      .arg(tailOfFile(m_dataDir + QStringLiteral("/lab-client.log")));
        return false;
    }
    return true;
}

QString LabBoincClient::errorString() const
{
    return m_error;
}
quint16 LabBoincClient::port() const
{
    return m_port;
}
QString LabBoincClient::password() const
{
    return m_options.password;
}
QString LabBoincClient::passwordFile() const
{
    return m_dataDir + QStringLiteral("/gui_rpc_auth.cfg");
}
QString LabBoincClient::dataDir() const
{
    return m_dataDir;
}
QString LabBoincClient::projectUrl() const
{
    return m_options.projectUrl;
}

QString LabBoincClient::address() const
{
    return m_options.unixSocket ? socketPath() : QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString LabBoincClient::socketPath() const
{
    return m_options.unixSocket ? m_dataDir + QStringLiteral("/boinc_socket") : QString();
}

QString LabBoincClient::projectDir() const
{
    return LabBoincProject(m_options, m_dataDir).projectDir();
}

QStringList LabBoincClient::resultNames() const
{
    return LabBoincProject(m_options, m_dataDir).resultNames();
}

QString LabBoincClient::containerName(const QString& resultName) const
{
    return LabBoincProject::containerName(m_options.projectUrl, resultName);
}

bool LabBoincClient::markOutOfMemory(const QString& resultName)
{
    QFile file(projectDir() + QStringLiteral("/lab_oom_results"));
    if (!file.open(QIODevice::Append | QIODevice::Text)) {
        m_error = file.errorString();
        return false;
    }
    return file.write(resultName.toUtf8() + '\n') > 0;
}

qint64 LabBoincClient::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool LabBoincClient::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool LabBoincClient::stop()
{
    if (!isRunning()) {
        return true;
    }
    int exitCode = -1;
    boinccmd({QStringLiteral("--quit")}, &exitCode);
    const bool clean = exitCode == 0 && m_process->waitForFinished(quitTimeoutMs);
    if (!clean) {
        m_error = QStringLiteral("the BOINC client did not quit cleanly; killed it");
        kill();
    }
    reapTasks();
    return clean;
}

void LabBoincClient::kill()
{
    if (!isRunning()) {
        return;
    }
    ::kill(static_cast<pid_t>(m_process->processId()), SIGKILL);
    m_process->waitForFinished(5000);
}

bool LabBoincClient::restart()
{
    if (m_dataDir.isEmpty()) {
        m_error = QStringLiteral("restart() before start()");
        return false;
    }
    stop();
    m_error.clear();
    return launch();
}

void LabBoincClient::reapTasks()
{
    if (m_dataDir.isEmpty() || isRunning()) {
        return;
    }
    // Tasks run in slots/N; without their client they exit by themselves within a poll
    // (leaving containers paused like docker_wrapper). Only stragglers get signals.
    const auto leftovers = [this] {
        return processesWorkingUnder(m_dataDir);
    };
    waitUntil([&leftovers] { return leftovers().isEmpty(); }, 3000, 50);
    terminateProcesses(leftovers(), 1000);
}

QString LabBoincClient::boinccmd(const QStringList& args, int* exitCode)
{
    QStringList all;
    if (!m_options.unixSocket) {
        all << QStringLiteral("--host") << address();
    }
    all << QStringLiteral("--passwd") << m_options.password;
    if (m_options.unixSocket) {
        all << QStringLiteral("--unix_domain");
    }
    all << args;
    RunOptions options;
    options.workingDirectory = m_dataDir; // --unix_domain connects to ./boinc_socket
    const RunResult result = runProcess(m_boinccmd, all, options);
    m_lastStandardError = result.started ? QString::fromLocal8Bit(result.standardError) : result.errorString;
    if (exitCode) {
        *exitCode = result.exitCode;
    }
    return QString::fromLocal8Bit(result.standardOutput);
}

QString LabBoincClient::lastStandardError() const
{
    return m_lastStandardError;
}

int LabBoincClient::executingCount()
{
    int exitCode = -1;
    const QString tasks = boinccmd({QStringLiteral("--get_tasks")}, &exitCode);
    return exitCode == 0 ? int(tasks.count(QLatin1String("active_task_state: EXECUTING"))) : 0;
}

bool LabBoincClient::waitForSuccess(const QString& resultName, int timeoutMs, QString* evidence)
{
    const bool ready = waitUntil(
        [this] {
            return boinccmd({QStringLiteral("--get_tasks")}).contains(QStringLiteral("ready to report: yes"));
        },
        timeoutMs, 250);
    const QString tasks = boinccmd({QStringLiteral("--get_tasks")});
    // The output file itself is gone at once: the client has no upload URL to send it to.
    const QString messages = boinccmd({QStringLiteral("--get_messages"), QStringLiteral("0")});
    if (evidence)
        *evidence = tasks + messages;
    return ready && !tasks.contains(QStringLiteral("computation error")) &&
           messages.contains(QStringLiteral("Computation for task %1 finished").arg(resultName));
}

bool LabBoincClient::waitForExecuting(int count, int timeoutMs)
{
    return waitUntil([this, count] { return executingCount() >= count; }, timeoutMs, 100);
}

} // namespace bdm::lab
