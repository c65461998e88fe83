#pragma once

#include <QString>
#include <QStringList>

namespace bdm::readiness {

// Whether the scheduler would send this computer work for one plan class, and why not.
struct PlanClassVerdict
{
    QString name;
    bool ok = false;
    // The first refusal, in the scheduler's own words where it has some (the "no work" notices,
    // e.g. "Docker not present"); otherwise a sentence naming the required and the actual value.
    // When ok: empty, or what could not be judged here.
    QString reason;
    QString rule;          // the plan class element that refused, e.g. "docker", "min_ncpus"
    QStringList notJudged; // rules only the server can decide (user, project prefs, job ids, chance)
};

} // namespace bdm::readiness
