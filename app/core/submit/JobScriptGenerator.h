#pragma once

#include "submit/JobSpec.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace bdm::submit {

struct JobScriptOptions
{
    // Load the image from the shipped layer archives (layer_*.tar.manual.gz and
    // image_<id>.tar.manual.gz, inputs of the job) and run it by its ID. create_work and web
    // RPC submissions in "layers" delivery; boinc2docker inserts its own loader instead.
    bool loadLayers = false;
    // Inputs that arrive under another name (boinc2docker names them by their staged,
    // content-unique name): renamed (slot name, original name) before the container starts.
    QList<QPair<QString, QString>> renames;
    // The parameter row whose values replace {name} in the command (or are the script's
    // arguments); -1: none.
    int row = -1;
    // One script for every row (SSH create_work): the workunit name of each parameter row, in
    // row order. The script finds its row by <wu_name> in ./init_data.xml, so a value never
    // passes through create_work's command-line splitting. Takes precedence over `row`.
    QStringList rowWorkunits;
};

// The bash job script that runs in the BOINC slot directory on the volunteer's host.
//
// Engine: the one the client chose (<docker_type> in ./init_data.xml: 1 Docker, 2 Podman),
// else podman, else docker from PATH, as the client looks for them. The container is named
// bdmjob_<spec name>_<pid>_<random> (never boinc__, which belongs to docker_wrapper), sees
// the slot directory as /work (its working directory), has the spec's network mode and GPU
// flags, and is removed when it ends or when the script is killed (TERM, INT, HUP).
//
// Progress convention: a line `PROGRESS <fraction>` (0 to 1, e.g. `PROGRESS 0.42`) on the
// command's standard output is written to ./fraction_done, where BOINC's wrappers read it;
// the line is still passed on. The script's exit status is the container's.
class JobScriptGenerator
{
public:
    static QString generate(const JobSpec& spec, const JobScriptOptions& options = {});

    // A Windows launcher that runs the job script through WSL's bash (the boinc2docker
    // launcher's way); nullopt with `why` when the name cannot be quoted for cmd.exe.
    static std::optional<QString> windowsLauncher(const QString& scriptName, QString* why = nullptr);

    // The argv the container runs: the command with row `row`'s values substituted for
    // {name}, or `bash ./<script>` followed by the row's values ($1, $2, ... in the order of
    // parameter_names). Empty for a compose file.
    static QStringList containerArguments(const JobSpec& spec, int row = -1);
};

} // namespace bdm::submit
