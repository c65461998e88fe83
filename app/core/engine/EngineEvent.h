#pragma once

#include <QMap>
#include <QString>

namespace bdm::engine {

// One object of the /events stream (Docker and Podman's compat API write the same shape).
struct EngineEvent
{
    QString type;   // container, image, network, volume, ...
    QString action; // create, start, die, pause, unpause, destroy, oom, "exec_start: sh" ...
    QString id;     // Actor.ID
    QString from;   // image, for container events
    QMap<QString, QString> attributes; // Actor.Attributes: name, image, exitCode ...
    qint64 time = 0;                   // Unix seconds
    qint64 timeNano = 0;               // Unix nanoseconds; the resume cursor

    QString name() const { return attributes.value(QStringLiteral("name")); }
    // `since` for /events: seconds.nanoseconds, as the docker CLI sends it.
    static QString cursorText(qint64 timeNano);
};

} // namespace bdm::engine
