#include "readiness/SystemResources.h"

#include <QDir>
#include <QFileInfo>
#include <sys/statvfs.h>

namespace bdm::readiness {

namespace {

qint64 meminfoBytes(const QString& line)
{
    // "MemTotal:       16314436 kB"
    return line.section(QLatin1Char(':'), 1).simplified().section(QLatin1Char(' '), 0, 0).toLongLong() * 1024;
}

} // namespace

DiskSpace SystemResources::disk(const SystemRoot& root, const QString& path)
{
    DiskSpace d;
    d.path = path;
    // /var/lib/docker may not exist yet: its filesystem is that of the nearest parent.
    QString dir = QDir::cleanPath(path);
    while (!dir.isEmpty() && !QFileInfo::exists(root.path(dir)) && dir != QLatin1String("/"))
        dir = QFileInfo(dir).path();
    struct statvfs st = {};
    if (dir.isEmpty() || ::statvfs(root.path(dir).toLocal8Bit().constData(), &st) != 0)
        return d;
    d.measured = dir;
    d.known = true;
    d.freeBytes = static_cast<qint64>(st.f_bavail) * static_cast<qint64>(st.f_frsize);
    d.totalBytes = static_cast<qint64>(st.f_blocks) * static_cast<qint64>(st.f_frsize);
    return d;
}

SystemResources SystemResources::read(const SystemRoot& root, const QStringList& diskPaths)
{
    SystemResources r;
    for (const QString& line : root.lines(QStringLiteral("/proc/meminfo"))) {
        if (line.startsWith(QLatin1String("MemTotal:")))
            r.memoryTotal = meminfoBytes(line);
        else if (line.startsWith(QLatin1String("MemAvailable:")))
            r.memoryAvailable = meminfoBytes(line);
    }
    for (const QString& line : root.lines(QStringLiteral("/proc/cpuinfo"))) {
        const QString key = line.section(QLatin1Char(':'), 0, 0).trimmed();
        if (key == QLatin1String("processor")) {
            ++r.cpus;
        } else if (key == QLatin1String("flags")) {
            const QStringList flags =
                line.section(QLatin1Char(':'), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            r.vmx = r.vmx || flags.contains(QLatin1String("vmx"));
            r.svm = r.svm || flags.contains(QLatin1String("svm"));
            r.hypervisor = r.hypervisor || flags.contains(QLatin1String("hypervisor"));
        }
    }
    QStringList seen;
    for (const QString& path : diskPaths) {
        if (path.isEmpty() || seen.contains(path))
            continue;
        seen.append(path);
        r.disks.append(disk(root, path));
    }
    return r;
}

} // namespace bdm::readiness
