#pragma once

#include <QString>

namespace bdm::readiness {

// What this machine shows of a local BOINC client, beyond its GUI RPC port.
struct ClientInstall
{
    bool examined = false;   // false for a remote client: nothing local to look at
    QString clientProgram;   // path of `boinc`, empty when not installed
    QString boinccmdProgram; // path of `boinccmd`
    bool running = false;
    qint64 pid = 0;
    QString user;    // whom the client runs as; the engine must work for this user
    QString dataDir; // its working directory, when readable
};

} // namespace bdm::readiness
