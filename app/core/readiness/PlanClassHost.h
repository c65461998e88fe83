#pragma once

#include "boinc/ClientState.h"
#include "boinc/ClientVersion.h"
#include "boinc/HostInfo.h"
#include "readiness/ClientConfigFlags.h"

#include <QString>

namespace bdm::readiness {

// What a scheduler request tells the server about this computer, as far as the GUI RPC shows it.
struct PlanClassHost
{
    boinc::HostInfo host;
    boinc::ClientVersion client; // unknown (0.0.0) reads as a client older than any minimum
    ClientConfigFlags config;    // dont_use_docker / dont_use_wsl travel in the request
    QString platformName;        // primary platform (get_state); decides VirtualBox <is64bit>
    // Computing preferences the scheduler applies: max_ncpus_pct (0: all CPUs) and the larger of
    // ram_max_used_busy/idle fractions (BOINC's defaults are 50 % and 90 %).
    double maxNcpusPct = 0;
    double ramMaxUsedFrac = 0.9;

    static PlanClassHost fromState(const boinc::ClientState& state, const ClientConfigFlags& config)
    {
        PlanClassHost h;
        h.host = state.hostInfo;
        h.client = state.clientVersion;
        h.config = config;
        h.platformName = state.platformName;
        return h;
    }
};

} // namespace bdm::readiness
