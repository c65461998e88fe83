#pragma once

#include "submit/JobSpec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace bdm::submit {

// The job spec as a JSON file (resources/schemas/job-spec.schema.json). Reading is strict:
// an unknown key is an error, so a typo ("netwrok") never silently falls back to a default,
// and every error names its JSON path ("target.port: expected an integer"). Relative paths
// (inputs, script, compose_file, target.identity_file, target.known_hosts_file,
// target.authenticator_file) are resolved against the spec file's directory; writing makes
// paths under that directory relative again, so a spec folder can be moved as a whole.
class JobSpecFile
{
public:
    static std::optional<JobSpec> parse(const QByteArray& json, const QString& baseDir, QString* error);
    static std::optional<JobSpec> read(const QString& path, QString* error);

    // Keys with default values are left out; paths relative to `baseDir` where below it.
    static QByteArray toJson(const JobSpec& spec, const QString& baseDir);
    // Atomic (QSaveFile): a failed write leaves the old file as it was.
    static bool write(const JobSpec& spec, const QString& path, QString* error);

    // Every key the parser accepts as a dotted path ("target.port", "gpu.vendor"), for the
    // test that keeps the JSON Schema and the parser in step.
    static QStringList acceptedKeys();
};

} // namespace bdm::submit
