#pragma once

#include "boinc/TaskJson.h"
#include "readiness/Check.h"
#include "readiness/PlanClassVerdict.h"
#include "readiness/Verdict.h"

#include <QDateTime>
#include <QList>

namespace bdm::readiness {

// Everything `boinc-docker check` prints and the Readiness page shows, from the same object.
struct ReadinessReport
{
    QString host;      // the client asked, as host:port or socket path
    QDateTime created; // UTC
    CheckList checks;
    Verdicts verdicts;
    QString planClassSource; // file or URL; empty when none was asked for
    QString planClassError;  // why the plan classes could not be judged
    QList<PlanClassVerdict> planClasses;

    // The CLI's JSON: {"checks": [...], "verdicts": {...}, "plan_classes": [...]}, plus "host",
    // "created" and "plan_class_source"/"plan_class_error" when set.
    boinc::Json toJson() const;
    // For a forum post: the answer first, then what failed or warned, then the whole list.
    QString toMarkdown() const;

    static boinc::Json verdictJson(const Verdict& verdict);
    // The overall answer of the banner: does the host get CPU container work at all.
    bool qualifies() const { return verdicts.dockerCpu.ok; }
};

} // namespace bdm::readiness
