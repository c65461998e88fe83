#include "LabEngineCleanup.h"

#include "LabTools.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <csignal>
#include <sys/mount.h>

namespace bdm::lab {

namespace {

QByteArray readProcFile(const QString& pid, const char* name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid, QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList processIds()
{
    QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    pids.removeIf([](const QString& entry) { return entry.toLongLong() <= 0; });
    return pids;
}

// /proc/self/mountinfo escapes space, tab, newline and backslash as \ooo.
QString unescapeMountPath(const QByteArray& field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == '\\' && i + 3 < field.size()) {
            out.append(char(field.mid(i + 1, 3).toInt(nullptr, 8)));
            i += 3;
        } else {
            out.append(field.at(i));
        }
    }
    return QString::fromLocal8Bit(out);
}

} // namespace

LabEngineCleanup::LabEngineCleanup(const QString& root) : m_root(root) {}

QString LabEngineCleanup::containerdPidFile() const
{
    return m_root + QStringLiteral("/exec/containerd/containerd.pid");
}

qint64 LabEngineCleanup::containerdPid() const
{
    QFile pidFile(containerdPidFile());
    if (!pidFile.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const qint64 pid = pidFile.readAll().trimmed().toLongLong();
    // The PID file outlives the process: make sure the PID is still our containerd.
    if (pid <= 0 || !isProcessAlive(pid) ||
        !readProcFile(QString::number(pid), "cmdline").contains(m_root.toLocal8Bit())) {
        return 0;
    }
    return pid;
}

QList<qint64> LabEngineCleanup::shimPids() const
{
    QList<qint64> pids;
    const QByteArray address = (m_root + QStringLiteral("/exec/containerd/containerd.sock")).toLocal8Bit();
    for (const QString& pid : processIds()) {
        if (readProcFile(pid, "cmdline").contains(address) && isProcessAlive(pid.toLongLong())) {
            pids.append(pid.toLongLong());
        }
    }
    return pids;
}

QList<qint64> LabEngineCleanup::containerPids() const
{
    QList<qint64> pids;
    const QStringList ids =
        QDir(m_root + QStringLiteral("/data/containers")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (ids.isEmpty()) {
        return pids;
    }
    for (const QString& pid : processIds()) {
        const QByteArray cgroup = readProcFile(pid, "cgroup");
        const bool ours = std::any_of(
            ids.begin(), ids.end(), [&cgroup](const QString& id) { return cgroup.contains(id.toLatin1()); });
        if (ours && isProcessAlive(pid.toLongLong())) {
            pids.append(pid.toLongLong());
        }
    }
    return pids;
}

void LabEngineCleanup::clearStalePidFile() const
{
    if (containerdPid() == 0) {
        QFile::remove(containerdPidFile());
    }
}

void LabEngineCleanup::killContainers() const
{
    const QList<qint64> pids = containerPids();
    for (const qint64 pid : pids) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    waitUntil([&pids] { return std::none_of(pids.begin(), pids.end(), isProcessAlive); }, 5000, 20);
}

void LabEngineCleanup::stopLeftovers() const
{
    killContainers();
    QList<qint64> pids = shimPids();
    if (const qint64 containerd = containerdPid()) {
        pids.append(containerd);
    }
    if (!pids.isEmpty()) {
        terminateProcesses(pids, 5000);
    }
}

QStringList LabEngineCleanup::mounts() const
{
    QStringList points;
    QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
    if (m_root.isEmpty() || !mountInfo.open(QIODevice::ReadOnly)) {
        return points;
    }
    for (const QByteArray& line : mountInfo.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 4) {
            const QString point = unescapeMountPath(fields.at(4));
            if (point == m_root || point.startsWith(m_root + QLatin1Char('/'))) {
                points.append(point);
            }
        }
    }
    return points;
}

bool LabEngineCleanup::detachMounts() const
{
    // Killed dockerds stack their data-root bind mounts, so go round until none is left.
    for (int round = 0; round < 20; ++round) {
        QStringList points = mounts();
        if (points.isEmpty()) {
            return true;
        }
        std::stable_sort(points.begin(), points.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& point : points) {
            ::umount2(point.toLocal8Bit().constData(), MNT_DETACH);
        }
    }
    return mounts().isEmpty();
}

} // namespace bdm::lab
