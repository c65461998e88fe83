#pragma once

#include "boinc/PasswordLocator.h"
#include "boinc/RpcEndpoint.h"
#include "readiness/ActiveTests.h"

namespace bdm::readiness {

struct ReadinessOptions
{
    boinc::RpcEndpoint endpoint;
    boinc::PasswordLookup password;
    int timeoutMs = 30000;
    bool recheck = false;            // ask the client to detect again first (reset_host_info)
    bool active = false;             // run containers (ActiveTests)
    QString planClasses;             // plan_class_spec.xml: a file or an http(s) URL; empty: none
    ActiveTestOptions activeOptions; // images and timeout; the endpoint is filled in by the runner
};

} // namespace bdm::readiness
