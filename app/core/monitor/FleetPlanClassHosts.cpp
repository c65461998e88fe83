#include "monitor/FleetPlanClassHosts.h"

#include "monitor/HostSession.h"

namespace bdm::monitor {

QList<readiness::PlanClassFleetTally::Host> FleetPlanClassHosts::from(const Fleet& fleet)
{
    QList<readiness::PlanClassFleetTally::Host> hosts;
    for (const QString& id : fleet.hostIds()) {
        const HostSession* session = fleet.session(id);
        if (!session || !session->snapshot().hostInfo)
            continue;
        const HostSnapshot& s = session->snapshot();
        readiness::PlanClassHost h;
        h.host = *s.hostInfo;
        h.client = s.clientVersion;
        hosts.append({fleet.name(id), h});
    }
    return hosts;
}

} // namespace bdm::monitor
