#pragma once

#include "boinc/TaskJson.h"
#include "submit/JobSpec.h"

#include <QList>
#include <QString>
#include <optional>

namespace bdm::submit {

struct PreviewUpload
{
    QString remoteName;
    QString source; // local path, or "(generated)"
    qint64 size = 0;
};

struct PreviewFile
{
    QString name;
    QString text;
};

// What a submission would send and run, decided exactly as the real one decides it (same
// plan, same generated files), without contacting the server: `submit --dry-run` and the
// wizard's review step.
struct SubmitPreview
{
    QString transport;
    QString mode;
    QString target;
    QList<PreviewUpload> uploads;
    QStringList workunits; // known up front (create_work, web RPC); empty for boinc2docker
    QString command;       // the remote shell command, or the RPC requests in order
    QList<PreviewFile> files;

    static std::optional<SubmitPreview> build(const JobSpec& spec, QString* error);
};

boinc::Json previewToJson(const SubmitPreview& preview);

} // namespace bdm::submit
