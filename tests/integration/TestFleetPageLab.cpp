#include "LabBoincGroup.h"
#include "LabKeyring.h"
#include "LabTools.h"
#include "ModalDialogs.h"
#include "common/SecretStore.h"
#include "gui/fleet/FleetHostModel.h"
#include "gui/fleet/FleetPage.h"
#include "gui/fleet/FleetTaskModel.h"
#include "gui/fleet/FleetTaskPanel.h"
#include "gui/fleet/FleetTray.h"
#include "gui/fleet/HostEditorDialog.h"
#include "gui/fleet/PlanClassesDialog.h"
#include "monitor/Fleet.h"
#include "monitor/HostBook.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace bdm;
using namespace Qt::StringLiterals;
using boinc::ConnectionState;
using gui::FleetHostModel;
using gui::FleetTaskModel;
using test::whenModalOpens;

namespace {

constexpr int timeoutMs = 3000;

} // namespace

// The Fleet page over three real BOINC clients and one peer that accepts and never answers,
// with passwords in a private GNOME Keyring (LabKeyring) and hosts in a private settings file.
class TestFleetPageLab : public QObject
{
    Q_OBJECT

    // Goes last: libsecret's bus connection ends the process (SIGTERM) if its bus closes while
    // an event loop still runs, as the clients' teardown does.
    lab::LabKeyring m_keyring;
    lab::LabBoincGroup m_clients;
    QTcpServer m_hung;
    QTemporaryDir m_dir;
    const QString m_service = u"bdm-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<monitor::HostBook> m_book;
    std::unique_ptr<common::SecretStore> m_secrets;
    std::unique_ptr<monitor::Fleet> m_fleet;
    std::unique_ptr<gui::FleetPage> m_page;
    QStringList m_ids; // lab client i has id m_ids[i]
    QString m_hungId;

    QString confPath() const { return m_dir.filePath(u"fleet.conf"_s); }
    FleetHostModel& model() { return *m_page->hostModel(); }
    QVariant raw(const QString& id, int column)
    {
        return model().index(model().rowOf(id), column).data(FleetHostModel::RawValueRole);
    }
    ConnectionState stateOf(const QString& id)
    {
        return ConnectionState(raw(id, FleetHostModel::State).toInt());
    }

private slots:
    void initTestCase()
    {
        Q_INIT_RESOURCE(bdm);
        lab::LabBoincOptions options;
        options.taskCount = 1;
        QVERIFY2(m_clients.start(3, options), qPrintable(m_clients.errorString()));
        QVERIFY(m_hung.listen(QHostAddress::LocalHost));
        m_settings = std::make_unique<QSettings>(confPath(), QSettings::IniFormat);
        m_book = std::make_unique<monitor::HostBook>(*m_settings);
        m_secrets = std::make_unique<common::SecretStore>(m_service);
    }

