#pragma once

#include "boinc/TaskJson.h"
#include "readiness/PlanClassHost.h"
#include "readiness/PlanClassSpecFile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bdm::readiness {

// How many hosts of a fleet one plan class would get work on.
struct PlanClassFleetCount
{
    QString planClass;
    QString needs; // PlanClassFleetTally::needs()
    int qualifying = 0;
    int judged = 0; // hosts whose host info is known
    QStringList qualifyingHosts;
    QStringList refusals; // "host: the scheduler's reason"
};

// Every plan class of a project judged against every host of a fleet, with the same rules as the
// Readiness check (PlanClassJudge). Only hosts that have answered with their host info count.
class PlanClassFleetTally
{
public:
    struct Host
    {
        QString name;
        PlanClassHost host;
    };

    static QList<PlanClassFleetCount> tally(const PlanClassSpecFile& file, const QList<Host>& hosts);
    // A class's container and GPU needs in a few words ("Docker/Podman, GPU: nvidia ≥ 4096 MB").
    static QString needs(const PlanClassSpec& spec);
    // [{"plan_class", "needs", "qualifying", "judged", "qualifying_hosts", "refusals"}]
    static boinc::Json toJson(const QList<PlanClassFleetCount>& counts);
};

} // namespace bdm::readiness
