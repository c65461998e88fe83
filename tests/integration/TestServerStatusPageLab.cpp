// The Server page against the lab's HTTPS test server: the daemons and counts fill in, the
// queues are charted, a daemon that stops is reported once, and the page re-reads the status
// only while it is in view.
#include "LabRpcServer.h"
#include "gui/server/ServerStatusPage.h"
#include "gui/widgets/CountsChart.h"

#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace bdm;
using namespace Qt::StringLiterals;

class TestServerStatusPageLab : public QObject
{
    Q_OBJECT

    lab::LabRpcServer m_server;

    bool serve(const char* file)
    {
        QFile f(QStringLiteral(BDM_TEST_DATA_DIR "/server/") + QLatin1String(file));
        return f.open(QIODevice::ReadOnly) &&
               m_server
                   .control({{u"cmd"_s, u"set_server_status"_s}, {u"xml"_s, QString::fromUtf8(f.readAll())}})
                   .value(u"ok"_s)
                   .toBool();
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void daemons_and_queues_show_and_a_stopped_daemon_is_reported_once()
    {
        // Setup
        QVERIFY(serve("server_status_healthy.xml"));
        gui::ServerStatusPage page;
        page.setCaCertificatesFile(m_server.caFile());
        QSignalSpy refreshed(&page, &gui::ServerStatusPage::refreshed);
        QSignalSpy stopped(&page, &gui::ServerStatusPage::daemonStopped);
        page.show();

        // Action 1: a healthy project.
        page.load(m_server.projectUrl());
        QVERIFY(refreshed.wait(15000));

        // Verify 1
        QCOMPARE(page.daemonTable()->rowCount(), 6);
        QCOMPARE(page.daemonTable()->item(0, 0)->text(), u"feeder"_s);
        QVERIFY2(page.statusText().startsWith(u"All daemons running"_s), qPrintable(page.statusText()));
        QCOMPARE(page.chart()->pointCount(), 3); // three queues, one reading
        QCOMPARE(stopped.size(), 0);

        // Action 2: the feeder stops; the page is read twice.
        QVERIFY(serve("server_status_feeder_stopped.xml"));
        page.load(m_server.projectUrl());
        QVERIFY(refreshed.wait(15000));
        page.load(m_server.projectUrl());
        QVERIFY(refreshed.wait(15000));

        // Verify 2: reported once, shown, and one more point per queue (same update twice is one).
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.first().at(0).toString(), m_server.projectUrl());
        QCOMPARE(stopped.first().at(1).toString(), u"feeder (boincserver)"_s);
        QVERIFY2(page.statusText().contains(u"Not running: feeder"_s), qPrintable(page.statusText()));
        QCOMPARE(page.daemonTable()->item(0, 2)->text(), u"not running"_s);
        QCOMPARE(page.chart()->pointCount(), 6);
        if (const QString path = qEnvironmentVariable("BDM_SERVER_STATUS_SCREENSHOT"); !path.isEmpty())
            QVERIFY(page.grab().save(path));
    }

    void the_current_format_fills_the_apps_and_rereads_only_while_in_view()
    {
        // Setup
        QVERIFY(serve("server_status_transitioner_stopped.xml"));
        gui::ServerStatusPage page;
        page.setCaCertificatesFile(m_server.caFile());
        QSignalSpy refreshed(&page, &gui::ServerStatusPage::refreshed);
        QSignalSpy stopped(&page, &gui::ServerStatusPage::daemonStopped);
        page.show();

        // Action
        page.load(m_server.projectUrl());
        QVERIFY(refreshed.wait(15000));

        // Verify: the transitioner in the warning state, the apps' queues, the next read armed.
        QCOMPARE(page.daemonTable()->rowCount(), 9);
        QCOMPARE(page.daemonTable()->item(4, 0)->text(), u"transitioner"_s);
        QVERIFY(page.daemonTable()->item(4, 2)->foreground().color() !=
                page.daemonTable()->item(3, 2)->foreground().color());
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.first().at(1).toString(), u"transitioner (boincserver)"_s);
        const auto* apps = page.findChild<QTableWidget*>(u"appTableWidget"_s);
        QVERIFY(apps);
        QCOMPARE(apps->rowCount(), 2);
        QCOMPARE(apps->item(0, 0)->text(), u"boinc2docker"_s);
        QCOMPARE(apps->item(0, 1)->text(), u"37"_s);
        QVERIFY(page.autoRefreshArmed());

        // Out of view: no more reads.
        page.hide();
        QVERIFY(!page.autoRefreshArmed());
    }

    void an_unreadable_page_says_why()
    {
        QVERIFY(m_server.control({{u"cmd"_s, u"set_server_status"_s}, {u"xml"_s, QJsonValue()}})
                    .value(u"ok"_s)
                    .toBool());
        gui::ServerStatusPage page;
        page.setCaCertificatesFile(m_server.caFile());
        QSignalSpy refreshed(&page, &gui::ServerStatusPage::refreshed);
        page.load(m_server.projectUrl());
        QVERIFY(refreshed.wait(15000));
        QVERIFY2(page.statusText().contains(u"404"_s), qPrintable(page.statusText()));
    }
};

QTEST_MAIN(TestServerStatusPageLab)
#include "TestServerStatusPageLab.moc"
