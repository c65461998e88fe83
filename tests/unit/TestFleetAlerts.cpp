#include "monitor/FleetAlerts.h"

#include <QTest>

using namespace bdm;
using namespace Qt::StringLiterals;
using boinc::ConnectionState;
using monitor::FleetAlert;
using monitor::FleetAlerts;
using monitor::HostSnapshot;

namespace {

boinc::Result task(const QString& name, const QString& planClass, int state, int exitStatus = 0)
{
    boinc::Result r;
    r.name = name;
    r.projectUrl = QStringLiteral("https://lab.example/");
    r.planClass = planClass;
    r.state = state;
    r.exitStatus = exitStatus;
    return r;
}

HostSnapshot connectedWith(const QList<boinc::Result>& results)
{
    HostSnapshot s;
    s.state = ConnectionState::Connected;
    s.haveResults = true;
    s.results = results;
    return s;
}

QList<FleetAlert> compare(const HostSnapshot& before, const HostSnapshot& after)
{
    return FleetAlerts::compare(QStringLiteral("id-1"), QStringLiteral("alpha"), before, after);
}

} // namespace

// The notification decisions: previous snapshot vs new one -> alerts.
class TestFleetAlerts : public QObject
{
    Q_OBJECT

private slots:
    void a_connected_host_that_goes_unreachable_or_times_out_alerts_once_data()
    {
        QTest::addColumn<ConnectionState>("from");
        QTest::addColumn<ConnectionState>("to");
        QTest::addColumn<int>("alerts");
        QTest::newRow("connected -> unreachable")
            << ConnectionState::Connected << ConnectionState::Unreachable << 1;
        QTest::newRow("connected -> timeout") << ConnectionState::Connected << ConnectionState::TimedOut << 1;
        QTest::newRow("still unreachable")
            << ConnectionState::Unreachable << ConnectionState::Unreachable << 0;
        QTest::newRow("unreachable -> timeout")
            << ConnectionState::Unreachable << ConnectionState::TimedOut << 0;
        QTest::newRow("never connected") << ConnectionState::Connecting << ConnectionState::Unreachable << 0;
        QTest::newRow("wrong password is not lost")
            << ConnectionState::Connected << ConnectionState::AuthenticationFailed << 0;
        QTest::newRow("reconnecting") << ConnectionState::Connected << ConnectionState::Connecting << 0;
    }
    void a_connected_host_that_goes_unreachable_or_times_out_alerts_once()
    {
        QFETCH(ConnectionState, from);
        QFETCH(ConnectionState, to);
        QFETCH(int, alerts);
        HostSnapshot before;
        before.state = from;
        HostSnapshot after = before;
        after.state = to;
        const QList<FleetAlert> got = compare(before, after);
        QCOMPARE(got.size(), alerts);
        if (alerts) {
            QCOMPARE(got[0].kind, FleetAlert::HostLost);
            QCOMPARE(got[0].hostId, QStringLiteral("id-1"));
            QVERIFY2(got[0].title.contains(QLatin1String("alpha")), qPrintable(got[0].title));
        }
    }

    void a_container_task_that_ends_with_an_error_alerts_data()
    {
        QTest::addColumn<QString>("planClass");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("exitStatus");
        QTest::addColumn<bool>("alert");
        QTest::newRow("compute error") << u"docker"_s << int(boinc::ResultComputeError) << 1 << true;
        QTest::newRow("upload failed") << u"docker_gpu"_s << int(boinc::ResultUploadFailed) << 0 << true;
        QTest::newRow("uploaded with exit status")
            << u"docker"_s << int(boinc::ResultFilesUploaded) << 194 << true;
        QTest::newRow("success") << u"docker"_s << int(boinc::ResultFilesUploaded) << 0 << false;
        QTest::newRow("aborted by the user") << u"docker"_s << int(boinc::ResultAborted) << -203 << false;
        QTest::newRow("not a container task") << u"mt"_s << int(boinc::ResultComputeError) << 1 << false;
    }
    void a_container_task_that_ends_with_an_error_alerts()
    {
        QFETCH(QString, planClass);
        QFETCH(int, state);
        QFETCH(int, exitStatus);
        QFETCH(bool, alert);
        const HostSnapshot before = connectedWith({task(u"r1"_s, planClass, boinc::ResultFilesDownloaded)});
        const HostSnapshot after = connectedWith({task(u"r1"_s, planClass, state, exitStatus)});
        const QList<FleetAlert> got = compare(before, after);
        QCOMPARE(got.size(), alert ? 1 : 0);
        if (alert) {
            QCOMPARE(got[0].kind, FleetAlert::ContainerTaskFailed);
            QCOMPARE(got[0].subject, u"r1"_s);
            QVERIFY2(got[0].message.contains(QString::number(exitStatus)), qPrintable(got[0].message));
        }
    }

    void a_failure_is_reported_once_and_never_for_tasks_first_seen_failed()
    {
        const auto failed = task(u"r1"_s, u"docker"_s, boinc::ResultComputeError, 1);
        // Already failed before: nothing new.
        QVERIFY(compare(connectedWith({failed}), connectedWith({failed})).isEmpty());
        // First results after (re)connecting: old failures are not news.
        HostSnapshot blank;
        blank.state = ConnectionState::Connected;
        QVERIFY(compare(blank, connectedWith({failed})).isEmpty());
        // A task that appears already failed between two polls was never seen running.
        QVERIFY(compare(connectedWith({}), connectedWith({failed})).isEmpty());
    }

    void losing_the_host_and_a_failed_task_in_one_change_gives_both()
    {
        const HostSnapshot before = connectedWith({task(u"r1"_s, u"docker"_s, boinc::ResultFilesDownloaded)});
        HostSnapshot after = connectedWith({task(u"r1"_s, u"docker"_s, boinc::ResultComputeError, 3)});
        after.state = ConnectionState::Unreachable;
        const QList<FleetAlert> got = compare(before, after);
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].kind, FleetAlert::HostLost);
        QCOMPARE(got[1].kind, FleetAlert::ContainerTaskFailed);
    }

    void an_oom_kill_names_the_container()
    {
        const FleetAlert a =
            FleetAlerts::containerOomKilled(u"id-1"_s, u"alpha"_s, u"boinc__lab_example__r1"_s);
        QCOMPARE(a.kind, FleetAlert::ContainerOomKilled);
        QVERIFY(a.message.contains(QLatin1String("boinc__lab_example__r1")));
    }
};

QTEST_GUILESS_MAIN(TestFleetAlerts)
#include "TestFleetAlerts.moc"
