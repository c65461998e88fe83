#include "CliContext.h"
#include "Commands.h"
#include "engine/CurlWorker.h"
#include "engine/EngineConnector.h"
#include "engine/EngineJson.h"

#include <QCoreApplication>
#include <cstdio>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The container's bytes as they are, each stream to its own: no re-encoding, no buffering
// beyond what a pipe needs, so `--follow` shows lines as they come.
void write(const engine::LogFrame& frame)
{
    std::FILE* to = frame.stream == engine::LogStream::Stderr ? stderr : stdout;
    std::fwrite(frame.data.constData(), 1, static_cast<size_t>(frame.data.size()), to);
    std::fflush(to);
}

engine::Json frameToJson(const engine::LogFrame& frame)
{
    return engine::Json{{"stream", frame.stream == engine::LogStream::Stderr ? "stderr" : "stdout"},
                        {"text", QString::fromUtf8(frame.data).toStdString()}};
}

void printJsonLine(const engine::Json& object)
{
    const std::string line = object.dump() + '\n';
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fflush(stdout);
}

int exitCodeFor(const engine::EngineError& error)
{
    return error.notFound() ? ExitFailed : ExitError;
}

} // namespace

int runLogs(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Print a container's log: its stdout on stdout and its stderr on stderr."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("CONTAINER"), Cli::tr("Container name or ID."));
    parser.addOption({QStringLiteral("tail"), Cli::tr("Only the last N lines."), Cli::tr("N")});
    parser.addOption(
        {QStringLiteral("follow"), Cli::tr("Keep printing new output until the container stops.")});
    parser.addOption(
        {QStringLiteral("timestamps"), Cli::tr("Prefix each line with the engine's timestamp.")});
    addEngineOptions(parser);
    CliContext::processArguments(parser, args);
    CliContext ctx;
    EngineOptions options;
    if (!readEngineOptions(parser, ctx, options))
        return ExitError;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(Cli::tr("logs takes one container name or ID"));
    const QString container = parser.positionalArguments().first();
    engine::LogOptions logOptions;
    logOptions.follow = parser.isSet(QStringLiteral("follow"));
    logOptions.timestamps = parser.isSet(QStringLiteral("timestamps"));
    if (parser.isSet(QStringLiteral("tail"))) {
        bool ok = false;
        logOptions.tail = parser.value(QStringLiteral("tail")).toInt(&ok);
        if (!ok || logOptions.tail < 0)
            return ctx.usageError(Cli::tr("--tail: give a number of lines"));
    }

    engine::CurlWorker transport;
    engine::EngineConnector connector(transport, options.environment);
    connector.setTimeout(options.timeoutMs);
    std::shared_ptr<engine::EngineConnector::Connection> held;
    engine::Json output = engine::Json::array();
    QObject guard;
    connectEngine(
        ctx, connector, &guard, held,
        [&](const std::shared_ptr<engine::EngineConnector::Connection>& connection) {
            engine::ContainerEngine& eng = *connection->engine;
            // Inspect first: a TTY container's log is raw, any other is multiplexed.
            eng.inspectContainer(
                container, &guard, [&](const engine::EngineResult<engine::ContainerDetails>& details) {
                    if (!details.ok()) {
                        ctx.err() << QStringLiteral("boinc-docker: ") << details.error.message << Qt::endl;
                        ctx.finish(exitCodeFor(details.error));
                        return;
                    }
                    logOptions.tty = details.value.tty;
                    // --json: one document with every piece in order; with --follow, one
                    // object per line as pieces arrive (a document would never end).
                    const auto onFrame = [&](const engine::LogFrame& frame) {
                        if (!options.json)
                            write(frame);
                        else if (logOptions.follow)
                            printJsonLine(frameToJson(frame));
                        else
                            output.push_back(frameToJson(frame));
                    };
                    eng.logs(
                        details.value.id, logOptions, &guard, onFrame,
                        [&, details](const engine::EngineError& error) {
                            if (!error.ok())
                                ctx.err() << QStringLiteral("boinc-docker: ") << error.message << Qt::endl;
                            else if (options.json && !logOptions.follow)
                                ctx.printJson(engine::Json{{"container", details.value.name.toStdString()},
                                                           {"id", details.value.id.toStdString()},
                                                           {"tty", details.value.tty},
                                                           {"output", std::move(output)}});
                            ctx.finish(error.ok() ? ExitOk : exitCodeFor(error));
                        });
                });
        });
    return ctx.exec();
}

} // namespace bdm::cli
