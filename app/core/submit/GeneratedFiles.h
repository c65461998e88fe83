#pragma once

#include "submit/JobSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bdm::submit {

struct GeneratedFile
{
    QString name; // as the review step lists it, and as it would be uploaded
    QString text;
    bool executable = false;
};

struct GenerationContext
{
    QString entryKey = QStringLiteral("JOBKEY"); // the journal key: staging directory and workunit names
    // Layer archives exported for "layers" delivery in web RPC mode.
    QStringList layerFiles;
};

// Every file a submission of `spec` would generate, for the wizard's review step: over SSH,
// the generated files of the very plan the backend carries out (SshSubmitPlan) and the server
// command; for remote submission the job script, the templates and job.toml; and the .bat
// launcher when asked.
class GeneratedFiles
{
public:
    static QList<GeneratedFile> forSpec(const JobSpec& spec, const GenerationContext& context = {});
};

} // namespace bdm::submit
