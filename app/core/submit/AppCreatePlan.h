#pragma once

#include "submit/AppSpec.h"

#include <QString>
#include <QStringList>

namespace bdm::submit {

// What `app create` will do on the server, for display and for running: boinc2docker's
// --new_app call (submission-paths.md §1.4–1.6) with only its real flags, and the
// <plan_class> block it appends before the last line of plan_class_spec.xml.
class AppCreatePlan
{
public:
    // The script boinc2docker insists on (it makes a workunit after the app): a no-op.
    static QString placeholderScriptPath(const AppSpec& spec);

    // bin/boinc2docker_create_work's arguments (program name excluded).
    static QStringList arguments(const AppSpec& spec);
    // The command as run from the project directory, quoted: `bin/boinc2docker_create_work ...`.
    static QString commandLine(const AppSpec& spec);
    // The block boinc2docker's create_new_plan_class() writes, byte for byte; empty for an
    // existing class.
    static QString planClassXml(const NewPlanClass& planClass);
    // apps/<app>/1.0.0/<platform>__<plan_class>/version.xml for each platform, relative to the project.
    static QStringList versionFiles(const AppSpec& spec);

    // The remote shell scripts (before RemoteShell::wrap). Exit codes below.
    static QString checkScript(const AppSpec& spec);
    static QString createScript(const AppSpec& spec);
    static QString verifyScript(const AppSpec& spec);

    static constexpr int appExistsExit = 3;
    static constexpr int noToolExit = 4;
};

} // namespace bdm::submit
