// One full stats refresh of N running containers on the lab's dockerd: ours (one-shot readings,
// at most 4 in flight, CPU % against the previous round) versus `docker stats --no-stream` on
// the same engine in the same run; wall time, our CPU time, the engine's CPU time, the ratio,
// and what refreshing every 2 s costs. Usage: bench_engine_stats [CONTAINERS] [ROUNDS]
#include "LabDockerEngine.h"
#include "LabTools.h"
#include "engine/ContainerMonitor.h"
#include "engine/CurlWorker.h"
#include "engine/EngineClient.h"
#include "engine/StatsSampler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace bdm::engine;

namespace {

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double childrenCpuMs()
{
    rusage r{};
    getrusage(RUSAGE_CHILDREN, &r);
    return double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) * 1e3 +
           double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e3;
}

// utime + stime of a process (dockerd): the engine's side of the work.
double processTreeCpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> f = stat.readAll().split(')').value(1).trimmed().split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (f.value(11).toDouble() + f.value(12).toDouble()) * 1000.0 / ticks; // utime, stime
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double mean(const std::vector<double>& v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.empty() ? 0 : s / double(v.size());
}

bool startContainers(bdm::lab::LabDockerEngine& engine, int count)
{
    // Four `docker run` at a time: the engine serialises much of it anyway.
    QString error;
    const QString docker =
        bdm::lab::findProgram(QStringLiteral("docker"), QStringLiteral("docker.io"), &error);
    for (int first = 0; first < count; first += 4) {
        std::vector<std::unique_ptr<QProcess>> batch;
        for (int i = first; i < std::min(count, first + 4); ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(engine.environment());
            p->start(docker,
                     {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"),
                      QStringLiteral("none"), QStringLiteral("--name"),
                      QStringLiteral("boinc__bench__%1").arg(i, 3, 10, QLatin1Char('0')),
                      QStringLiteral("local/busybox:1"), QStringLiteral("sleep"), QStringLiteral("3600")});
            batch.push_back(std::move(p));
        }
        for (auto& p : batch) {
            if (!p->waitForFinished(60000) || p->exitCode() != 0) {
                std::fprintf(stderr, "docker run failed: %s\n", p->readAllStandardError().constData());
                return false;
            }
        }
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int containers = argc > 1 ? std::atoi(argv[1]) : 50;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 10;

    bdm::lab::LabDockerEngine engine;
    if (!engine.start() || !startContainers(engine, containers)) {
        std::fprintf(stderr, "lab engine: %s\n", qPrintable(engine.errorString()));
        return 1;
    }
    const qint64 dockerd = engine.pid();

    CurlWorker transport;
    EngineClient client(transport, EngineEndpoint::unixSocket(engine.socketPath()));
    ContainerFilter filter;
    filter.namePrefix = ContainerFilter::boincPrefix();
    QStringList ids;
    bool listed = false;
    client.version(&app, [&](const EngineResult<EngineVersion>&) {
        client.listContainers(filter, &app, [&](const EngineResult<QList<ContainerSummary>>& list) {
            for (const ContainerSummary& c : list.value)
                ids.append(c.id);
            listed = true;
        });
    });
    if (!QTest::qWaitFor([&] { return listed; }, 30000) || ids.size() != containers) {
        std::fprintf(stderr, "listed %lld of %d containers\n", static_cast<long long>(ids.size()),
                     containers);
        return 1;
    }

    StatsSampler sampler(client);
    // A plain event loop, not QTest::qWait (which wakes every 10 ms and would bill us for it).
    const auto refresh = [&](StatsSampler::Round* out) {
        QEventLoop loop;
        sampler.sample(ids, &app, [&](const StatsSampler::Round& r) {
            if (out)
                *out = r;
            loop.quit();
        });
        loop.exec();
    };
    refresh(nullptr); // primes the previous readings and the connections
    QTest::qWait(1000);

    std::vector<double> oursWall, oursCpu, oursEngine;
    StatsSampler::Round last;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        const double cpu0 = processCpuMs();
        const double eng0 = processTreeCpuMs(dockerd);
        t.start();
        refresh(&last);
        oursWall.push_back(double(t.nsecsElapsed()) / 1e6);
        oursCpu.push_back(processCpuMs() - cpu0);
        oursEngine.push_back(processTreeCpuMs(dockerd) - eng0);
        QTest::qWait(200);
    }
    int withCpu = 0;
    for (const StatsSample& s : std::as_const(last.samples))
        withCpu += s.cpuPercent ? 1 : 0;

    std::vector<double> refWall, refCpu, refEngine;
    const int refRuns = std::max(3, rounds / 2);
    for (int i = 0; i < refRuns; ++i) {
        QElapsedTimer t;
        const double cpu0 = childrenCpuMs();
        const double eng0 = processTreeCpuMs(dockerd);
        t.start();
        int exitCode = -1;
        const QString out =
            engine.docker({QStringLiteral("stats"), QStringLiteral("--no-stream")}, &exitCode);
        refWall.push_back(double(t.nsecsElapsed()) / 1e6);
        refCpu.push_back(childrenCpuMs() - cpu0);
        refEngine.push_back(processTreeCpuMs(dockerd) - eng0);
        if (exitCode != 0 || out.count(QLatin1Char('\n')) < containers) {
            std::fprintf(stderr, "docker stats failed: %s\n", qPrintable(engine.lastStandardError()));
            return 1;
        }
    }

    // Sustained: the monitor as the GUI runs it (events stream + a refresh every 2 s).
    constexpr int sustainedMs = 20000;
    ContainerMonitor monitor(client);
    monitor.setFilter(filter);
    int refreshes = 0;
    QObject::connect(&monitor, &ContainerMonitor::statsUpdated, &app, [&] { ++refreshes; });
    const double cpu0 = processCpuMs();
    const double eng0 = processTreeCpuMs(dockerd);
    monitor.start();
    QEventLoop idle;
    QTimer::singleShot(sustainedMs, &idle, &QEventLoop::quit);
    idle.exec();
    monitor.stop();
    const double sustainedCpu = processCpuMs() - cpu0;
    const double sustainedEngine = processTreeCpuMs(dockerd) - eng0;

    std::printf("lab dockerd 20.10, %d running containers, %d CPUs\n", containers,
                int(sysconf(_SC_NPROCESSORS_ONLN)));
    std::printf("one full stats refresh (median wall; mean CPU of this process / of dockerd):\n");
    std::printf("  ours (one-shot, <=%d in flight):  %8.1f ms wall  %7.1f ms CPU  dockerd %7.1f ms CPU  (%d "
                "of %d with CPU %%, %d rounds)\n",
                sampler.maxInFlight(), median(oursWall), mean(oursCpu), mean(oursEngine), withCpu, containers,
                rounds);
    std::printf(
        "  docker stats --no-stream:         %8.1f ms wall  %7.1f ms CPU  dockerd %7.1f ms CPU  (%d runs)\n",
        median(refWall), mean(refCpu), mean(refEngine), refRuns);
    std::printf("  ratio (ours / docker stats):      %8.3f wall       %7.3f CPU\n",
                median(oursWall) / median(refWall), mean(oursCpu) / mean(refCpu));
    std::printf("refreshing every 2 s (per-round CPU / 2 s): %.2f %% of a core\n",
                mean(oursCpu) / 2000.0 * 100.0);
    std::printf("ContainerMonitor for %d s (events + stats every 2 s, %d refreshes): %.2f %% of a core here, "
                "dockerd %.2f %% of a core\n",
                sustainedMs / 1000, refreshes, sustainedCpu / sustainedMs * 100.0,
                sustainedEngine / sustainedMs * 100.0);
    engine.stop();
    return withCpu == containers ? 0 : 1;
}
