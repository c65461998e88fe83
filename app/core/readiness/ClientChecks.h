#pragma once

#include "readiness/Check.h"
#include "readiness/ClientFacts.h"
#include "readiness/ClientInstall.h"

namespace bdm::readiness {

// The checklist lines about the BOINC client (CheckGroup::Client) and about what it detected
// and reported (CheckGroup::Detected). Pure: the facts come from ClientProbe and the local probe.
class ClientChecks
{
public:
    static CheckList build(const ClientFacts& facts, const ClientInstall& install);

    // The first BOINC releases that report Docker/Podman at all, and on macOS usefully.
    static constexpr int minDockerClient = 80200;
    static constexpr int minMacDockerClient = 80206;
    static bool clientReportsContainers(const ClientFacts& facts);
    static QString upgradeFix();
};

} // namespace bdm::readiness
