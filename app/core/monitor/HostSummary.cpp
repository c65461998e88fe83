#include "monitor/HostSummary.h"

namespace bdm::monitor {
namespace {

bool isRunning(const boinc::Result& r)
{
    return r.activeTask && r.activeTask->activeTaskState == boinc::ProcessExecuting;
}

void fillEngine(HostSummary& s, const boinc::HostInfo& h)
{
    if (!h.dockerVersion.isEmpty()) {
        s.engineType = h.dockerType;
        s.engineVersion = h.dockerVersion;
        return;
    }
    // Windows clients report engines per WSL distro; the default distro is the one users mean.
    const boinc::WslDistro* best = nullptr;
    for (const boinc::WslDistro& d : h.wslDistros) {
        if (d.dockerVersion.isEmpty() || d.disallowed)
            continue;
        if (!best || (d.isDefault && !best->isDefault))
            best = &d;
    }
    if (best) {
        s.engineType = best->dockerType;
        s.engineVersion = best->dockerVersion;
    }
}

} // namespace

HostSummary HostSummary::from(const QString& id, const QString& name, const QString& address,
                              const HostSnapshot& snapshot)
{
    HostSummary s;
    s.id = id;
    s.name = name;
    s.address = address;
    s.state = snapshot.state;
    s.stateDetail = snapshot.stateDetail;
    if (snapshot.clientVersion.isKnown())
        s.clientVersion = snapshot.clientVersion.toString();
    if (snapshot.hostInfo) {
        const boinc::HostInfo& h = *snapshot.hostInfo;
        s.osName = h.osName;
        s.osVersion = h.osVersion;
        fillEngine(s, h);
        s.qualifiesForContainers = h.hasContainerEngine();
        s.gpus = h.gpus;
    }
    if (snapshot.haveResults) {
        int running = 0;
        int containers = 0;
        for (const boinc::Result& r : snapshot.results) {
            if (!isRunning(r))
                continue;
            ++running;
            if (r.usesContainer())
                ++containers;
        }
        s.tasksRunning = running;
        s.containerTasksRunning = containers;
    }
    s.lastContact = snapshot.lastContact;
    return s;
}

} // namespace bdm::monitor
