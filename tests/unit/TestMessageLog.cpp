#include "boinc/MessageLog.h"

#include <QTest>

using namespace bdm::boinc;

namespace {

QList<Message> seq(int from, int to)
{
    QList<Message> out;
    for (int i = from; i <= to; ++i)
        out.append(Message{QString(), 1, i, 1000 + i, QStringLiteral("m%1").arg(i)});
    return out;
}

Notice notice(int seqno)
{
    Notice n;
    n.seqno = seqno;
    n.title = QStringLiteral("n%1").arg(seqno);
    return n;
}

} // namespace

class TestMessageLog : public QObject
{
    Q_OBJECT

private slots:
    void polls_extend_the_log_and_move_the_cursor()
    {
        MessageLog log;
        QVERIFY(!log.apply(seq(1, 5), 100.0));
        QCOMPARE(log.nextRequestSeqno(), 5);
        QVERIFY(!log.apply(seq(6, 7), 100.0));
        QCOMPARE(log.messages().size(), 7);
        QVERIFY(!log.apply({}, 100.0));
        QCOMPARE(log.nextRequestSeqno(), 7);
    }

    void seqnos_going_back_mean_the_client_restarted()
    {
        MessageLog log;
        log.apply(seq(1, 50), 100.0);
        QVERIFY(log.apply(seq(1, 3)));
        QCOMPARE(log.messages().size(), 3);
        QCOMPARE(log.nextRequestSeqno(), 3);
    }

    void a_new_client_start_time_means_a_restart_even_if_seqnos_look_fine()
    {
        MessageLog log;
        log.apply(seq(1, 2), 100.0);
        QVERIFY(log.apply(seq(3, 4), 200.0));
        QCOMPARE(log.messages().size(), 2);
        QCOMPARE(log.messages().first().seqno, 3);
    }

    void capacity_keeps_the_newest()
    {
        MessageLog log;
        log.setCapacity(10);
        log.apply(seq(1, 25));
        QCOMPARE(log.messages().size(), 10);
        QCOMPARE(log.messages().first().seqno, 16);
    }

    void notices_minus_one_replaces_the_list()
    {
        NoticeLog log;
        QVERIFY(!log.apply({notice(1), notice(2), notice(3)}));
        QCOMPARE(log.nextRequestSeqno(), 3);
        QVERIFY(log.apply({notice(-1), notice(2), notice(4)}));
        QCOMPARE(log.notices().size(), 2);
        QCOMPARE(log.notices().first().seqno, 2);
        QCOMPARE(log.nextRequestSeqno(), 4);
    }
};

QTEST_GUILESS_MAIN(TestMessageLog)
#include "TestMessageLog.moc"
