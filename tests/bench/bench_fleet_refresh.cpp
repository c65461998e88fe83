// A refresh of a whole fleet of real BOINC clients: wall time and this process's CPU time (getrusage)
// for one round over every host at once, against the same round done the usual scripted way, one
// `boinccmd --get_state` process per host, all in parallel.
// Usage: bench_fleet_refresh [HOSTS] [RUNS]
#include "LabBoincGroup.h"
#include "LabTools.h"
#include "monitor/Fleet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

namespace {

struct Cost
{
    double wallMs = 0;
    double cpuMs = 0;
};

double cpuMs(int who)
{
    rusage u{};
    getrusage(who, &u);
    return (double(u.ru_utime.tv_sec) + double(u.ru_stime.tv_sec)) * 1e3 +
           (double(u.ru_utime.tv_usec) + double(u.ru_stime.tv_usec)) / 1e3;
}

Cost median(std::vector<Cost> v)
{
    std::sort(v.begin(), v.end(), [](const Cost& a, const Cost& b) { return a.wallMs < b.wallMs; });
    return v[v.size() / 2];
}

// One round on every host of `fleet`, timed.
Cost timeRound(bdm::monitor::Fleet& fleet)
{
    QEventLoop loop;
    QObject::connect(&fleet, &bdm::monitor::Fleet::roundsFinished, &loop, &QEventLoop::quit);
    const double cpu0 = cpuMs(RUSAGE_SELF);
    QElapsedTimer t;
    t.start();
    fleet.refreshAllOnce();
    loop.exec();
    return {double(t.nsecsElapsed()) / 1e6, cpuMs(RUSAGE_SELF) - cpu0};
}

std::unique_ptr<bdm::monitor::Fleet> makeFleet(bdm::lab::LabBoincGroup& clients)
{
    auto fleet = std::make_unique<bdm::monitor::Fleet>();
    for (int i = 0; i < clients.size(); ++i) {
        fleet->addHost(QString::number(i), QString::number(i),
                       *bdm::boinc::RpcEndpoint::parse(clients.at(i).address()), clients.at(i).password());
    }
    return fleet;
}

int connectedCount(const bdm::monitor::Fleet& fleet)
{
    int n = 0;
    for (const auto& s : fleet.summaries())
        n += s.state == bdm::boinc::ConnectionState::Connected ? 1 : 0;
    return n;
}

// boinccmd --get_state on every host at once; CPU is the children's (getrusage RUSAGE_CHILDREN).
Cost timeBoinccmd(const QString& boinccmd, bdm::lab::LabBoincGroup& clients, int* failures)
{
    std::vector<std::unique_ptr<QProcess>> procs;
    const double cpu0 = cpuMs(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < clients.size(); ++i) {
        auto p = std::make_unique<QProcess>();
        p->setStandardOutputFile(QProcess::nullDevice());
        p->start(boinccmd, {QStringLiteral("--host"), clients.at(i).address(), QStringLiteral("--passwd"),
                            clients.at(i).password(), QStringLiteral("--get_state")});
        procs.push_back(std::move(p));
    }
    for (auto& p : procs) {
        p->waitForFinished(60000);
        if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
            ++*failures;
    }
    return {double(t.nsecsElapsed()) / 1e6, cpuMs(RUSAGE_CHILDREN) - cpu0};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int hosts = argc > 1 ? std::atoi(argv[1]) : 50;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 7;

    bdm::lab::LabBoincGroup clients;
    bdm::lab::LabBoincOptions options;
    options.taskCount = 3;
    QElapsedTimer startClock;
    startClock.start();
    if (!clients.start(hosts, options, 120000)) {
        std::fprintf(stderr, "lab clients: %s\n", qPrintable(clients.errorString()));
        return 1;
    }
    std::printf("%d real BOINC clients (3 tasks each) answering after %.1f s\n", hosts,
                double(startClock.elapsed()) / 1e3);
    QString error;
    const QString boinccmd =
        bdm::lab::findProgram(QStringLiteral("boinccmd"), QStringLiteral("boinc-client"), &error);

    // Full round on fresh connections: connect, authenticate, exchange_versions, get_host_info,
    // get_state, get_cc_status, get_results on every host.
    std::vector<Cost> full;
    std::vector<Cost> steady;
    for (int r = 0; r < runs + 1; ++r) {
        auto fleet = makeFleet(clients);
        const Cost c = timeRound(*fleet);
        if (connectedCount(*fleet) != hosts) {
            std::fprintf(stderr, "only %d of %d hosts answered\n", connectedCount(*fleet), hosts);
            return 1;
        }
        // Steady round on the same connections: get_cc_status and get_results.
        QThread::msleep(2100); // results are due again
        const Cost s = timeRound(*fleet);
        if (r > 0) { // the first run warms caches on both sides
            full.push_back(c);
            steady.push_back(s);
        }
    }
    std::vector<Cost> peer;
    int failures = 0;
    for (int r = 0; r < runs + 1; ++r) {
        const Cost c = timeBoinccmd(boinccmd, clients, &failures);
        if (r > 0)
            peer.push_back(c);
    }
    if (failures > 0) {
        std::fprintf(stderr, "%d boinccmd runs failed\n", failures);
        return 1;
    }
    const Cost f = median(full);
    const Cost s = median(steady);
    const Cost b = median(peer);
    std::printf("median of %d runs, %d hosts at once\n", runs, hosts);
    std::printf("  Fleet full round (connect+auth, versions, host info, state, cc_status, results): %8.1f ms "
                "wall, %7.1f ms CPU\n",
                f.wallMs, f.cpuMs);
    std::printf("  Fleet steady round (cc_status, results):                                         %8.1f ms "
                "wall, %7.1f ms CPU\n",
                s.wallMs, s.cpuMs);
    std::printf("  %d x boinccmd --get_state in parallel:                                           %8.1f ms "
                "wall, %7.1f ms CPU\n",
                hosts, b.wallMs, b.cpuMs);
    std::printf("  full round vs boinccmd: %.2fx wall, %.2fx CPU\n", f.wallMs / b.wallMs, f.cpuMs / b.cpuMs);
    std::printf("  a steady round every second would use at most %.1f %% of one core\n", s.cpuMs / 10.0);
    return 0;
}
