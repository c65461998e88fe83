#pragma once

#include "readiness/PlanClassHost.h"
#include "readiness/PlanClassSpec.h"

#include <QString>
#include <optional>

// The steps of the scheduler's PLAN_CLASS_SPEC::check(), split by subject. Each returns the
// refusal, or nothing when the host passes that step.
namespace bdm::readiness::rules {

struct Refusal
{
    QString rule;
    QString reason;
};
using Outcome = std::optional<Refusal>;

// CPU features and count, OS, libc, CPU vendor and model, client version.
Outcome hostBasics(const PlanClassSpec& spec, const PlanClassHost& h);
// VirtualBox; sets canUseMulticore false where the scheduler would run the job single-threaded.
Outcome virtualBox(const PlanClassSpec& spec, const PlanClassHost& h, bool& canUseMulticore);
// <wsl/> and <docker/>.
Outcome containers(const PlanClassSpec& spec, const PlanClassHost& h);
// GPU type, OpenCL, GPU RAM, driver and peak FLOPS; for CPU classes the per-CPU memory.
Outcome devices(const PlanClassSpec& spec, const PlanClassHost& h, bool canUseMulticore);

// The scheduler's CPU count after preferences (WORK_REQ::get_job_limits, without server limits).
int effectiveNcpus(const PlanClassHost& h);

} // namespace bdm::readiness::rules
