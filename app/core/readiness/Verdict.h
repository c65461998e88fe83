#pragma once

#include <QString>

namespace bdm::readiness {

// Whether this host gets one kind of container work, and why not in the scheduler's own words.
struct Verdict
{
    bool ok = false;
    QString reason; // the scheduler's refusal ("Docker not present"), or what qualifies the host
    QString detail; // the local cause behind the reason, when one was found
    QString fix;    // what to do, often commands; empty when ok
};

struct Verdicts
{
    Verdict dockerCpu;
    Verdict dockerGpuNvidia;
    Verdict compose;
};

} // namespace bdm::readiness
