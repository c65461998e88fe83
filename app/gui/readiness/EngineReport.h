#pragma once

#include "boinc/ClientVersion.h"
#include "boinc/HostInfo.h"

#include <QCoreApplication>
#include <QString>

namespace bdm::gui {

// Words for what a BOINC client says about its container engine (docker_version/docker_type, or
// the WSL distros on Windows). It repeats the client's report; it checks nothing itself.
class EngineReport
{
    Q_DECLARE_TR_FUNCTIONS(EngineReport)

public:
    static QString describe(const boinc::HostInfo& host, const boinc::ClientVersion& version);

private:
    static QString engineName(boinc::EngineType type);
    static QString describeWindows(const boinc::HostInfo& host);
    static QString describeUnix(const boinc::HostInfo& host, const boinc::ClientVersion& version);
};

} // namespace bdm::gui
