// CPU % and memory exactly as `docker stats` computes them (docker/cli stats_helpers.go), from
// real Docker 20.10 readings (cgroup v1: primed, one-shot, paused) and a cgroup v2 reading.
#include "TestData.h"
#include "engine/EngineParsers.h"
#include "engine/StatsMath.h"

#include <QtTest>

using namespace bdm::engine;

namespace {

StatsSample reading(const char* file)
{
    const QString dir = QLatin1String(file).startsWith(QLatin1String("stats_cgroup2"))
                            ? QStringLiteral("engine/")
                            : QStringLiteral("captures/docker-20.10-api-1.41/");
    const EngineResult<StatsSample> r = parse::stats(bdm::test::readTestData(dir + QLatin1String(file)));
    if (!r.ok())
        qWarning("%s: %s", file, qPrintable(r.error.message));
    return r.value;
}

} // namespace

class TestEngineStats : public QObject
{
    Q_OBJECT

private slots:
    void primedReadingUsesItsOwnPrecpu()
    {
        const StatsSample s = reading("stats_running.json");
        QVERIFY(s.hasCounters);
        QCOMPARE(s.name, QStringLiteral("boinc__127.0.0.1_8080_lab_test__lab_wu_0002_0"));
        QCOMPARE(s.cpu.onlineCpus, 2);
        QCOMPARE(s.cpu.percpuCount, 2);
        // (63413510 - 62456195) / (3474710000000 - 3472670000000) * 2 * 100
        QVERIFY(s.cpuPercent.has_value());
        QCOMPARE(*s.cpuPercent, 957315.0 / 2040000000.0 * 2 * 100);
        // cgroup v1: usage - total_inactive_file = 823296 - 4096
        QCOMPARE(s.memoryBytes, quint64(819200));
        QCOMPARE(s.memory.limit, quint64(25276502016));
        QCOMPARE(s.pids, 2);
    }

    void oneShotReadingNeedsThePreviousOne()
    {
        StatsSample oneShot = reading("stats_running_oneshot.json");
        QVERIFY(oneShot.precpu.isEmpty()); // one-shot=true skips the priming read
        QVERIFY(!oneShot.cpuPercent.has_value());
        QCOMPARE(oneShot.memoryBytes, quint64(749568 - 4096));

        // The same container's reading a second earlier stands in for precpu_stats.
        const StatsSample previous = reading("stats_running.json");
        StatsMath::apply(oneShot, &previous);
        QVERIFY(oneShot.cpuPercent.has_value());
        QCOMPARE(*oneShot.cpuPercent,
                 (64319332.0 - 63413510.0) / (3476730000000.0 - 3474710000000.0) * 2 * 100);
    }

    void pausedContainerShowsZeroCpuAndItsMemory()
    {
        const StatsSample s = reading("stats_paused.json");
        QCOMPARE(*s.cpuPercent, 0.0); // total_usage did not move
        QCOMPARE(s.memoryBytes, quint64(544768 - 4096));
    }

    void cgroupV2UsesInactiveFileAndOnlineCpus()
    {
        const StatsSample s = reading("stats_cgroup2_running.json");
        QCOMPARE(s.cpu.percpuCount, 0); // no percpu_usage on cgroup v2
        QVERIFY(!s.memory.totalInactiveFile.has_value());
        QCOMPARE(*s.cpuPercent, 100.0); // 1e9 / 4e9 * 4 * 100
        QCOMPARE(s.memoryBytes, quint64(52428800 - 8388608));
    }

    void onlineCpusFallsBackToPercpuCount()
    {
        CpuCounters before{1000, 100000, 0, 4};
        CpuCounters now{3000, 104000, 0, 4};
        QCOMPARE(*StatsMath::cpuPercent(now, before), 2000.0 / 4000.0 * 4 * 100);
    }

    void noProgressOrCounterResetGivesZero_data()
    {
        QTest::addColumn<quint64>("cpuBefore");
        QTest::addColumn<quint64>("cpuNow");
        QTest::addColumn<quint64>("systemBefore");
        QTest::addColumn<quint64>("systemNow");
        QTest::newRow("idle") << quint64(500) << quint64(500) << quint64(1000) << quint64(2000);
        QTest::newRow("container restarted")
            << quint64(9000) << quint64(100) << quint64(1000) << quint64(2000);
        QTest::newRow("same instant") << quint64(500) << quint64(900) << quint64(2000) << quint64(2000);
    }
    void noProgressOrCounterResetGivesZero()
    {
        QFETCH(quint64, cpuBefore);
        QFETCH(quint64, cpuNow);
        QFETCH(quint64, systemBefore);
        QFETCH(quint64, systemNow);
        const std::optional<double> p = StatsMath::cpuPercent(CpuCounters{cpuNow, systemNow, 2, 2},
                                                              CpuCounters{cpuBefore, systemBefore, 2, 2});
        QCOMPARE(p.value_or(-1), 0.0);
    }

    void memoryFollowsDockerStatsRules_data()
    {
        QTest::addColumn<quint64>("usage");
        QTest::addColumn<qint64>("totalInactiveFile"); // -1: key absent
        QTest::addColumn<qint64>("inactiveFile");      // -1: key absent
        QTest::addColumn<quint64>("expected");
        QTest::newRow("v1") << quint64(1000) << qint64(100) << qint64(50) << quint64(900);
        QTest::newRow("v1 key wins even at zero")
            << quint64(1000) << qint64(0) << qint64(50) << quint64(1000);
        QTest::newRow("v2") << quint64(1000) << qint64(-1) << qint64(300) << quint64(700);
        QTest::newRow("inactive above usage") << quint64(1000) << qint64(5000) << qint64(-1) << quint64(1000);
        QTest::newRow("no detail") << quint64(1000) << qint64(-1) << qint64(-1) << quint64(1000);
    }
    void memoryFollowsDockerStatsRules()
    {
        QFETCH(quint64, usage);
        QFETCH(qint64, totalInactiveFile);
        QFETCH(qint64, inactiveFile);
        QFETCH(quint64, expected);
        MemoryCounters m;
        m.usage = usage;
        if (totalInactiveFile >= 0)
            m.totalInactiveFile = quint64(totalInactiveFile);
        if (inactiveFile >= 0)
            m.inactiveFile = quint64(inactiveFile);
        QCOMPARE(StatsMath::memoryBytes(m), expected);
    }

    void cliReadingsAreLeftAsGiven()
    {
        StatsSample s;
        s.cpuPercent = 42.5;
        s.memoryBytes = 1234;
        const StatsSample previous = reading("stats_running.json");
        StatsMath::apply(s, &previous);
        QCOMPARE(*s.cpuPercent, 42.5);
        QCOMPARE(s.memoryBytes, quint64(1234));
    }
};

QTEST_GUILESS_MAIN(TestEngineStats)
#include "TestEngineStats.moc"
