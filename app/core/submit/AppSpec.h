#pragma once

#include "submit/JobSpec.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace bdm::submit {

// A plan class for boinc2docker's --plan_class_new (submission-paths.md §1.4): 0 and empty
// mean "flag not given", which is also boinc2docker's "no tag".
struct NewPlanClass
{
    QString name;
    QString compose; // "" | "v1" | "v2"
    QString gpuType; // "" | "nvidia" | "amd"
    double ngpus = 0;
    int minGpuRamMb = 0;
    int gpuRamUsedMb = 0;
    QString minDriverVersion, maxDriverVersion; // "" = 0 = no limit
    QString minCudaVersion, maxCudaVersion;
    int minNcpus = 0;
    int maxThreads = 0;
    int memUsageBaseMb = 0;
    int memUsagePerCpuMb = 0;
};

// What `boinc-docker app create` reads: a new Docker app made by boinc2docker's --new_app.
struct AppSpec
{
    int version = 1;
    QString app;
    QString userFriendlyName;  // boinc2docker writes the app name; kept for the warning
    QStringList platforms;     // the version dirs to verify; boinc2docker always makes all three
    QString existingPlanClass; // set: use that class; else newPlanClass
    std::optional<NewPlanClass> newPlanClass;
    SubmitTarget target;

    QString planClassName() const { return newPlanClass ? newPlanClass->name : existingPlanClass; }
    static QStringList allPlatforms()
    {
        return {QStringLiteral("x86_64-pc-linux-gnu"), QStringLiteral("windows_x86_64"),
                QStringLiteral("x86_64-apple-darwin")};
    }
};

} // namespace bdm::submit
