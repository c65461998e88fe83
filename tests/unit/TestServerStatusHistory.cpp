// The Server page's chart data: a bounded ring of queue readings, one point per page update.
#include "server/ServerStatusHistory.h"

#include <QtTest>

using namespace bdm::server;

namespace {

ServerStatus status(double ready, qint64 updateTime = 0)
{
    ServerStatus s;
    if (updateTime > 0)
        s.updateTime = QDateTime::fromSecsSinceEpoch(updateTime, Qt::UTC);
    s.counts = {{QStringLiteral("results_ready_to_send"), ready},
                {QStringLiteral("results_in_progress"), ready * 2},
                {QStringLiteral("workunits_waiting_for_validation"), 3}};
    return s;
}

const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1763800000, Qt::UTC);

} // namespace

class TestServerStatusHistory : public QObject
{
    Q_OBJECT

private slots:
    void readingsKeepTheirCountsAndTimes()
    {
        ServerStatusHistory h;
        QVERIFY(h.add(status(5), t0));
        QVERIFY(h.add(status(7), t0.addSecs(60)));
        const QList<ServerStatusHistory::Sample> s = h.samples();
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].time, t0); // no update_time: when it was read
        QCOMPARE(s[1].readyToSend, 7.0);
        QCOMPARE(s[1].inProgress, 14.0);
        QCOMPARE(s[1].waitingForValidation, 3.0);
        QCOMPARE(s[1].waitingForAssimilation, 0.0); // missing counts are zero
    }

    void theSameUpdateReadTwiceIsOnePoint()
    {
        ServerStatusHistory h;
        QVERIFY(h.add(status(5, 1763700000), t0));
        QVERIFY(!h.add(status(5, 1763700000), t0.addSecs(60)));
        QVERIFY(h.add(status(6, 1763700600), t0.addSecs(600)));
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.samples()[1].time, QDateTime::fromSecsSinceEpoch(1763700600, Qt::UTC));
    }

    void theOldestReadingGoesFirstWhenFull()
    {
        ServerStatusHistory h(3);
        for (int i = 0; i < 5; ++i)
            QVERIFY(h.add(status(i), t0.addSecs(60 * i)));
        QCOMPARE(h.size(), 3);
        const QList<ServerStatusHistory::Sample> s = h.samples();
        QCOMPARE(s[0].readyToSend, 2.0);
        QCOMPARE(s[1].readyToSend, 3.0);
        QCOMPARE(s[2].readyToSend, 4.0);
        h.clear();
        QCOMPARE(h.size(), 0);
        QVERIFY(h.add(status(9), t0));
        QCOMPARE(h.samples().constFirst().readyToSend, 9.0);
    }
};

QTEST_GUILESS_MAIN(TestServerStatusHistory)
#include "TestServerStatusHistory.moc"
