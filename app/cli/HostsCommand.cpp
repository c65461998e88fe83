#include "CliContext.h"
#include "Commands.h"
#include "common/SecretStore.h"
#include "common/TextTable.h"
#include "engine/CurlWorker.h"
#include "monitor/Fleet.h"
#include "monitor/FleetPlanClassHosts.h"
#include "monitor/HostBook.h"
#include "monitor/HostPasswords.h"
#include "monitor/HostSummaryJson.h"
#include "monitor/HostsFile.h"
#include "readiness/PlanClassFleetTally.h"
#include "readiness/PlanClassLoader.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The default per-request timeout, as HostSession's: `hosts` should answer in seconds.
constexpr int defaultTimeoutMs = monitor::HostSession::defaultReplyTimeoutMs;
// A round is several requests; the whole command waits at most the timeout plus this.
constexpr int deadlineSlackMs = 1000;

void printTable(CliContext& ctx, const QList<monitor::HostSummary>& hosts)
{
    common::TextTable table({Cli::tr("NAME"), Cli::tr("ADDRESS"), Cli::tr("STATE"), Cli::tr("CLIENT"),
                             Cli::tr("RUNNING"), Cli::tr("CONTAINER"), Cli::tr("ENGINE")});
    const auto number = [](const std::optional<int>& n) {
        return n ? QString::number(*n) : QStringLiteral("-");
    };
    for (const monitor::HostSummary& h : hosts) {
        const QString engine = h.engineVersion.isEmpty()
                                   ? (h.hostInfoKnown() ? Cli::tr("none") : QStringLiteral("-"))
                                   : boinc::engineTypeName(h.engineType) + QLatin1Char(' ') + h.engineVersion;
        table.addRow({h.name, h.address, boinc::connectionStateText(h.state),
                      h.clientVersion.isEmpty() ? QStringLiteral("-") : h.clientVersion,
                      number(h.tasksRunning), number(h.containerTasksRunning), engine});
    }
    table.print(ctx.out());
    for (const monitor::HostSummary& h : hosts) {
        if (h.state != boinc::ConnectionState::Connected && !h.stateDetail.isEmpty())
            ctx.out() << Cli::tr("%1: %2").arg(h.name, h.stateDetail) << Qt::endl;
    }
}

void printPlanClasses(CliContext& ctx, const QList<readiness::PlanClassFleetCount>& counts)
{
    ctx.out() << Qt::endl;
    common::TextTable table({Cli::tr("PLAN CLASS"), Cli::tr("HOSTS"), Cli::tr("NEEDS")});
    for (const readiness::PlanClassFleetCount& c : counts)
        table.addRow({c.planClass, Cli::tr("%1 of %2").arg(c.qualifying).arg(c.judged), c.needs});
    table.print(ctx.out());
}

// Loads the hosts to ask: the --hosts-file, else the hosts configured in the GUI.
std::optional<QList<monitor::HostEntry>> loadHosts(const QCommandLineParser& parser, CliContext& ctx)
{
    const QString file = parser.value(QStringLiteral("hosts-file"));
    if (!file.isEmpty()) {
        QString why;
        auto hosts = monitor::HostsFile::load(file, &why);
        if (!hosts)
            ctx.usageError(Cli::tr("--hosts-file: %1").arg(why));
        return hosts;
    }
    QSettings settings(monitor::HostBook::settingsOrganization(), monitor::HostBook::settingsApplication());
    QList<monitor::HostEntry> hosts = monitor::HostBook(settings).entries();
    if (hosts.isEmpty()) {
        ctx.usageError(
            Cli::tr("no hosts configured: add them on the Fleet page of BOINC Docker Manager, or pass "
                    "--hosts-file FILE (a JSON array of {\"name\", \"address\", \"password_file\"})"));
        return std::nullopt;
    }
    return hosts;
}

} // namespace

