#include "CliContext.h"
#include "Commands.h"

#include <QCoreApplication>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runTask(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Suspend, resume or abort one task through the BOINC client. The task's "
                "container follows (BOINC's wrapper pauses, resumes or removes it)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("suspend, resume or abort"));
    parser.addPositionalArgument(QStringLiteral("name"),
                                 Cli::tr("the task (result) name, exactly as BOINC shows it"));
    parser.addOption({QStringLiteral("project"), Cli::tr("The project's URL (as in 'boinc-docker tasks')."),
                      Cli::tr("URL")});
    CliContext::addCommonOptions(parser);
    CliContext::processArguments(parser, args);
    CliContext ctx;
    if (!ctx.readCommonOptions(parser))
        return ExitError;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return ctx.usageError(Cli::tr("usage: boinc-docker task suspend|resume|abort --project URL NAME"));
    using Op = boinc::GuiRpcClient::ResultOp;
    Op op;
    if (pos[0] == QLatin1String("suspend"))
        op = Op::Suspend;
    else if (pos[0] == QLatin1String("resume"))
        op = Op::Resume;
    else if (pos[0] == QLatin1String("abort"))
        op = Op::Abort;
    else
        return ctx.usageError(Cli::tr("unknown task action '%1' (use suspend, resume or abort)").arg(pos[0]));
    const QString project = parser.value(QStringLiteral("project"));
    if (project.isEmpty())
        return ctx.usageError(Cli::tr("give the task's project with --project URL"));

    QObject guard;
    ctx.client().resultOp(op, project, pos[1], &guard, [&](const boinc::RpcError& error) {
        if (!error.ok()) {
            ctx.finish(ctx.reportRpcError(error));
            return;
        }
        if (ctx.json())
            ctx.printJson(
                boinc::Json{{"ok", true}, {"action", boinc::utf8(pos[0])}, {"name", boinc::utf8(pos[1])}});
        else
            ctx.out() << Cli::tr("%1: %2 done").arg(pos[1], pos[0]) << Qt::endl;
        ctx.finish(ExitOk);
    });
    return ctx.exec();
}

} // namespace bdm::cli
