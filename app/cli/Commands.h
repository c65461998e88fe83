#pragma once

#include "engine/DiscoveryEnvironment.h"
#include "engine/HttpTransport.h"

#include <QStringList>

class QCommandLineParser;

namespace bdm::cli {

class CliContext;

// Each subcommand takes its arguments (argv[0] plus everything after the subcommand's name)
// and returns the process exit code.
int runTasks(const QStringList& args);
int runHost(const QStringList& args);
int runTask(const QStringList& args);
int runEngine(const QStringList& args);
int runContainers(const QStringList& args);
int runLogs(const QStringList& args);

// The options the engine commands share (EngineCommand.cpp): --engine, --timeout, --json.
struct EngineOptions
{
    engine::DiscoveryEnvironment environment; // with --engine as its override
    int timeoutMs = engine::HttpRequest::defaultTimeoutMs;
    bool json = false;
};
void addEngineOptions(QCommandLineParser& parser);
// False (with a message on stderr) for a usage error.
bool readEngineOptions(const QCommandLineParser& parser, CliContext& ctx, EngineOptions& options);

} // namespace bdm::cli
