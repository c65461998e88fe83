#include "gui/fleet/FleetHostModel.h"
#include "gui/fleet/FleetTaskFilter.h"
#include "gui/fleet/FleetTaskModel.h"
#include "monitor/Fleet.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace bdm;
using namespace Qt::StringLiterals;
using boinc::ConnectionState;
using gui::FleetHostModel;
using gui::FleetTaskModel;

namespace {

boinc::Result task(const QString& name, double fraction, const QString& planClass = u"docker"_s)
{
    boinc::Result r;
    r.name = name;
    r.wuName = name + u"_wu"_s;
    r.projectUrl = u"https://lab.example/"_s;
    r.projectName = u"Lab"_s;
    r.planClass = planClass;
    r.state = boinc::ResultFilesDownloaded;
    boinc::ActiveTask a;
    a.activeTaskState = boinc::ProcessExecuting;
    a.fractionDone = fraction;
    r.activeTask = a;
    return r;
}

// A port nobody listens on: connecting fails at once, as with a computer whose client is off.
quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    return s.serverPort();
}

boinc::RpcEndpoint endpointAt(quint16 port)
{
    return {u"127.0.0.1"_s, port, {}};
}

QList<int> rowsOf(const QSignalSpy& spy)
{
    QList<int> rows;
    for (const QList<QVariant>& args : spy) {
        const auto top = args.at(0).value<QModelIndex>();
        const auto bottom = args.at(1).value<QModelIndex>();
        for (int r = top.row(); r <= bottom.row(); ++r)
            rows.append(r);
    }
    return rows;
}

} // namespace

