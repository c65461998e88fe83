#pragma once

#include "engine/DiscoveryEnvironment.h"
#include "engine/EngineConnector.h"
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
int runHosts(const QStringList& args);
int runCheck(const QStringList& args);
int runHistory(const QStringList& args);
int runSubmit(const QStringList& args);
int runJobs(const QStringList& args);
int runServer(const QStringList& args);
int runApp(const QStringList& args);

// The options the engine commands share (EngineCommand.cpp): --engine, --timeout, --json.
struct EngineOptions
{
    engine::DiscoveryEnvironment environment; // with --engine as its override
    int timeoutMs = engine::HttpRequest::defaultTimeoutMs;
    bool json = false;
};
void addEngineOptions(QCommandLineParser& parser);
// Only --engine, for commands that also take the client's common options (CliContext).
void addEngineUrlOption(QCommandLineParser& parser);
// Reads --engine into `environment`; false (with a message on stderr) for a usage error.
bool readEngineUrlOption(const QCommandLineParser& parser, CliContext& ctx,
                         engine::DiscoveryEnvironment& environment);
// False (with a message on stderr) for a usage error.
bool readEngineOptions(const QCommandLineParser& parser, CliContext& ctx, EngineOptions& options);
// Discovery, then the engine: `onEngine` gets a connection that has one (also kept in `held`, so
// later callbacks can rely on it); otherwise prints why there is none and finishes with exit 2.
void connectEngine(CliContext& ctx, engine::EngineConnector& connector, const QObject* guard,
                   std::shared_ptr<engine::EngineConnector::Connection>& held,
                   std::function<void(const std::shared_ptr<engine::EngineConnector::Connection>&)> onEngine);

} // namespace bdm::cli
