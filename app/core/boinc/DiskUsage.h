#pragma once

#include <QList>
#include <QString>

namespace bdm::boinc {

struct ProjectDiskUsage
{
    QString masterUrl;
    double bytes = 0;
};

struct DiskUsage
{
    QList<ProjectDiskUsage> projects;
    double total = 0;
    double free = 0;
    double boinc = 0;
    double allowed = 0;
};

// A task the client finished recently (get_old_results).
struct OldResult
{
    QString projectUrl;
    QString resultName;
    QString appName;
    int exitStatus = 0;
    double elapsedTime = 0;
    double cpuTime = 0;
    double completedTime = 0;
    double createTime = 0;
};

} // namespace bdm::boinc
