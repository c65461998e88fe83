#include "LabTools.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>
#include <algorithm>
#include <csignal>
#include <sys/types.h>

namespace bdm::lab {

QString findProgram(const QString& name, const QString& debianPackage, QString* error)
{
    const QStringList systemDirs{QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                 QStringLiteral("/sbin"), QStringLiteral("/bin")};
    QString path = QStandardPaths::findExecutable(name, systemDirs);
    if (path.isEmpty()) {
        path = QStandardPaths::findExecutable(name);
    }
    if (path.isEmpty() && error) {
        *error = QStringLiteral("%1 not found: install the Debian package %2").arg(name, debianPackage);
    }
    return path;
}

quint16 freeTcpPort()
{
    // Not the kernel's pick: that comes from the ephemeral range (32768-60999), where an
    // outgoing connection can take the port before the lab server binds it, and a port freed
    // again can be handed out twice, so two clients started together could share one (the
    // second's GUI RPC then binds it once the first is killed, and a "stopped" host answers).
    static QMutex mutex;
    static QSet<quint16> given;
    const QMutexLocker lock(&mutex);
    constexpr int first = 20000;
    constexpr int count = 12000;
    for (int attempt = 0; attempt < 2000; ++attempt) {
        const auto port = static_cast<quint16>(first + QRandomGenerator::global()->bounded(count));
        if (given.contains(port)) {
            continue;
        }
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, port)) {
            given.insert(port);
            return port;
        }
    }
    return 0;
}

QString labTempRoot()
{
    const QString tmp = QDir::tempPath();
    // Leaves room for names like exec/containerd/containerd.sock.ttrpc below it.
    return tmp.size() <= 40 ? tmp : QStringLiteral("/tmp");
}

QString RunResult::describe() const
{
    if (!started) {
        return errorString;
    }
    if (timedOut) {
        return QStringLiteral("timed out: %1").arg(errorString);
    }
    return QStringLiteral("exit code %1: %2")
        .arg(exitCode)
        .arg(QString::fromLocal8Bit(standardError.isEmpty() ? standardOutput : standardError).trimmed());
}

RunResult runProcess(const QString& program, const QStringList& arguments, const RunOptions& options)
{
    RunResult result;
    QProcess process;
    if (!options.workingDirectory.isEmpty()) {
        process.setWorkingDirectory(options.workingDirectory);
    }
    if (!options.environment.isEmpty()) {
        process.setProcessEnvironment(options.environment);
    }
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.errorString = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return result;
    }
    result.started = true;
    if (!options.standardInput.isEmpty()) {
        process.write(options.standardInput);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs)) {
        result.timedOut = true;
        result.errorString = QStringLiteral("%1 %2 ran longer than %3 ms")
                                 .arg(program, arguments.join(QLatin1Char(' ')))
                                 .arg(options.timeoutMs);
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        process.waitForFinished(5000);
    }
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    if (!result.timedOut) {
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    return result;
}

bool waitUntil(const std::function<bool()>& condition, int timeoutMs, int pollMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (condition()) {
            return true;
        }
        if (deadline.hasExpired()) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(qMin<qint64>(pollMs, qMax<qint64>(1, deadline.remainingTime())), &loop,
                           &QEventLoop::quit);
        loop.exec();
    }
}

QList<qint64> processesWorkingUnder(const QString& directory)
{
    QList<qint64> pids;
    const QString root = QFileInfo(directory).canonicalFilePath();
    if (root.isEmpty()) {
        return pids;
    }
    const qint64 self = QCoreApplication::applicationPid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == self) {
            continue;
        }
        const QString cwd = QFile::symLinkTarget(QStringLiteral("/proc/%1/cwd").arg(pid));
        if (cwd == root || cwd.startsWith(root + QLatin1Char('/'))) {
            pids.append(pid);
        }
    }
    return pids;
}

bool isProcessAlive(qint64 pid)
{
    if (pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) != 0) {
        return false;
    }
    // A zombie has finished; only its parent's wait() is missing.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 || line.mid(close + 2, 1) != "Z";
}

void terminateProcesses(const QList<qint64>& pids, int graceMs)
{
    for (const qint64 pid : pids) {
        ::kill(static_cast<pid_t>(pid), SIGTERM);
    }
    const auto allGone = [&pids] {
        return std::none_of(pids.begin(), pids.end(), [](qint64 pid) { return isProcessAlive(pid); });
    };
    if (waitUntil(allGone, graceMs, 20)) {
        return;
    }
    for (const qint64 pid : pids) {
        if (isProcessAlive(pid)) {
            ::kill(static_cast<pid_t>(pid), SIGKILL);
        }
    }
    waitUntil(allGone, 2000, 20);
}

bool writeFile(const QString& path, const QByteArray& content, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        if (error) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

QString tailOfFile(const QString& path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QStringList all = QString::fromLocal8Bit(file.readAll()).split(QLatin1Char('\n'));
    return all.mid(qMax<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

} // namespace bdm::lab