// The Fleet page's two models under QAbstractItemModelTester, and their update discipline: one
// change, one dataChanged, for that row only.
class TestFleetModel : public QObject
{
    Q_OBJECT

private slots:
    void the_host_model_follows_the_fleet_through_adds_state_changes_and_removals()
    {
        monitor::Fleet fleet;
        monitor::PollSchedule fast;
        fast.roundPauseMs = 200;
        fast.retryMinMs = 200;
        fast.retryMaxMs = 400;
        fleet.setSchedule(fast);
        FleetHostModel model(fleet);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const quint16 port = closedPort();
        fleet.addHost(u"a"_s, u"alpha"_s, endpointAt(port));
        fleet.addHost(u"b"_s, u"beta"_s, endpointAt(port));
        fleet.addHost(u"c"_s, u"gamma"_s, endpointAt(port));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, FleetHostModel::Name).data().toString(), u"beta"_s);
        QCOMPARE(model.index(1, FleetHostModel::Address).data().toString(), u"127.0.0.1:%1"_s.arg(port));
        QCOMPARE(model.index(1, FleetHostModel::LastContact).data().toString(), u"never"_s);

        fleet.start();
        QTRY_COMPARE(model.index(2, FleetHostModel::State).data(FleetHostModel::RawValueRole).toInt(),
                     int(ConnectionState::Unreachable));
        QCOMPARE(model.index(2, FleetHostModel::State).data().toString(),
                 boinc::connectionStateText(ConnectionState::Unreachable));
        QVERIFY(!model.index(2, FleetHostModel::TasksRunning).data(FleetHostModel::RawValueRole).isValid());

        QVERIFY(fleet.removeHost(u"b"_s));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.hostId(1), u"c"_s);
        fleet.addHost(u"d"_s, u"delta"_s, endpointAt(port));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, FleetHostModel::Name).data(FleetHostModel::HostIdRole).toString(), u"d"_s);
        QTest::qWait(1000); // failing rounds keep running under the tester
        fleet.stop();
    }

    void a_change_to_one_host_emits_exactly_one_dataChanged_for_its_row()
    {
        monitor::Fleet fleet; // not started: nothing else moves
        FleetHostModel model(fleet);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const quint16 port = closedPort();
        for (const QString& id : {u"a"_s, u"b"_s, u"c"_s})
            fleet.addHost(id, id, endpointAt(port));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        fleet.updateHost(u"b"_s, u"beta"_s, endpointAt(port));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rowsOf(changed), QList<int>{1});
        QCOMPARE(model.index(1, FleetHostModel::Name).data().toString(), u"beta"_s);

        // The same values again are no change at all.
        fleet.updateHost(u"b"_s, u"beta"_s, endpointAt(port));
        QCOMPARE(changed.size(), 1);

        // A round of one host (it fails: nobody listens) touches only that host's row.
        changed.clear();
        fleet.session(u"c"_s)->refreshOnce();
        QTRY_COMPARE(fleet.summary(u"c"_s).state, ConnectionState::Unreachable);
        QTRY_VERIFY(!fleet.session(u"c"_s)->roundInProgress());
        QVERIFY(!changed.isEmpty());
        for (int row : rowsOf(changed))
            QCOMPARE(row, 2);
        QCOMPARE(model.index(2, FleetHostModel::State).data(FleetHostModel::RawValueRole).toInt(),
                 int(ConnectionState::Unreachable));
    }

    void the_task_model_updates_one_hosts_rows_in_place()
    {
        FleetTaskModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const boinc::CcStatus status;
        model.updateHost(u"a"_s, u"alpha"_s, {task(u"r1"_s, 0.1), task(u"r2"_s, 0.2), task(u"r3"_s, 0.3)},
                         status);
        model.updateHost(u"b"_s, u"beta"_s, {task(u"r1"_s, 0.5), task(u"cpu"_s, 0.5, u"mt"_s)}, status);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(3, FleetTaskModel::Host).data().toString(), u"beta"_s);
        QCOMPARE(model.index(3, FleetTaskModel::Task).data().toString(), u"r1"_s);
        QCOMPARE(model.index(3, FleetTaskModel::Progress).data(FleetTaskModel::RawValueRole).toDouble(), 0.5);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        // One task advanced on host a: one dataChanged, for that row; host b untouched.
        model.updateHost(u"a"_s, u"alpha"_s, {task(u"r1"_s, 0.1), task(u"r2"_s, 0.25), task(u"r3"_s, 0.3)},
                         status);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rowsOf(changed), QList<int>{1});
        QCOMPARE(inserted.size() + removed.size(), 0);
        // The same poll again changes nothing.
        model.updateHost(u"a"_s, u"alpha"_s, {task(u"r1"_s, 0.1), task(u"r2"_s, 0.25), task(u"r3"_s, 0.3)},
                         status);
        QCOMPARE(changed.size(), 1);

        // A task gone and a new one on a: one removal, one insertion, nothing else.
        changed.clear();
        model.updateHost(u"a"_s, u"alpha"_s, {task(u"r1"_s, 0.1), task(u"r3"_s, 0.3), task(u"r4"_s, 0)},
                         status);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.rowCount(), 5);

        // The same result name on two hosts is two rows; removing a host removes only its own.
        model.removeHost(u"a"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.hostId(0), u"b"_s);
    }

    void the_task_filter_sorts_on_raw_values_and_filters_by_text_and_kind()
    {
        FleetTaskModel model;
        gui::FleetTaskFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.updateHost(u"a"_s, u"alpha"_s, {task(u"r1"_s, 0.9), task(u"r2"_s, 0.05)}, {});
        model.updateHost(u"b"_s, u"beta"_s, {task(u"cpu"_s, 0.1, u"mt"_s)}, {});
        filter.sort(FleetTaskModel::Progress, Qt::AscendingOrder);
        // "5.0 %" < "10.0 %" < "90.0 %" only as numbers.
        QCOMPARE(filter.index(0, FleetTaskModel::Task).data().toString(), u"r2"_s);
        QCOMPARE(filter.index(2, FleetTaskModel::Task).data().toString(), u"r1"_s);
        filter.setContainersOnly(true);
        QCOMPARE(filter.rowCount(), 2);
        filter.setContainersOnly(false);
        filter.setText(u"BETA"_s);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, FleetTaskModel::Task).data().toString(), u"cpu"_s);
    }
};

QTEST_MAIN(TestFleetModel)
#include "TestFleetModel.moc"
