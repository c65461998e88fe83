#pragma once

#include "readiness/ServiceUser.h"
#include "readiness/SystemRoot.h"

#include <optional>

namespace bdm::readiness {

// The running BOINC client, found in /proc.
struct BoincProcess
{
    qint64 pid = 0;
    uint uid = 0;
    QString user; // empty when the uid is not in /etc/passwd
    QString dataDir;
};

// Reads the service user's facts from files only (cheap, so it may run anywhere).
class ServiceUserProbe
{
public:
    // The first process whose command name is `boinc` (the client; boinccmd and boincmgr differ).
    static std::optional<BoincProcess> findClient(const SystemRoot& root);
    static ServiceUser examine(const SystemRoot& root, const QString& name);
    // The client's user when it runs, else `fallback` (Debian's and Fedora's packages use "boinc").
    static ServiceUser examineClientUser(const SystemRoot& root, const QString& fallback);
    static SelinuxMode selinux(const SystemRoot& root);
};

} // namespace bdm::readiness
