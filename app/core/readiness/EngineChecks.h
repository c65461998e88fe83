#pragma once

#include "readiness/Check.h"
#include "readiness/LocalFacts.h"

namespace bdm::readiness {

// CheckGroup::Engine lines from this machine's facts: the engine CLIs and the one the client
// would pick, whether this user reaches the engine, whether the client's user may use it
// (docker group and socket; subordinate ids and lingering for rootless Podman), SELinux,
// rootless or not, compose. Pure.
class EngineChecks
{
public:
    static CheckList build(const LocalFacts& facts);

    // The service user's fixes, as commands.
    static QString dockerGroupFix(const QString& user);
    static QString subordinateIdsFix(const QString& user);
    static QString lingerFix(const QString& user);
};

} // namespace bdm::readiness
