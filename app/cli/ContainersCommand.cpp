#include "CliContext.h"
#include "Commands.h"
#include "TextTable.h"
#include "engine/ContainerSnapshot.h"
#include "engine/CurlWorker.h"
#include "engine/EngineConnector.h"
#include "engine/EngineJson.h"

#include <QCoreApplication>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

using Entry = engine::ContainerSnapshot::Entry;

QString mib(quint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

void printTable(CliContext& ctx, const QList<Entry>& entries)
{
    if (entries.isEmpty()) {
        ctx.out() << Cli::tr("No containers.") << Qt::endl;
        return;
    }
    TextTable table({Cli::tr("NAME"), Cli::tr("STATE"), Cli::tr("EXIT"), Cli::tr("CPU %"), Cli::tr("MEMORY"),
                     Cli::tr("STARTED"), Cli::tr("IMAGE")});
    for (const Entry& e : entries) {
        const engine::Json j = engine::containerToJson(e.summary, e.details ? &*e.details : nullptr,
                                                       e.stats ? &*e.stats : nullptr);
        const QString exitCode =
            j["exit_code"].is_null() ? QString() : QString::number(j["exit_code"].get<int>());
        const QString cpu = j["cpu_percent"].is_null()
                                ? QString()
                                : QStringLiteral("%1%").arg(j["cpu_percent"].get<double>(), 0, 'f', 2);
        const QString memory =
            j["memory_bytes"].is_null() ? QString() : mib(j["memory_bytes"].get<quint64>());
        const QString started = j["started_at"].is_null()
                                    ? QString()
                                    : QString::fromStdString(j["started_at"].get<std::string>()).left(19);
        table.addRow({e.summary.name, QString::fromStdString(j["state"].get<std::string>()), exitCode, cpu,
                      memory, started, QString::fromStdString(j["image"].get<std::string>())});
    }
    table.print(ctx.out());
}

} // namespace

int runContainers(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("List BOINC's containers (named boinc__...) with their state, exit code, "
                "CPU and memory; every container with --all."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("all"), Cli::tr("List every container, not only BOINC's.")});
    addEngineOptions(parser);
    parser.process(args);
    CliContext ctx;
    EngineOptions options;
    if (!readEngineOptions(parser, ctx, options))
        return ExitError;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("containers takes no arguments"));
    engine::ContainerFilter filter;
    if (!parser.isSet(QStringLiteral("all")))
        filter.namePrefix = engine::ContainerFilter::boincPrefix();

    engine::CurlWorker transport;
    engine::EngineConnector connector(transport, options.environment);
    connector.setTimeout(options.timeoutMs);
    // Declared in this order so the snapshot goes before the engine it reads.
    std::shared_ptr<engine::EngineConnector::Connection> held;
    std::unique_ptr<engine::ContainerSnapshot> snapshot;
    QObject guard;
    connectEngine(
        ctx, connector, &guard, held,
        [&](const std::shared_ptr<engine::EngineConnector::Connection>& connection) {
            snapshot = std::make_unique<engine::ContainerSnapshot>(*connection->engine);
            snapshot->take(
                filter, &guard, [&, connection](const engine::EngineResult<QList<Entry>>& entries) {
                    if (!entries.ok()) {
                        ctx.err() << QStringLiteral("boinc-docker: ") << entries.error.message << Qt::endl;
                        ctx.finish(ExitError);
                        return;
                    }
                    if (options.json) {
                        engine::Json list = engine::Json::array();
                        for (const Entry& e : entries.value)
                            list.push_back(engine::containerToJson(
                                e.summary, e.details ? &*e.details : nullptr, e.stats ? &*e.stats : nullptr));
                        ctx.printJson(engine::Json{
                            {"engine", engine::engineToJson(connection->report.chosenCandidate()->endpoint,
                                                            connection->version)},
                            {"containers", std::move(list)}});
                    } else {
                        printTable(ctx, entries.value);
                    }
                    ctx.finish(ExitOk);
                });
        });
    return ctx.exec();
}

} // namespace bdm::cli
