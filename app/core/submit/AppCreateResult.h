#pragma once

#include <QString>
#include <QStringList>

namespace bdm::submit {

// What `app create` found on the server afterwards (AppCreator's verification).
struct AppCreateResult
{
    QString app;
    QString planClass;
    QStringList created; // version.xml paths, relative to the project directory
    QStringList missing; // expected version.xml paths that are not there
    bool planClassAdded = false;
    bool planClassPresent = false;
    int toolExitCode = -1;
    QString toolOutput; // boinc2docker's stdout + stderr, verbatim
    QStringList warnings;

    bool ok() const { return missing.isEmpty() && planClassPresent; }
};

} // namespace bdm::submit
