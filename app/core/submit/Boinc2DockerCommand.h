#pragma once

#include "submit/JobSpec.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace bdm::submit {

// The call of the server's bin/boinc2docker_create_work for a spec, with only the flags it
// has (submission-paths.md §1.4): --appname, --image (layers delivery), --input_files,
// --output_files_names, --bash_script_path, --plan_class_name, --gpu_type, --ngpus,
// --min_gpu_ram_mb, --driver_versions, --cuda_versions, --min_ncpus, --max_threads,
// --use_compose. Replication, bounds and names are not among them (JobSpecValidator warns).
class Boinc2DockerCommand
{
public:
    // The program's arguments. `scriptPath` is the staged job script, `inputPaths` the
    // staged inputs (JobInputs order), all absolute server paths. nullopt with `error` when a
    // value would break boinc2docker's comma-separated lists or read as an option.
    static std::optional<QStringList> arguments(const JobSpec& spec, const QString& scriptPath,
                                                const QStringList& inputPaths, QString* error = nullptr);

    // The workunit ID from boinc2docker's "Your workunit ID is: <id>" line; empty if absent.
    static QString parseWorkunitId(const QString& standardOutput);
};

} // namespace bdm::submit
