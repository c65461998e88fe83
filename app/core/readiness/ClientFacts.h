#pragma once

#include "boinc/ClientVersion.h"
#include "boinc/HostInfo.h"
#include "boinc/PasswordLocator.h"
#include "boinc/RpcEndpoint.h"
#include "boinc/RpcError.h"
#include "readiness/ClientConfigFlags.h"

#include <optional>

namespace bdm::readiness {

// What the BOINC client said about itself and its host: the scheduler judges the host by this,
// so the verdicts follow it.
struct ClientFacts
{
    boinc::RpcEndpoint endpoint;
    boinc::PasswordLookup password;
    boinc::RpcError error; // why the client could not be asked (None once it answered)
    boinc::ClientVersion version;
    std::optional<boinc::HostInfo> hostInfo;
    ClientConfigFlags config;
    QString configError; // why the options could not be read, when they could not
    bool resetRequested = false;
    boinc::RpcError resetError; // from reset_host_info, when it was requested

    bool reachable() const { return error.ok() && version.isKnown(); }
};

} // namespace bdm::readiness
