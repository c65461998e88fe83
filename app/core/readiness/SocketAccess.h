#pragma once

#include "readiness/ServiceUser.h"
#include "readiness/SystemRoot.h"

namespace bdm::readiness {

// Whether a user may connect to a Unix socket: write permission on the socket (as owner, group
// member or other) and search permission on every directory above it. Root may always.
struct SocketAccess
{
    QString path;
    bool exists = false;
    bool usable = false;
    uint owner = 0;
    uint group = 0;
    uint mode = 0;   // permission bits of the socket
    QString blocker; // the path that stops the user, when not usable

    static SocketAccess check(const SystemRoot& root, const QString& socketPath, const ServiceUser& user);
};

} // namespace bdm::readiness
