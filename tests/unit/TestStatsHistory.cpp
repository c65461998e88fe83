#include "monitor/StatsHistory.h"

#include <QTest>

using namespace bdm::monitor;

class TestStatsHistory : public QObject
{
    Q_OBJECT

private slots:
    void capacity_covers_ten_minutes_at_the_sampling_interval()
    {
        QCOMPARE(StatsHistory(2000, 600).capacity(), 301);
        QCOMPARE(StatsHistory(1000, 60).capacity(), 61);
        QCOMPARE(StatsHistory().windowMs(), qint64(600000));
    }

    void series_is_oldest_first_and_keeps_only_the_newest_points()
    {
        StatsHistory h(1000, 5); // 6 points
        for (int i = 0; i < 10; ++i)
            h.append(QStringLiteral("c1"), StatsPoint{i * 1000, double(i), quint64(i) * 100});

        const QList<StatsPoint> s = h.series(QStringLiteral("c1"));

        QCOMPARE(s.size(), 6);
        QCOMPARE(s.first().timeMs, qint64(4000));
        QCOMPARE(s.last().timeMs, qint64(9000));
        QCOMPARE(s.last().cpuPercent, 9.0);
        QCOMPARE(h.latest(QStringLiteral("c1"))->memoryBytes, quint64(900));
        QCOMPARE(h.peakMemory(QStringLiteral("c1")), quint64(900));
    }

    void points_older_than_the_window_are_left_out_when_sampled_faster()
    {
        StatsHistory h(1000, 5);
        h.append(QStringLiteral("c"), StatsPoint{0, 1, 10});
        h.append(QStringLiteral("c"), StatsPoint{6000, 2, 20}); // a gap: the first is out of the window

        QCOMPARE(h.series(QStringLiteral("c")).size(), 1);
    }

    void containers_are_independent_and_retain_only_drops_the_gone()
    {
        StatsHistory h(1000, 5);
        h.append(QStringLiteral("a"), StatsPoint{1, std::nan(""), 5});
        h.append(QStringLiteral("b"), StatsPoint{1, 3, 7});

        QVERIFY(!h.latest(QStringLiteral("a"))->hasCpu());
        QCOMPARE(h.series(QStringLiteral("b")).size(), 1);
        h.retainOnly({QStringLiteral("b")});
        QCOMPARE(h.containers(), QStringList{QStringLiteral("b")});
        QVERIFY(!h.latest(QStringLiteral("a")));
        QVERIFY(h.series(QStringLiteral("a")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatsHistory)
#include "TestStatsHistory.moc"
