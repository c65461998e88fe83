#pragma once

#include "submit/JobSpec.h"

#include <QStringList>

namespace bdm::submit {

// The local files a job ships as input files, in the order templates and commands list them:
// the spec's inputs, then its script, then its compose file. Inside the job each one is in
// the working directory under its own file name (its open name).
class JobInputs
{
public:
    static QStringList paths(const JobSpec& spec);
    static QStringList openNames(const JobSpec& spec);
    // The open name of the generated job script, which boinc2docker apps' launchers run.
    static QString jobScriptOpenName() { return QStringLiteral("boinc_docker"); }
};

} // namespace bdm::submit