int runHosts(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Ask every configured BOINC host at once for its state, client version, running (container) "
                "tasks and container engine."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("hosts-file"),
                      Cli::tr("JSON array of {\"name\", \"address\": \"host[:port]\", \"password_file\"} "
                              "(default: the hosts configured in the GUI)."),
                      Cli::tr("FILE")});
    parser.addOption(
        {QStringLiteral("timeout"),
         Cli::tr("Seconds to wait for each host's replies (default %1).").arg(defaultTimeoutMs / 1000),
         Cli::tr("SECONDS")});
    parser.addOption(
        {QStringLiteral("plan-classes"),
         Cli::tr("Also count, for each plan class in this plan_class_spec.xml (file or URL), the "
                 "hosts the scheduler would send its jobs to."),
         Cli::tr("FILE|URL")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON document on stdout.")});
    CliContext::processArguments(parser, args);
    CliContext ctx;
    const bool json = parser.isSet(QStringLiteral("json"));

    int timeoutMs = defaultTimeoutMs;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return ctx.usageError(Cli::tr("--timeout: give a number of seconds between 0 and 3600"));
        timeoutMs = static_cast<int>(seconds * 1000);
    }
    const auto hosts = loadHosts(parser, ctx);
    if (!hosts)
        return ExitError;
    const bool fromFile = parser.isSet(QStringLiteral("hosts-file"));

    monitor::PollSchedule schedule;
    schedule.readState = false; // counting tasks needs no names: spare the clients the big reply
    monitor::Fleet fleet;
    fleet.setReplyTimeout(timeoutMs);
    fleet.setSchedule(schedule);
    common::SecretStore store;
    monitor::HostPasswords passwords(fromFile ? nullptr : &store);
    QObject guard;
    std::optional<readiness::PlanClassSpecFile> planClasses;

    int unresolved = int(hosts->size());
    const auto printAndFinish = [&] {
        const QList<monitor::HostSummary> all = fleet.summaries();
        bool allConnected = true;
        for (const monitor::HostSummary& h : all)
            allConnected = allConnected && h.state == boinc::ConnectionState::Connected;
        if (json) {
            boinc::Json list = boinc::Json::array();
            for (const monitor::HostSummary& h : all)
                list.push_back(monitor::hostSummaryToJson(h));
            boinc::Json doc{{"hosts", list}};
            if (planClasses)
                doc["plan_classes"] =
                    readiness::PlanClassFleetTally::toJson(readiness::PlanClassFleetTally::tally(
                        *planClasses, monitor::FleetPlanClassHosts::from(fleet)));
            ctx.printJson(doc);
        } else {
            printTable(ctx, all);
            if (planClasses)
                printPlanClasses(ctx, readiness::PlanClassFleetTally::tally(
                                          *planClasses, monitor::FleetPlanClassHosts::from(fleet)));
        }
        ctx.finish(allConnected ? ExitOk : ExitFailed);
    };
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &guard, [&] {
        // Whoever is still in a round has had its time: say so rather than wait.
        QObject::disconnect(&fleet, nullptr, &guard, nullptr);
        printAndFinish();
    });
    QObject::connect(&fleet, &monitor::Fleet::roundsFinished, &guard, [&] {
        deadline.stop();
        printAndFinish();
    });

    for (const monitor::HostEntry& entry : *hosts) {
        const auto endpoint = boinc::RpcEndpoint::parse(entry.address);
        if (!endpoint)
            return ctx.usageError(Cli::tr("host '%1': bad address '%2'").arg(entry.name, entry.address));
        fleet.addHost(entry.id, entry.name, *endpoint);
    }
    // All hosts start together once every password is known (files at once, the keychain in
    // milliseconds): the deadline then covers them all alike.
    const auto startHosts = [&] {
        for (const monitor::HostEntry& entry : *hosts) {
            passwords.resolve(entry, &guard, [&, entry](const monitor::HostPasswords::Outcome& outcome) {
                if (!outcome.warning.isEmpty())
                    ctx.err() << QStringLiteral("boinc-docker: ")
                              << Cli::tr("host '%1': %2").arg(entry.name, outcome.warning) << Qt::endl;
                monitor::HostSession* session = fleet.session(entry.id);
                session->setPassword(outcome.password);
                if (--unresolved == 0) {
                    deadline.start(timeoutMs + deadlineSlackMs);
                    fleet.refreshAllOnce();
                }
            });
        }
    };
    // The plan classes first: a file or URL that cannot be read is a usage error, before any
    // host is asked.
    engine::CurlWorker transport;
    std::unique_ptr<readiness::PlanClassLoader> loader;
    const QString source = parser.value(QStringLiteral("plan-classes"));
    if (source.isEmpty()) {
        startHosts();
    } else {
        loader = std::make_unique<readiness::PlanClassLoader>(source, transport);
        loader->start(&guard, [&](const readiness::PlanClassSpecFile& file) {
            if (!file.ok()) {
                ctx.usageError(Cli::tr("--plan-classes: %1").arg(file.error));
                ctx.finish(ExitError);
                return;
            }
            planClasses = file;
            startHosts();
        });
    }
    return ctx.exec();
}

} // namespace bdm::cli
