#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bdm::readiness {

// One program run (or only looked up) by ProgramRunner.
struct ProgramRun
{
    QString program;       // as asked: "docker"
    QStringList arguments; // empty with lookOnly
    bool lookOnly = false; // only whether it is in PATH
    QString path;          // where PATH found it; empty: not installed
    bool finished = false; // ran to its end (any exit code)
    bool timedOut = false;
    int exitCode = -1;
    QByteArray output;      // stdout
    QByteArray errorOutput; // stderr
    QString error;          // why it could not be run

    bool found() const { return !path.isEmpty(); }
    bool succeeded() const { return finished && exitCode == 0; }
    QString commandLine() const { return (QStringList{program} + arguments).join(QLatin1Char(' ')); }
};

} // namespace bdm::readiness
