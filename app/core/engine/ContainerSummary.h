#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace bdm::engine {

struct ContainerMount
{
    QString type; // bind, volume, tmpfs
    QString source;
    QString destination;
    bool readWrite = true;
};

// One entry of GET /containers/json (or `docker ps`). Names come without the leading '/'.
struct ContainerSummary
{
    QString id;
    QString name; // first name
    QString image;
    QString imageId;
    QString command;
    qint64 created = 0; // Unix seconds
    QString state;      // created, running, paused, restarting, removing, exited, dead
    QString status;     // "Up 24 seconds", "Exited (3) 5 seconds ago"
    QMap<QString, QString> labels;
    QList<ContainerMount> mounts;

    bool isRunning() const { return state == QLatin1String("running"); }
    bool isBoinc() const { return name.startsWith(QLatin1String("boinc__")); }
    // The list does not carry exit codes; Docker and Podman both write them into Status.
    std::optional<int> exitCodeFromStatus() const;
};

} // namespace bdm::engine
