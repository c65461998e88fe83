#include "CliContext.h"
#include "Commands.h"
#include "common/TextTable.h"
#include "engine/ContainerSnapshot.h"
#include "engine/CurlWorker.h"
#include "engine/EngineConnector.h"
#include "engine/EngineJson.h"
#include "monitor/JoinJson.h"
#include "monitor/TaskContainerJoin.h"

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

// Each container's task by container id, from the join.
QHash<QString, boinc::Result> tasksByContainer(const QList<boinc::Result>& tasks, const QList<Entry>& entries)
{
    monitor::TaskContainerJoin::Input in;
    in.tasks = tasks;
    for (const Entry& e : entries) {
        in.containers.append(e.summary);
        if (e.details)
            in.details.insert(e.summary.id, *e.details);
    }
    QHash<QString, boinc::Result> out;
    for (const monitor::JoinRow& row : monitor::TaskContainerJoin::join(in)) {
        if (row.kind == monitor::JoinKind::Joined)
            out.insert(row.container->id, *row.task);
    }
    return out;
}

void printTable(CliContext& ctx, const QList<Entry>& entries, const QHash<QString, boinc::Result>* tasks)
{
    if (entries.isEmpty()) {
        ctx.out() << Cli::tr("No containers.") << Qt::endl;
        return;
    }
    common::TextTable table({Cli::tr("NAME"), Cli::tr("STATE"), Cli::tr("EXIT"), Cli::tr("CPU %"),
                             Cli::tr("MEMORY"), Cli::tr("STARTED"), Cli::tr("IMAGE"), Cli::tr("TASK")});
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
        // Without the client's tasks nothing is known; with them, a BOINC container no task claims is an
        // orphan.
        QString task;
        if (tasks && tasks->contains(e.summary.id))
            task = tasks->value(e.summary.id).name;
        else if (tasks && monitor::TaskContainerJoin::isBoincName(e.summary.name))
            task = Cli::tr("(orphan)");
        table.addRow({e.summary.name, QString::fromStdString(j["state"].get<std::string>()), exitCode, cpu,
                      memory, started, QString::fromStdString(j["image"].get<std::string>()), task});
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
    // The client's options too: its tasks fill each container's "task".
    CliContext::addCommonOptions(parser);
    addEngineUrlOption(parser);
    CliContext::processArguments(parser, args);
    CliContext ctx;
    EngineOptions options;
    if (!ctx.readCommonOptions(parser) || !readEngineUrlOption(parser, ctx, options.environment))
        return ExitError;
    options.json = ctx.json();
    options.timeoutMs = ctx.timeoutMs();
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
    // The client and the engine are read at the same time; the output waits for both.
    std::optional<QList<boinc::Result>> tasks;
    bool tasksRead = false;
    std::optional<QList<Entry>> containers;
    const auto printIfReady = [&]() {
        if (!tasksRead || !containers)
            return;
        const QHash<QString, boinc::Result> joined =
            tasks ? tasksByContainer(*tasks, *containers) : QHash<QString, boinc::Result>();
        if (options.json) {
            engine::Json list = engine::Json::array();
            for (const Entry& e : std::as_const(*containers)) {
                engine::Json c = engine::containerToJson(e.summary, e.details ? &*e.details : nullptr,
                                                         e.stats ? &*e.stats : nullptr);
                if (joined.contains(e.summary.id))
                    c["task"] = monitor::JoinJson::task(joined.value(e.summary.id));
                list.push_back(std::move(c));
            }
            ctx.printJson(engine::Json{
                {"engine", engine::engineToJson(held->report.chosenCandidate()->endpoint, held->version)},
                {"containers", std::move(list)}});
        } else {
            printTable(ctx, *containers, tasks ? &joined : nullptr);
        }
        ctx.finish(ExitOk);
    };
    ctx.client().getResults(false, &guard, [&](const boinc::RpcResult<QList<boinc::Result>>& results) {
        tasksRead = true;
        if (results.ok())
            tasks = results.value;
        else
            ctx.err()
                << Cli::tr(
                       "boinc-docker: warning: the client's tasks are unknown, so \"task\" stays empty: %1")
                       .arg(results.error.message)
                << Qt::endl;
        printIfReady();
    });
    connectEngine(ctx, connector, &guard, held,
                  [&](const std::shared_ptr<engine::EngineConnector::Connection>& connection) {
                      snapshot = std::make_unique<engine::ContainerSnapshot>(*connection->engine);
                      snapshot->take(filter, &guard, [&](const engine::EngineResult<QList<Entry>>& entries) {
                          if (!entries.ok()) {
                              ctx.err()
                                  << QStringLiteral("boinc-docker: ") << entries.error.message << Qt::endl;
                              ctx.finish(ExitError);
                              return;
                          }
                          containers = entries.value;
                          printIfReady();
                      });
                  });
    return ctx.exec();
}

} // namespace bdm::cli
