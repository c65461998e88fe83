#include "CliContext.h"
#include "Commands.h"
#include "EngineContainers.h"
#include "boinc/TaskJson.h"
#include "boinc/TaskStatus.h"
#include "common/TextTable.h"
#include "engine/EngineJson.h"
#include "monitor/JoinJson.h"
#include "monitor/TaskContainerJoin.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString duration(double seconds)
{
    const qint64 s = static_cast<qint64>(seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

// Each task's container (in the order of `tasks`), when the engine was read.
struct TaskContainer
{
    const engine::ContainerSnapshot::Entry* entry = nullptr;
    monitor::JoinKind kind = monitor::JoinKind::NoContainer;
};

QList<TaskContainer> joinContainers(const QList<boinc::Result>& tasks,
                                    const EngineContainers::Outcome& containers)
{
    monitor::TaskContainerJoin::Input in;
    in.tasks = tasks;
    QHash<QString, const engine::ContainerSnapshot::Entry*> byId;
    for (const engine::ContainerSnapshot::Entry& e : containers.entries) {
        in.containers.append(e.summary);
        if (e.details)
            in.details.insert(e.summary.id, *e.details);
        byId.insert(e.summary.id, &e);
    }
    const QList<monitor::JoinRow> rows = monitor::TaskContainerJoin::join(in);
    QList<TaskContainer> out;
    for (qsizetype i = 0; i < tasks.size(); ++i) // the task rows come first, in order
        out.append({rows[i].container ? byId.value(rows[i].container->id) : nullptr, rows[i].kind});
    return out;
}

QString mib(quint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

void printTable(CliContext& ctx, const QList<boinc::Result>& tasks, const boinc::CcStatus& cc,
                const QList<TaskContainer>& containers)
{
    if (tasks.isEmpty()) {
        ctx.out() << Cli::tr("No tasks.") << Qt::endl;
        return;
    }
    QStringList header{Cli::tr("PROJECT"), Cli::tr("TASK"),    Cli::tr("APP"),       Cli::tr("STATUS"),
                       Cli::tr("DONE"),    Cli::tr("ELAPSED"), Cli::tr("REMAINING"), Cli::tr("DEADLINE")};
    const bool joined = !containers.isEmpty();
    if (joined)
        header << Cli::tr("CONTAINER") << Cli::tr("CPU %") << Cli::tr("MEMORY");
    common::TextTable table(header);
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const boinc::Result& r = tasks[i];
        const double done =
            r.activeTask ? r.activeTask->fractionDone : (r.state >= boinc::ResultComputeError ? 1 : 0);
        const double elapsed = r.activeTask ? r.activeTask->elapsedTime : r.finalElapsedTime;
        QStringList row{
            r.projectName.isEmpty() ? r.projectUrl : r.projectName,
            r.name,
            r.appUserFriendlyName.isEmpty() ? r.appName : r.appUserFriendlyName,
            boinc::taskStatusText(r, cc),
            QStringLiteral("%1%").arg(done * 100, 0, 'f', 1),
            duration(elapsed),
            duration(r.estimatedRemaining),
            QDateTime::fromSecsSinceEpoch(static_cast<qint64>(r.reportDeadline)).toString(Qt::ISODate)};
        if (joined) {
            const TaskContainer& c = containers[i];
            if (c.entry) {
                const engine::Json j = monitor::JoinJson::container(
                    c.entry->summary, c.entry->details ? &*c.entry->details : nullptr,
                    c.entry->stats ? &*c.entry->stats : nullptr);
                row << QString::fromStdString(j["state"].get<std::string>())
                    << (j["cpu_percent"].is_null()
                            ? QString()
                            : QStringLiteral("%1%").arg(j["cpu_percent"].get<double>(), 0, 'f', 1))
                    << (j["memory_bytes"].is_null() ? QString() : mib(j["memory_bytes"].get<quint64>()));
            } else {
                row << (c.kind == monitor::JoinKind::ContainerMissing ? Cli::tr("missing") : QString())
                    << QString() << QString();
            }
        }
        table.addRow(row);
    }
    table.print(ctx.out());
}

} // namespace

int runTasks(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("List the BOINC client's tasks (those that have started, or all with --all)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("all"), Cli::tr("List every task, not only those that have started.")});
    CliContext::addCommonOptions(parser);
    addEngineUrlOption(parser);
    CliContext::processArguments(parser, args);
    CliContext ctx;
    if (!ctx.readCommonOptions(parser))
        return ExitError;
    engine::DiscoveryEnvironment environment;
    if (!readEngineUrlOption(parser, ctx, environment))
        return ExitError;
    const bool engineGiven = parser.isSet(QStringLiteral("engine"));
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("tasks takes no arguments (got '%1')")
                                  .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    const bool all = parser.isSet(QStringLiteral("all"));

    engine::ContainerFilter filter;
    filter.namePrefix = engine::ContainerFilter::boincPrefix();
    std::unique_ptr<EngineContainers> engineContainers;
    QObject guard;
    // get_state carries every result with its project and application names and the client's
    // version; get_cc_status adds the suspend reasons the status words depend on.
    ctx.client().getState(&guard, [&](const boinc::RpcResult<boinc::ClientState>& state) {
        if (!state.ok()) {
            ctx.finish(ctx.reportRpcError(state.error));
            return;
        }
        ctx.client().getCcStatus(&guard, [&, state](const boinc::RpcResult<boinc::CcStatus>& cc) {
            if (!cc.ok()) {
                ctx.finish(ctx.reportRpcError(cc.error));
                return;
            }
            QList<boinc::Result> tasks;
            for (const boinc::Result& r : state.value.results) {
                if (all || r.activeTask)
                    tasks.append(r);
            }
            const auto print = [&, state, cc, tasks](const EngineContainers::Outcome& containers) {
                const QList<TaskContainer> joined =
                    containers.found ? joinContainers(tasks, containers) : QList<TaskContainer>();
                if (ctx.json()) {
                    boinc::Json list = boinc::Json::array();
                    for (qsizetype i = 0; i < tasks.size(); ++i) {
                        boinc::Json task = boinc::taskToJson(tasks[i], cc.value);
                        if (!joined.isEmpty() && joined[i].entry) {
                            const engine::ContainerSnapshot::Entry& e = *joined[i].entry;
                            task["container"] = monitor::JoinJson::container(
                                e.summary, e.details ? &*e.details : nullptr, e.stats ? &*e.stats : nullptr);
                        }
                        list.push_back(std::move(task));
                    }
                    ctx.printJson(
                        boinc::Json{{"host", boinc::utf8(ctx.endpoint().toString())},
                                    {"client_version", boinc::utf8(state.value.clientVersion.toString())},
                                    {"tasks", std::move(list)}});
                } else {
                    printTable(ctx, tasks, cc.value, joined);
                }
                ctx.finish(ExitOk);
            };
            // The engine is asked only when there is something to join: discovery tries several
            // places, which a plain task list should not wait for.
            const bool anyContainerTask = std::any_of(
                tasks.cbegin(), tasks.cend(), [](const boinc::Result& r) { return r.usesContainer(); });
            if (!engineGiven && !anyContainerTask) {
                print({});
                return;
            }
            engineContainers = std::make_unique<EngineContainers>(environment, ctx.timeoutMs());
            engineContainers->take(filter, [&, print](const EngineContainers::Outcome& containers) {
                // Without an engine the tasks are still worth printing; say why only when asked for one.
                if (!containers.found && engineGiven)
                    ctx.err() << QStringLiteral("boinc-docker: ") << containers.why << Qt::endl;
                print(containers);
            });
        });
    });
    return ctx.exec();
}

} // namespace bdm::cli
