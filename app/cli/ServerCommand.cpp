#include "CliContext.h"
#include "Commands.h"
#include "TextTable.h"
#include "server/ServerStatusClient.h"
#include "server/ServerStatusParser.h"

#include <QCoreApplication>
#include <QLocale>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printStatus(CliContext& ctx, const QString& projectUrl, const server::ServerStatus& s)
{
    ctx.out() << Cli::tr("Project server %1, status of %2")
                     .arg(projectUrl, s.updateTime.isValid() ? QLocale().toString(s.updateTime.toLocalTime(),
                                                                                  QLocale::ShortFormat)
                                                             : Cli::tr("unknown time"))
              << Qt::endl
              << Qt::endl;
    TextTable daemons({Cli::tr("DAEMON"), Cli::tr("HOST"), Cli::tr("STATE")});
    for (const server::ServerDaemon& d : s.daemons)
        daemons.addRow({d.command, d.host, d.stateText});
    daemons.print(ctx.out());
    ctx.out() << Qt::endl;
    TextTable counts({Cli::tr("COUNT"), Cli::tr("VALUE")});
    for (const auto& [name, value] : s.counts)
        counts.addRow({name, QLocale().toString(value, 'g', 12)});
    counts.print(ctx.out());
    if (!s.apps.isEmpty()) {
        ctx.out() << Qt::endl;
        TextTable apps(
            {Cli::tr("APP"), Cli::tr("UNSENT"), Cli::tr("IN PROGRESS"), Cli::tr("AVG RUNTIME (H)")});
        for (const server::ServerAppTasks& a : s.apps)
            apps.addRow({a.name, QString::number(a.unsent), QString::number(a.inProgress),
                         a.avgRuntimeHours < 0 ? QStringLiteral("-") : QString::number(a.avgRuntimeHours)});
        apps.print(ctx.out());
    }
    const QStringList stopped = s.stoppedDaemons();
    if (!stopped.isEmpty())
        ctx.out() << Qt::endl
                  << Cli::tr("Not running: %1").arg(stopped.join(QStringLiteral(", "))) << Qt::endl;
}

} // namespace

int runServer(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("server status: a BOINC project's daemons and database counts, from its server_status.php. "
                "Exit 1 when a daemon is not running."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("status"), Cli::tr("The only subcommand so far."));
    parser.addOption({QStringLiteral("project-url"), Cli::tr("The project's master URL."), Cli::tr("URL")});
    parser.addOption({QStringLiteral("ca-file"),
                      Cli::tr("Also trust the CA certificates in this PEM file (verification stays on)."),
                      Cli::tr("FILE")});
    parser.addOption(
        {QStringLiteral("timeout"), Cli::tr("Seconds to wait (default 30)."), Cli::tr("SECONDS")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON document on stdout.")});
    parser.process(args);
    CliContext ctx;
    if (parser.positionalArguments() != QStringList{QStringLiteral("status")})
        return ctx.usageError(Cli::tr("give a subcommand: server status --project-url URL"));
    const QString url = parser.value(QStringLiteral("project-url"));
    if (url.isEmpty())
        return ctx.usageError(Cli::tr("--project-url: give the project's URL"));
    server::ServerStatusClient client;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return ctx.usageError(Cli::tr("--timeout: give a number of seconds between 0 and 3600"));
        client.setTimeoutMs(static_cast<int>(seconds * 1000));
    }
    if (const QString ca = parser.value(QStringLiteral("ca-file")); !ca.isEmpty()) {
        QString why;
        if (!client.addCaCertificatesFile(ca, &why))
            return ctx.usageError(why);
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    QObject::connect(&client, &server::ServerStatusClient::fetched, &client,
                     [&ctx, json, url](const server::ServerStatus& s) {
                         if (json) {
                             boinc::Json doc = server::ServerStatusParser::toJson(s);
                             doc["project_url"] = boinc::utf8(url);
                             ctx.printJson(doc);
                         } else {
                             printStatus(ctx, url, s);
                         }
                         ctx.finish(s.stoppedDaemons().isEmpty() ? ExitOk : ExitFailed);
                     });
    QObject::connect(&client, &server::ServerStatusClient::failed, &client,
                     [&ctx](const QString& message) { ctx.finish(ctx.usageError(message)); });
    client.fetch(url);
    return ctx.exec();
}

} // namespace bdm::cli
