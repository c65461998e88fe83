#include "CliContext.h"
#include "Commands.h"
#include "HostKeyTrust.h"
#include "common/TextTable.h"
#include "server/BinStatusParser.h"
#include "server/ServerHostReader.h"
#include "server/ServerStatusClient.h"
#include "server/ServerStatusParser.h"
#include "submit/SshEndpoint.h"

#include <QCoreApplication>
#include <QLocale>
#include <optional>

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
    common::TextTable daemons({Cli::tr("DAEMON"), Cli::tr("HOST"), Cli::tr("STATE")});
    for (const server::ServerDaemon& d : s.daemons)
        daemons.addRow({d.command, d.host, d.stateText});
    daemons.print(ctx.out());
    ctx.out() << Qt::endl;
    common::TextTable counts({Cli::tr("COUNT"), Cli::tr("VALUE")});
    for (const auto& [name, value] : s.counts)
        counts.addRow({name, QLocale().toString(value, 'g', 12)});
    counts.print(ctx.out());
    if (!s.apps.isEmpty()) {
        ctx.out() << Qt::endl;
        common::TextTable apps(
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

QString yesNo(bool value)
{
    return value ? Cli::tr("yes") : Cli::tr("no");
}

QString daemonState(const server::ServerHostDaemon& d)
{
    switch (d.state) {
    case server::ServerHostDaemon::State::Running:
        return Cli::tr("running");
    case server::ServerHostDaemon::State::NotRunning:
        return Cli::tr("NOT RUNNING");
    case server::ServerHostDaemon::State::NoPidFile:
        break;
    }
    return Cli::tr("not started");
}

void printHost(CliContext& ctx, const submit::SubmitTarget& target, const server::ServerHostStatus& s)
{
    QTextStream& out = ctx.out();
    out << Cli::tr("Project host %1, %2: %3")
               .arg(target.host, target.projectDir,
                    !s.statusKnown ? Cli::tr("bin/status did not say")
                    : s.enabled    ? Cli::tr("BOINC is ENABLED")
                                   : Cli::tr("BOINC is DISABLED (bin/stop ran)"))
        << Qt::endl
        << Qt::endl;
    common::TextTable daemons(
        {Cli::tr("DAEMON"), Cli::tr("PID"), Cli::tr("STATE"), Cli::tr("DISABLED"), Cli::tr("COMMAND")});
    for (const server::ServerHostDaemon& d : s.daemons)
        daemons.addRow({d.name(), d.pid ? QString::number(d.pid) : QStringLiteral("-"), daemonState(d),
                        yesNo(d.disabled), d.command});
    daemons.print(out);
    if (!s.tasks.isEmpty()) {
        out << Qt::endl;
        common::TextTable tasks({Cli::tr("TASK"), Cli::tr("LAST RUN"), Cli::tr("PERIOD"), Cli::tr("NEXT RUN"),
                                 Cli::tr("DISABLED")});
        for (const server::ServerHostTask& t : s.tasks)
            tasks.addRow({t.command, t.lastRun, t.period, t.nextRun, yesNo(t.disabled)});
        tasks.print(out);
    }
    for (const server::ServerLogTail& log : s.logs) {
        out << Qt::endl << QStringLiteral("----- %1 -----").arg(log.path) << Qt::endl << log.text;
        if (!log.text.endsWith(QLatin1Char('\n')))
            out << Qt::endl;
    }
    for (const QString& w : s.warnings)
        ctx.err() << Cli::tr("boinc-docker: warning: %1").arg(w) << Qt::endl;
    const QStringList stopped = s.stoppedDaemons();
    if (!stopped.isEmpty())
        out << Qt::endl
            << Cli::tr("Not running on %1: %2").arg(target.host, stopped.join(QStringLiteral(", ")))
            << Qt::endl;
}

// The two readings a run may ask for, gathered so the output comes once, in one order, when both
// have answered.
struct Readings
{
    int pending = 0;
    bool failed = false;
    std::optional<server::ServerStatus> page;
    std::optional<server::ServerHostStatus> host;
};

} // namespace

int runServer(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("server status: a BOINC project's daemons and database counts from its server_status.php "
                "(--project-url), and from the project host over SSH its bin/status and the tails of the "
                "daemons' logs (--ssh with --project-dir). Exit 1 when a daemon is not running."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("status"), Cli::tr("The only subcommand so far."));
    parser.addOption({QStringLiteral("project-url"), Cli::tr("The project's master URL."), Cli::tr("URL")});
    parser.addOption({QStringLiteral("ca-file"),
                      Cli::tr("Also trust the CA certificates in this PEM file (verification stays on)."),
                      Cli::tr("FILE")});
    parser.addOption(
        {QStringLiteral("timeout"), Cli::tr("Seconds to wait (default 30)."), Cli::tr("SECONDS")});
    parser.addOption({QStringLiteral("ssh"), Cli::tr("The project host, for bin/status and the logs."),
                      Cli::tr("USER@HOST")});
    parser.addOption({QStringLiteral("ssh-port"), Cli::tr("Its SSH port (default 22)."), Cli::tr("PORT")});
    parser.addOption({QStringLiteral("identity-file"), Cli::tr("SSH key (default: your keys and agent)."),
                      Cli::tr("FILE")});
    parser.addOption({QStringLiteral("known-hosts-file"),
                      Cli::tr("known_hosts file (default ~/.ssh/known_hosts)."), Cli::tr("FILE")});
    parser.addOption({QStringLiteral("project-dir"), Cli::tr("The project's absolute directory on the host."),
                      Cli::tr("DIR")});
    parser.addOption({QStringLiteral("docker-exec"),
                      Cli::tr("Run bin/status inside this container (a containerised server)."),
                      Cli::tr("CONTAINER")});
    parser.addOption(
        {QStringLiteral("docker-exec-user"), Cli::tr("User inside that container."), Cli::tr("USER")});
    parser.addOption({QStringLiteral("log-lines"),
                      Cli::tr("Last lines of each daemon log to show (default 20; 0: none)."), Cli::tr("N")});
    parser.addOption({QStringLiteral("accept-host-key"),
                      Cli::tr("Trust the SSH server's host key if its fingerprint is FINGERPRINT."),
                      Cli::tr("FINGERPRINT")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON document on stdout.")});
    CliContext::processArguments(parser, args);
    CliContext ctx;
    if (parser.positionalArguments() != QStringList{QStringLiteral("status")})
        return ctx.usageError(Cli::tr("give a subcommand: server status --project-url URL"));
    const QString url = parser.value(QStringLiteral("project-url"));
    submit::SubmitTarget target;
    target.transport = QStringLiteral("ssh");
    target.host = parser.value(QStringLiteral("ssh"));
    target.projectDir = parser.value(QStringLiteral("project-dir"));
    target.identityFile = parser.value(QStringLiteral("identity-file"));
    target.knownHostsFile = parser.value(QStringLiteral("known-hosts-file"));
    target.dockerExec = parser.value(QStringLiteral("docker-exec"));
    target.dockerExecUser = parser.value(QStringLiteral("docker-exec-user"));
    const bool viaSsh = !target.host.isEmpty() || !target.projectDir.isEmpty();
    if (url.isEmpty() && !viaSsh)
        return ctx.usageError(
            Cli::tr("give --project-url URL, or --ssh USER@HOST with --project-dir DIR, or both"));
    if (viaSsh) {
        if (const QString why = server::ServerHostReader::targetProblem(target); !why.isEmpty())
            return ctx.usageError(why);
        if (parser.isSet(QStringLiteral("ssh-port"))) {
            bool ok = false;
            target.port = parser.value(QStringLiteral("ssh-port")).toInt(&ok);
            if (!ok || target.port < 1 || target.port > 65535)
                return ctx.usageError(Cli::tr("--ssh-port: give a port between 1 and 65535"));
        }
    }
    int logLines = 20;
    if (parser.isSet(QStringLiteral("log-lines"))) {
        bool ok = false;
        logLines = parser.value(QStringLiteral("log-lines")).toInt(&ok);
        if (!ok || logLines < 0 || logLines > server::ServerHostReader::maxLogLines)
            return ctx.usageError(Cli::tr("--log-lines: give a number from 0 to %1")
                                      .arg(server::ServerHostReader::maxLogLines));
    }
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
    ctx.setJson(parser.isSet(QStringLiteral("json")));

    Readings readings;
    readings.pending = (url.isEmpty() ? 0 : 1) + (viaSsh ? 1 : 0);
    auto done = [&] {
        if (--readings.pending > 0)
            return;
        boinc::Json json = boinc::Json::object();
        if (readings.page) {
            // The page's fields stay at the top, as before SSH readings existed.
            json = server::ServerStatusParser::toJson(*readings.page);
            json["project_url"] = boinc::utf8(url);
            if (!ctx.json())
                printStatus(ctx, url, *readings.page);
        }
        if (readings.host) {
            boinc::Json host = server::BinStatusParser::toJson(*readings.host);
            host["ssh"] = boinc::utf8(target.host);
            host["project_dir"] = boinc::utf8(target.projectDir);
            json["server_host"] = std::move(host);
            if (!ctx.json()) {
                if (readings.page)
                    ctx.out() << Qt::endl;
                printHost(ctx, target, *readings.host);
            }
        }
        if (ctx.json() && (readings.page || readings.host))
            ctx.printJson(json);
        const bool stopped = (readings.page && !readings.page->stoppedDaemons().isEmpty()) ||
                             (readings.host && !readings.host->stoppedDaemons().isEmpty());
        ctx.finish(readings.failed ? ExitError : stopped ? ExitFailed : ExitOk);
    };
    QObject::connect(&client, &server::ServerStatusClient::fetched, &client,
                     [&readings, &done](const server::ServerStatus& s) {
                         readings.page = s;
                         done();
                     });
    QObject::connect(&client, &server::ServerStatusClient::failed, &client,
                     [&ctx, &readings, &done](const QString& message) {
                         ctx.err() << Cli::tr("boinc-docker: %1").arg(message) << Qt::endl;
                         readings.failed = true;
                         done();
                     });
    server::ServerHostReader reader;
    QObject::connect(&reader, &server::ServerHostReader::finished, &reader,
                     [&readings, &done](const server::ServerHostStatus& s) {
                         readings.host = s;
                         done();
                     });
    QObject::connect(&reader, &server::ServerHostReader::failed, &reader,
                     [&ctx, &readings, &done](const QString& message, const submit::SshError& error) {
                         ctx.err() << Cli::tr("boinc-docker: %1").arg(message) << Qt::endl;
                         if (error.kind == submit::SshError::Kind::HostKeyUnknown)
                             ctx.err() << Cli::tr("The server offers %1. If that is its key, run again with "
                                                  "--accept-host-key FINGERPRINT.")
                                              .arg(error.fingerprints.join(QStringLiteral(", ")))
                                       << Qt::endl;
                         readings.failed = true;
                         done();
                     });
    auto start = [&] {
        if (!url.isEmpty())
            client.fetch(url);
        if (viaSsh)
            reader.read(target, logLines);
    };
    const QString fingerprint = parser.value(QStringLiteral("accept-host-key"));
    if (viaSsh && !fingerprint.isEmpty())
        trustHostKey(ctx, submit::SshEndpoint::fromTarget(target), fingerprint, start);
    else
        QMetaObject::invokeMethod(&client, start, Qt::QueuedConnection);
    return ctx.exec();
}

} // namespace bdm::cli
