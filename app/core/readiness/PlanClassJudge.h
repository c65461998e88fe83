#pragma once

#include "boinc/TaskJson.h"
#include "readiness/PlanClassHost.h"
#include "readiness/PlanClassSpecFile.h"
#include "readiness/PlanClassVerdict.h"

#include <QList>

namespace bdm::readiness {

// Judges plan classes against one computer as PLAN_CLASS_SPEC::check() in the BOINC scheduler
// does: the same rules in the same order, stopping at the first refusal. Rules that depend on the
// project's server (user id, project preferences, job and batch ids, infeasible_random) are not
// judged; they leave the verdict ok and are listed in notJudged, because this computer meets
// them for some user, job or draw, and the question asked here is about the computer.
class PlanClassJudge
{
public:
    explicit PlanClassJudge(PlanClassHost host) : m_host(std::move(host)) {}

    PlanClassVerdict judge(const PlanClassSpec& spec) const;
    QList<PlanClassVerdict> judgeAll(const PlanClassSpecFile& file) const;

    // {"name", "ok", "reason"}; one object per verdict, in file order.
    static boinc::Json toJson(const PlanClassVerdict& verdict);
    static boinc::Json toJson(const QList<PlanClassVerdict>& verdicts);

private:
    PlanClassHost m_host;
};

} // namespace bdm::readiness
