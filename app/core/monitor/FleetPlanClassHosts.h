#pragma once

#include "monitor/Fleet.h"
#include "readiness/PlanClassFleetTally.h"

#include <QList>

namespace bdm::monitor {

// The fleet's hosts as the plan-class judge sees them: those whose client has told its host
// info, with what the GUI RPC poll knows. The client's cc_config flags (dont_use_docker) are not
// part of the poll, so they count as unset here; the Readiness check reads them per host.
class FleetPlanClassHosts
{
public:
    static QList<readiness::PlanClassFleetTally::Host> from(const Fleet& fleet);
};

} // namespace bdm::monitor
