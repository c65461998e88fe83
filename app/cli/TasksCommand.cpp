#include "CliContext.h"
#include "Commands.h"
#include "TextTable.h"
#include "boinc/TaskJson.h"
#include "boinc/TaskStatus.h"

#include <QCoreApplication>
#include <QDateTime>

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

void printTable(CliContext& ctx, const QList<boinc::Result>& tasks, const boinc::CcStatus& cc)
{
    if (tasks.isEmpty()) {
        ctx.out() << Cli::tr("No tasks.") << Qt::endl;
        return;
    }
    TextTable table({Cli::tr("PROJECT"), Cli::tr("TASK"), Cli::tr("APP"), Cli::tr("STATUS"), Cli::tr("DONE"),
                     Cli::tr("ELAPSED"), Cli::tr("REMAINING"), Cli::tr("DEADLINE")});
    for (const boinc::Result& r : tasks) {
        const double done =
            r.activeTask ? r.activeTask->fractionDone : (r.state >= boinc::ResultComputeError ? 1 : 0);
        const double elapsed = r.activeTask ? r.activeTask->elapsedTime : r.finalElapsedTime;
        table.addRow(
            {r.projectName.isEmpty() ? r.projectUrl : r.projectName, r.name,
             r.appUserFriendlyName.isEmpty() ? r.appName : r.appUserFriendlyName,
             boinc::taskStatusText(r, cc), QStringLiteral("%1%").arg(done * 100, 0, 'f', 1),
             duration(elapsed), duration(r.estimatedRemaining),
             QDateTime::fromSecsSinceEpoch(static_cast<qint64>(r.reportDeadline)).toString(Qt::ISODate)});
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
    parser.process(args);
    CliContext ctx;
    if (!ctx.readCommonOptions(parser))
        return ExitError;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("tasks takes no arguments (got '%1')")
                                  .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    const bool all = parser.isSet(QStringLiteral("all"));

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
            if (ctx.json()) {
                boinc::Json list = boinc::Json::array();
                for (const boinc::Result& r : tasks)
                    list.push_back(boinc::taskToJson(r, cc.value));
                ctx.printJson(
                    boinc::Json{{"host", boinc::utf8(ctx.endpoint().toString())},
                                {"client_version", boinc::utf8(state.value.clientVersion.toString())},
                                {"tasks", std::move(list)}});
            } else {
                printTable(ctx, tasks, cc.value);
            }
            ctx.finish(ExitOk);
        });
    });
    return ctx.exec();
}

} // namespace bdm::cli
