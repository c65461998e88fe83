#pragma once

#include <QStringList>

namespace bdm::cli {

// Each subcommand takes its arguments (argv[0] plus everything after the subcommand's name)
// and returns the process exit code.
int runTasks(const QStringList& args);
int runHost(const QStringList& args);
int runTask(const QStringList& args);

} // namespace bdm::cli
