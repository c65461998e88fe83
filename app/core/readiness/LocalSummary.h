#pragma once

#include "readiness/Check.h"
#include "readiness/ClientInstall.h"
#include "readiness/ComputerSummary.h"
#include "readiness/LocalFacts.h"

namespace bdm::readiness {

// The few local findings the verdicts need, from the local probe's facts and the checks built
// from them (the service user's problems are the failing and warning engine lines about it).
class LocalSummary
{
public:
    static ComputerSummary summarize(const LocalFacts& facts);
    // All of EngineChecks, GpuChecks and ResourceChecks, in that order.
    static CheckList checks(const LocalFacts& facts);
    // What the local probe saw of the client: program, process, user, data directory.
    static ClientInstall clientInstall(const LocalFacts& facts);
};

} // namespace bdm::readiness
