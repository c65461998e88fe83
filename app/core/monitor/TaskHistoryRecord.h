#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace bdm::monitor {

// The outcome of one container task, kept after BOINC has removed the container.
struct TaskHistoryRecord
{
    qint64 id = 0; // the store's row id; 0 before it is stored
    QString host;  // the client's address as the user knows it
    QString projectUrl;
    QString resultName;
    QString containerName;
    QString containerId;
    QString image;
    std::optional<int> exitCode; // empty when the container was gone before it could be read
    bool oomKilled = false;
    quint64 peakMemoryBytes = 0;
    double cpuTime = 0; // seconds
    double elapsed = 0; // seconds
    QDateTime startedAt;
    QDateTime finishedAt;
    std::optional<int> finalState; // boinc::ResultState as last seen, empty if never seen
};

} // namespace bdm::monitor
