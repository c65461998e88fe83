#pragma once

#include "readiness/ClientFacts.h"
#include "readiness/ComputerSummary.h"
#include "readiness/Verdict.h"

namespace bdm::readiness {

// The verdicts follow the client's view, as the scheduler does (sched/plan_class_spec.cpp):
// the reason is the scheduler's refusal for the `docker` and `docker_nvidia_cuda` plan classes of
// plan_class_spec.xml.sample, and the local findings explain it and give the fix.
class VerdictRules
{
public:
    static Verdicts judge(const ClientFacts& client, const ComputerSummary& computer);

    static Verdict dockerCpu(const ClientFacts& client, const ComputerSummary& computer);
    static Verdict dockerGpuNvidia(const ClientFacts& client, const ComputerSummary& computer,
                                   const Verdict& cpu);
    static Verdict compose(const ClientFacts& client, const ComputerSummary& computer);

    // The minimum boinc-buda-runner version of the sample docker_nvidia_cuda class.
    static constexpr int minWslDistroForGpu = 6;
};

} // namespace bdm::readiness
