#pragma once

#include "readiness/SystemRoot.h"

#include <QList>

namespace bdm::readiness {

struct DiskSpace
{
    QString path;     // as asked
    QString measured; // the nearest existing directory actually measured
    bool known = false;
    qint64 freeBytes = 0; // available to unprivileged users
    qint64 totalBytes = 0;
};

// Memory, CPUs, virtualization flags and free disk where images and BOINC's data live.
struct SystemResources
{
    qint64 memoryTotal = 0; // bytes, /proc/meminfo MemTotal
    qint64 memoryAvailable = 0;
    int cpus = 0; // "processor" entries of /proc/cpuinfo
    bool vmx = false;
    bool svm = false;
    bool hypervisor = false; // this machine is itself a VM
    QList<DiskSpace> disks;

    static SystemResources read(const SystemRoot& root, const QStringList& diskPaths);
    static DiskSpace disk(const SystemRoot& root, const QString& path);
};

} // namespace bdm::readiness
