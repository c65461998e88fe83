#pragma once

#include "submit/JobSpec.h"

#include <QString>

namespace bdm::submit {

// job.toml for docker_wrapper apps, with only the keys docker_wrapper reads
// (submission-paths.md §4): workdir, use_gpu, create_args (network mode, CDI device).
class JobTomlGenerator
{
public:
    static QString generate(const JobSpec& spec, const QString& workdir = QStringLiteral("/app"));
    // A TOML basic string: quotes, backslashes and control characters escaped.
    static QString tomlString(const QString& value);
};

} // namespace bdm::submit
