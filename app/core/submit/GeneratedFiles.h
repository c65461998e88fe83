#pragma once

#include "submit/JobSpec.h"

#include <QHash>
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
    QString entryKey = QStringLiteral("JOBKEY");                    // journal key: workunit names
    QString stagingDir = QStringLiteral("/tmp/bdm-staging-JOBKEY"); // unique directory on the server
    // Local input path -> content-unique server name (PhysicalName::forFile, computed off the
    // GUI thread). Paths missing here get a placeholder digest, "input_xxxxxxxx.txt".
    QHash<QString, QString> physicalNames;
    // Layer archives exported for "layers" delivery in create_work and web RPC modes.
    QStringList layerFiles;
};

// Every file a submission of `spec` would generate, for the wizard's review step and
// `submit --dry-run`: the job script (and its .bat launcher), and per mode the boinc2docker
// command, or the templates and the create_work script, or job.toml (web RPC).
class GeneratedFiles
{
public:
    static QList<GeneratedFile> forSpec(const JobSpec& spec, const GenerationContext& context = {});
    // The server name of a local input in `context` (or its placeholder).
    static QString physicalName(const GenerationContext& context, const QString& path);
};

} // namespace bdm::submit