    // Before any bus exists in this process: a headless machine without a keychain.
    void a_password_that_cannot_be_stored_is_reported_and_the_host_is_kept()
    {
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bdm-no-bus");
        qunsetenv("DISPLAY");
        monitor::Fleet fleet;
        gui::FleetPage page(fleet, *m_book, *m_secrets);
        QSignalSpy stored(&page, &gui::FleetPage::passwordStored);
        const QString id = page.addHost({{}, u"nokeychain"_s, u"127.0.0.1:9"_s, {}}, u"pw-nowhere"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(stored.wait(15000));
        qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
        QCOMPARE(stored.at(0).at(1).value<common::SecretResult>().status, common::SecretResult::NoKeychain);
        QVERIFY2(page.noticeText().contains(u"could not be saved in the keychain"_s),
                 qPrintable(page.noticeText()));
        QVERIFY(page.noticeText().contains(u"nokeychain"_s));
        QCOMPARE(page.hostModel()->rowCount(), 1);
        QVERIFY(page.hostModel()->note(id).contains(u"Password not saved"_s));
        QCOMPARE(m_book->entries().size(), 1);
        QVERIFY(page.removeHost(id, false));
        QVERIFY(m_book->entries().isEmpty());
    }

    void the_private_keyring_starts() { QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString())); }

    void three_hosts_connect_and_the_hung_one_times_out()
    {
        m_fleet = std::make_unique<monitor::Fleet>();
        m_fleet->setReplyTimeout(timeoutMs);
        m_page = std::make_unique<gui::FleetPage>(*m_fleet, *m_book, *m_secrets);
        QAbstractItemModelTester tester(&model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy stored(m_page.get(), &gui::FleetPage::passwordStored);
        for (int i = 0; i < 2; ++i) {
            const QString id = m_page->addHost({{}, u"lab %1"_s.arg(i), m_clients.at(i).address(), {}},
                                               m_clients.at(i).password());
            QVERIFY(!id.isEmpty());
            m_ids.append(id);
        }
        // The third through the editor, typed as a person would.
        whenModalOpens<gui::HostEditorDialog>([this](gui::HostEditorDialog* d) {
            QTest::keyClicks(d->nameEdit(), u"lab 2"_s);
            QTest::keyClicks(d->addressEdit(), u"127.0.0.1:"_s);
            QVERIFY(!d->findChild<QLabel*>(u"addressErrorLabel"_s)->text().isEmpty()); // no port yet
            QTest::keyClicks(d->addressEdit(), QString::number(m_clients.at(2).port()));
            QVERIFY(d->addressError().isEmpty());
            QTest::keyClicks(d->passwordEdit(), m_clients.at(2).password());
            d->accept();
        });
        m_page->openAddDialog();
        QCOMPARE(model().rowCount(), 3);
        m_ids.append(model().hostId(2));
        m_hungId = m_page->addHost({{}, u"hung"_s, u"127.0.0.1:%1"_s.arg(m_hung.serverPort()), {}});
        QCOMPARE(model().rowCount(), 4);

        for (const QString& id : std::as_const(m_ids))
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), ConnectionState::Connected, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_hungId), ConnectionState::TimedOut, timeoutMs + 3000);
        for (const QString& id : std::as_const(m_ids)) {
            QTRY_COMPARE_WITH_TIMEOUT(raw(id, FleetHostModel::ContainerTasksRunning).toInt(), 1, 30000);
            QVERIFY(raw(id, FleetHostModel::ClientVersion).toString().startsWith(u"7."_s));
            QVERIFY(!raw(id, FleetHostModel::Os).toString().isEmpty());
            QVERIFY(raw(id, FleetHostModel::Containers).isValid());
        }
        QCOMPARE(model().index(model().rowOf(m_ids[2]), FleetHostModel::Name).data().toString(), u"lab 2"_s);
        QTRY_COMPARE(stored.size(), 3);
        for (const QList<QVariant>& args : std::as_const(stored))
            QVERIFY2(args.at(1).value<common::SecretResult>().ok(),
                     qPrintable(args.at(1).value<common::SecretResult>().message));
        // The tasks of all three, in one table.
        QTRY_COMPARE(m_page->findChild<QTableView*>(u"fleetTaskTableView"_s)->model()->rowCount(), 3);
    }

    void passwords_are_in_the_keychain_and_never_in_the_settings_file()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_keyring.secretToolLookup(m_service, u"gui-rpc-password/"_s + m_ids[i]),
                     m_clients.at(i).password());
        m_settings->sync();
        QFile conf(confPath());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray text = conf.readAll();
        QVERIFY2(text.contains(m_clients.at(2).address().toUtf8()), text.constData());
        for (int i = 0; i < 3; ++i)
            QVERIFY2(!text.contains(m_clients.at(i).password().toUtf8()), text.constData());
    }

    void a_poll_round_emits_at_most_one_dataChanged_per_row()
    {
        const int row = model().rowOf(m_ids[0]);
        int sinceRound = 0;
        QList<int> perRound;
        auto c1 = connect(&model(), &QAbstractItemModel::dataChanged, this,
                          [&](const QModelIndex& top, const QModelIndex& bottom) {
                              if (top.row() <= row && row <= bottom.row())
                                  ++sinceRound;
                          });
        auto c2 = connect(m_fleet->session(m_ids[0]), &monitor::HostSession::roundFinished, this,
                          [&](const QString&) {
                              perRound.append(sinceRound);
                              sinceRound = 0;
                          });
        QTest::qWait(4000);
        disconnect(c1);
        disconnect(c2);
        QVERIFY2(perRound.size() >= 3, qPrintable(u"%1 rounds"_s.arg(perRound.size())));
        for (int n : std::as_const(perRound))
            QVERIFY2(n <= 1, qPrintable(u"dataChanged per round: %1"_s.arg(n)));
        // Last contact moves every round, so every round but the first counted changed the row.
        QVERIFY(perRound.count(1) >= perRound.size() - 1);
    }

    void a_stopped_client_goes_unreachable_while_the_others_keep_refreshing()
    {
        QDateTime before[3];
        for (int i = 0; i < 3; ++i)
            before[i] = raw(m_ids[i], FleetHostModel::LastContact).toDateTime();
        // Offscreen there is no tray icon, but the tray still decides its alerts.
        gui::FleetTray tray(*m_fleet);
        QSignalSpy alerts(&tray, &gui::FleetTray::alerted);
        QVERIFY2(tray.toolTipText().endsWith(u", 3 connected, 3 container tasks running"_s),
                 qPrintable(tray.toolTipText()));
        m_clients.at(1).kill();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_ids[1]), ConnectionState::Unreachable, 8000);
        QTRY_COMPARE_WITH_TIMEOUT(alerts.size(), 1, 2000);
        // Its tasks stay, greyed and marked as last known; the others' do not.
        const FleetTaskModel& tasks = *m_page->taskPanel()->model();
        int staleRows = 0;
        for (int row = 0; row < tasks.rowCount(); ++row) {
            const bool stale = tasks.index(row, 0).data(FleetTaskModel::StaleRole).toBool();
            QCOMPARE(stale, tasks.hostId(row) == m_ids[1]);
            if (stale) {
                ++staleRows;
                QVERIFY(tasks.index(row, FleetTaskModel::Status).data().toString().contains(u"last known"_s));
            }
        }
        QCOMPARE(staleRows, 1);
        const auto lost = alerts.first().first().value<monitor::FleetAlert>();
        QCOMPARE(lost.kind, monitor::FleetAlert::HostLost);
        QCOMPARE(lost.hostId, m_ids[1]);
        QVERIFY2(lost.title.contains(m_fleet->name(m_ids[1])), qPrintable(lost.title));
        QTRY_VERIFY2(tray.toolTipText().endsWith(u", 2 connected, 2 container tasks running"_s),
                     qPrintable(tray.toolTipText()));
        tray.reportOomKill(m_ids[0], u"boinc__lab__job_1"_s);
        QCOMPARE(alerts.size(), 2);
        const auto oom = alerts.last().first().value<monitor::FleetAlert>();
        QCOMPARE(oom.kind, monitor::FleetAlert::ContainerOomKilled);
        QVERIFY2(oom.title.contains(m_fleet->name(m_ids[0])) && oom.message.contains(u"boinc__lab__job_1"_s),
                 qPrintable(oom.title + u' ' + oom.message));
        QTest::qWait(2500);
        for (int i : {0, 2}) {
            QCOMPARE(stateOf(m_ids[i]), ConnectionState::Connected);
            QVERIFY2(raw(m_ids[i], FleetHostModel::LastContact).toDateTime() > before[i].addMSecs(1500),
                     qPrintable(m_ids[i]));
        }
        QCOMPARE(stateOf(m_hungId), ConnectionState::TimedOut);
        // The lost host keeps what was last known.
        QVERIFY(raw(m_ids[1], FleetHostModel::LastContact).toDateTime().isValid());
        QVERIFY(!raw(m_ids[1], FleetHostModel::ClientVersion).toString().isEmpty());

        if (const QString path = qEnvironmentVariable("BDM_FLEET_SCREENSHOT"); !path.isEmpty()) {
            m_page->resize(1280, 720);
            m_page->show();
            QTest::qWait(300);
            QVERIFY(m_page->grab().save(path));
            qInfo("screenshot: %s", qPrintable(path));
        }
    }

    void the_plan_classes_dialog_counts_the_hosts_each_class_would_get()
    {
        // Setup: a project with a Docker class and one without needs; 7.20 clients detect no engine.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"plan_class_spec.xml"_s);
        QVERIFY(lab::writeFile(file,
                               "<plan_classes>\n<plan_class><name>docker_test</name><docker/></plan_class>\n"
                               "<plan_class><name>any_cpu</name></plan_class>\n</plan_classes>\n",
                               nullptr));

        // Action
        m_page->findChild<QPushButton*>(u"planClassesPushButton"_s)->click();
        gui::PlanClassesDialog* dialog = m_page->planClassesDialog();
        QVERIFY(dialog && dialog->isVisible());
        QSignalSpy loaded(dialog, &gui::PlanClassesDialog::loaded);
        dialog->load(file);
        QVERIFY(loaded.wait(10000));

        // Verify: the three lab clients that told their hardware (the lost one by its last
        // report), none with Docker for the scheduler, all fit for any_cpu.
        QTableWidget* table = dialog->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), u"docker_test"_s);
        QCOMPARE(table->item(0, 1)->text(), u"0 of 3"_s);
        QVERIFY2(table->item(0, 1)->toolTip().contains(u"lab 0: "_s),
                 qPrintable(table->item(0, 1)->toolTip()));
        QCOMPARE(table->item(1, 1)->text(), u"3 of 3"_s);
        QVERIFY(table->item(0, 2)->text().contains(u"Docker"_s));
        if (const QString path = qEnvironmentVariable("BDM_PLAN_CLASSES_SCREENSHOT"); !path.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(dialog->grab().save(path));
        }
        dialog->close();
    }

    void a_new_page_reads_the_passwords_back_from_the_keychain()
    {
        monitor::Fleet fleet;
        fleet.setReplyTimeout(timeoutMs);
        gui::FleetPage page(fleet, *m_book, *m_secrets);
        QTRY_COMPARE_WITH_TIMEOUT(fleet.size(), 4, 10000);
        for (int i : {0, 2})
            QTRY_COMPARE_WITH_TIMEOUT(fleet.summary(m_ids[i]).state, ConnectionState::Connected, 15000);
        fleet.stop();
    }

    void removing_a_host_asks_first_and_forgets_it_everywhere()
    {
        const QString id = m_ids[2];
        whenModalOpens<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!m_page->removeHost(id));
        QCOMPARE(model().rowCount(), 4);
        whenModalOpens<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        QVERIFY(m_page->removeHost(id));
        QCOMPARE(model().rowCount(), 3);
        QCOMPARE(model().rowOf(id), -1);
        QCOMPARE(m_book->entries().size(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(m_keyring.secretToolLookup(m_service, u"gui-rpc-password/"_s + id).isEmpty(),
                                 10000);
        // Its tasks left the table with it.
        QTRY_COMPARE(m_page->findChild<QTableView*>(u"fleetTaskTableView"_s)->model()->rowCount(), 2);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_fleet.reset();
    }
};

QTEST_MAIN(TestFleetPageLab)
#include "TestFleetPageLab.moc"
