#include "LabDockerEngine.h"

#include "LabEngineCleanup.h"
#include "LabTools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <csignal>

namespace bdm::lab {

namespace {

constexpr int readyTimeoutMs = 30000;
constexpr int stopTimeoutMs = 15000;

const QString busyboxImage = QStringLiteral("local/busybox:1");
const QString helloImage = QStringLiteral("hello-world:latest");

} // namespace

LabDockerEngine::LabDockerEngine() = default;

LabDockerEngine::~LabDockerEngine()
{
    if (!stop() && m_dir && !LabEngineCleanup(m_root).mounts().isEmpty()) {
        // Never delete through a mount that could not be detached.
        m_dir->setAutoRemove(false);
        qWarning("LabDockerEngine: mounts remain under %s; leaving it in place", qPrintable(m_root));
    }
}

bool LabDockerEngine::start()
{
    if (isRunning()) {
        m_error = QStringLiteral("the lab Docker engine is already running");
        return false;
    }
    m_error.clear();
    m_dockerd = findProgram(QStringLiteral("dockerd"), QStringLiteral("docker.io"), &m_error);
    m_docker = findProgram(QStringLiteral("docker"), QStringLiteral("docker.io"), &m_error);
    findProgram(QStringLiteral("containerd"), QStringLiteral("containerd"), &m_error);
    findProgram(QStringLiteral("runc"), QStringLiteral("runc"), &m_error);
    m_tar = findProgram(QStringLiteral("tar"), QStringLiteral("tar"), &m_error);
    if (!m_error.isEmpty()) {
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(labTempRoot() + QStringLiteral("/bdm-dk-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    m_root = QFileInfo(m_dir->path()).canonicalFilePath();
    // An empty daemon.json keeps a developer's /etc/docker/daemon.json out of the lab.
    if (!writeFile(m_root + QStringLiteral("/daemon.json"), "{}\n", &m_error)) {
        return false;
    }
    return launch() && importImages();
}

bool LabDockerEngine::launch()
{
    LabEngineCleanup(m_root).clearStalePidFile();
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // dockerd finds containerd, containerd-shim-runc-v2 and runc on PATH: use the packaged ones.
    env.insert(QStringLiteral("PATH"),
               QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin:") + env.value(QStringLiteral("PATH")));
    m_process->setProcessEnvironment(env);
    const QString log = m_root + QStringLiteral("/dockerd.log");
    m_process->setStandardOutputFile(log, QIODevice::Append);
    m_process->setStandardErrorFile(log, QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setWorkingDirectory(m_root);
    m_process->start(m_dockerd, {QStringLiteral("--host"), endpoint(), QStringLiteral("--data-root"),
                                 m_root + QStringLiteral("/data"), QStringLiteral("--exec-root"),
                                 m_root + QStringLiteral("/exec"), QStringLiteral("--pidfile"),
                                 m_root + QStringLiteral("/docker.pid"), QStringLiteral("--config-file"),
                                 m_root + QStringLiteral("/daemon.json"), QStringLiteral("--iptables=false"),
                                 QStringLiteral("--ip6tables=false"), QStringLiteral("--bridge=none"),
                                 QStringLiteral("--storage-driver=vfs"),
                                 // Running containers get 1 s to stop when dockerd shuts down (default 15).
                                 QStringLiteral("--shutdown-timeout=1")});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_dockerd, m_process->errorString());
        return false;
    }
    const bool ready = waitUntil([this] { return !isRunning() || ping(); }, readyTimeoutMs, 50);
    if (!isRunning() || !ready) {
        m_error = QStringLiteral("dockerd did not answer /_ping on %1:\n%2")
                      .arg(socketPath(), tailOfFile(m_root + QStringLiteral("/dockerd.log")));
        return false;
    }
    return true;
}

bool LabDockerEngine::ping() const
{
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    if (!socket.waitForConnected(200)) {
        return false;
    }
    socket.write("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n");
    QByteArray reply;
    while (socket.waitForReadyRead(1000)) {
        reply += socket.readAll();
    }
    reply += socket.readAll();
    return reply.startsWith("HTTP/1.") && reply.contains(" 200 ") && reply.endsWith("OK");
}

bool LabDockerEngine::importImages()
{
    int exitCode = -1;
    docker({QStringLiteral("image"), QStringLiteral("inspect"), busyboxImage, helloImage}, &exitCode);
    if (exitCode == 0) {
        return true; // restart(): the data root still has them
    }
    const QString tar = m_root + QStringLiteral("/busybox-root.tar");
    if (!buildBusyboxTar(tar)) {
        return false;
    }
    // The two imports are independent; running them side by side halves the start time.
    const QProcessEnvironment env = environment();
    QProcess busybox;
    QProcess hello;
    busybox.setProcessEnvironment(env);
    hello.setProcessEnvironment(env);
    busybox.start(m_docker, {QStringLiteral("import"), tar, busyboxImage});
    hello.start(m_docker, {QStringLiteral("import"), QStringLiteral("--change"),
                           QStringLiteral("CMD [\"/bin/echo\", \"Hello from Docker!\"]"), tar, helloImage});
    for (QProcess* import : {&busybox, &hello}) {
        if (!import->waitForFinished(60000) || import->exitStatus() != QProcess::NormalExit ||
            import->exitCode() != 0) {
            m_error = QStringLiteral("docker import failed: %1")
                          .arg(QString::fromLocal8Bit(import->readAllStandardError()).trimmed());
            return false;
        }
    }
    QFile::remove(tar);
    return true;
}

bool LabDockerEngine::buildBusyboxTar(const QString& tarPath)
{
    const QString busybox =
        findProgram(QStringLiteral("busybox"), QStringLiteral("busybox-static"), &m_error);
    if (busybox.isEmpty()) {
        return false;
    }
    const RunResult applets = runProcess(busybox, {QStringLiteral("--list")});
    // A dynamically linked busybox (package busybox) would not run in an empty image.
    if (!applets.succeeded() || runProcess(QStringLiteral("ldd"), {busybox}).succeeded()) {
        m_error = QStringLiteral("%1 is not a static busybox: install the Debian package busybox-static")
                      .arg(busybox);
        return false;
    }
    const QString root = m_root + QStringLiteral("/busybox-root");
    QDir().mkpath(root + QStringLiteral("/bin"));
    QDir().mkpath(root + QStringLiteral("/app"));
    QDir().mkpath(root + QStringLiteral("/tmp"));
    if (!QFile::copy(busybox, root + QStringLiteral("/bin/busybox"))) {
        m_error = QStringLiteral("cannot copy %1 into the image root").arg(busybox);
        return false;
    }
    const QStringList names =
        QString::fromUtf8(applets.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& name : names) {
        if (name != QLatin1String("busybox")) {
            QFile::link(QStringLiteral("busybox"), root + QStringLiteral("/bin/") + name);
        }
    }
    const RunResult tar =
        runProcess(m_tar, {QStringLiteral("-C"), root, QStringLiteral("-cf"), tarPath, QStringLiteral(".")});
    QDir(root).removeRecursively();
    if (!tar.succeeded()) {
        m_error = QStringLiteral("cannot pack the busybox image: %1").arg(tar.describe());
        return false;
    }
    return true;
}

QString LabDockerEngine::errorString() const
{
    return m_error;
}
QString LabDockerEngine::directory() const
{
    return m_root;
}
QString LabDockerEngine::socketPath() const
{
    return m_root + QStringLiteral("/docker.sock");
}
QString LabDockerEngine::endpoint() const
{
    return QStringLiteral("unix://") + socketPath();
}
QString LabDockerEngine::lastStandardError() const
{
    return m_lastStandardError;
}

qint64 LabDockerEngine::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool LabDockerEngine::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QProcessEnvironment LabDockerEngine::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), endpoint());
    // A private CLI config: no contexts, credentials or plugins from ~/.docker.
    env.insert(QStringLiteral("DOCKER_CONFIG"), m_root + QStringLiteral("/cli"));
    for (const char* name :
         {"DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "DOCKER_API_VERSION"}) {
        env.remove(QString::fromLatin1(name));
    }
    return env;
}

QString LabDockerEngine::docker(const QStringList& args, int* exitCode, int timeoutMs)
{
    RunOptions options;
    options.timeoutMs = timeoutMs;
    options.environment = environment();
    const RunResult result = runProcess(m_docker, args, options);
    m_lastStandardError = result.started ? QString::fromLocal8Bit(result.standardError) : result.errorString;
    if (exitCode) {
        *exitCode = result.exitCode;
    }
    return QString::fromLocal8Bit(result.standardOutput);
}

bool LabDockerEngine::stop()
{
    if (m_root.isEmpty()) {
        return true;
    }
    const LabEngineCleanup cleanup(m_root);
    // After a crash the shims (and containers) live on: a fresh dockerd adopts them and
    // cleans up its cgroups, netns and mounts, so the normal path below can run.
    if (!isRunning() && !cleanup.shimPids().isEmpty()) {
        cleanup.killContainers();
        launch();
    }
    bool clean = true;
    if (isRunning()) {
        removeAllContainers();
        ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(stopTimeoutMs)) {
            clean = false;
            kill();
        }
    }
    cleanup.stopLeftovers();
    return cleanup.detachMounts() && clean;
}

void LabDockerEngine::kill()
{
    if (!isRunning()) {
        return;
    }
    ::kill(static_cast<pid_t>(m_process->processId()), SIGKILL);
    m_process->waitForFinished(5000);
}

bool LabDockerEngine::restart()
{
    if (m_root.isEmpty()) {
        m_error = QStringLiteral("restart() before start()");
        return false;
    }
    if (isRunning()) {
        ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(stopTimeoutMs)) {
            kill();
        }
    } else {
        // A new dockerd would give each orphaned container 10 s to obey SIGTERM.
        LabEngineCleanup(m_root).killContainers();
    }
    m_error.clear();
    return launch() && importImages();
}

void LabDockerEngine::removeAllContainers()
{
    int exitCode = -1;
    const QStringList ids =
        docker({QStringLiteral("ps"), QStringLiteral("--all"), QStringLiteral("--quiet")}, &exitCode)
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (exitCode == 0 && !ids.isEmpty()) {
        docker(QStringList{QStringLiteral("rm"), QStringLiteral("--force"), QStringLiteral("--volumes")} +
               ids);
    }
}

} // namespace bdm::lab
