// server_status.php?xml=1 as projects publish it (tests/data/server), and what is not it: an
// HTML page, a login form, a truncated reply, garbage.
#include "server/ServerStatusParser.h"

#include <QFile>
#include <QtTest>

using namespace bdm::server;

namespace {

QByteArray data(const char* name)
{
    QFile f(QStringLiteral(BDM_TEST_DATA_DIR "/server/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestServerStatusParser : public QObject
{
    Q_OBJECT

private slots:
    void healthyProjectHasEveryDaemonAndCount()
    {
        QString error;
        const auto s = ServerStatusParser::parse(data("server_status_healthy.xml"), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->updateTime, QDateTime::fromSecsSinceEpoch(1763800000, Qt::UTC));
        QCOMPARE(s->daemons.size(), 6);
        QCOMPARE(s->daemons[0].command, QStringLiteral("feeder"));
        QCOMPARE(s->daemons[0].host, QStringLiteral("boincserver"));
        QCOMPARE(s->daemons[0].state, ServerDaemon::State::Running);
        QCOMPARE(s->daemons[5].state, ServerDaemon::State::Disabled);
        QVERIFY(s->stoppedDaemons().isEmpty()); // disabled is meant to be off
        QCOMPARE(s->count(QStringLiteral("results_ready_to_send")), 1204.0);
        QCOMPARE(s->count(QStringLiteral("workunits_waiting_for_validation")), 12.0);
        QCOMPARE(s->counts.first().first, QStringLiteral("results_ready_to_send"));
        QCOMPARE(s->count(QStringLiteral("no_such_count")), -1.0);
    }

    void stoppedFeederIsNamed()
    {
        QString error;
        const auto s = ServerStatusParser::parse(data("server_status_feeder_stopped.xml"), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->stoppedDaemons(), QStringList{QStringLiteral("feeder (boincserver)")});
        const bdm::boinc::Json j = ServerStatusParser::toJson(*s);
        QCOMPARE(j["daemons"][0]["status"].get<std::string>(), std::string("not_running"));
        QCOMPARE(j["stopped_daemons"].size(), std::size_t(1));
        QCOMPARE(j["counts"]["results_in_progress"].get<double>(), 3391.0);
    }

    void currentServersFormatIsRead()
    {
        // As BOINC's show_status_xml() writes it today: no update_time, pseudo-daemons for the
        // upload/download servers and the scheduler, "prog (app)" commands, tasks_by_app inside
        // database_file_states.
        QString error;
        const auto s = ServerStatusParser::parse(data("server_status_transitioner_stopped.xml"), &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(!s->updateTime.isValid());
        QCOMPARE(s->daemons.size(), 9);
        QCOMPARE(s->daemons[0].command, QStringLiteral("Download server"));
        QCOMPARE(s->daemons[0].host, QStringLiteral("127.0.0.1"));
        QCOMPARE(s->daemons[6].command, QStringLiteral("sample_trivial_validator (boinc2docker)"));
        QCOMPARE(s->daemons[8].state, ServerDaemon::State::Disabled);
        QCOMPARE(s->stoppedDaemons(), QStringList{QStringLiteral("transitioner (boincserver)")});
        QCOMPARE(s->count(QStringLiteral("transitioner_backlog_hours")), 1.0455555555556);
        QCOMPARE(s->count(QStringLiteral("current_floating_point_speed")), 0.97318744936709);
        QCOMPARE(s->counts.size(), 14); // tasks_by_app is not a count
        QCOMPARE(s->apps.size(), 2);
        QCOMPARE(s->apps[0].name, QStringLiteral("boinc2docker"));
        QCOMPARE(s->apps[0].unsent, 37);
        QCOMPARE(s->apps[0].inProgress, 12);
        QCOMPARE(s->apps[0].avgRuntimeHours, 0.42);
        QCOMPARE(s->apps[0].users, 3);
        QCOMPARE(s->apps[1].name, QStringLiteral("docker_gpu_app"));
        QCOMPARE(s->apps[1].avgRuntimeHours, -1.0); // no results in the last day
        const bdm::boinc::Json j = ServerStatusParser::toJson(*s);
        QVERIFY(j["update_time"].is_null());
        QCOMPARE(j["tasks_by_app"][0]["max_runtime_hours"].get<double>(), 1.31);
        QVERIFY(!j["tasks_by_app"][1].contains("avg_runtime_hours"));
    }

    void underscoreSpellingCountsAsNotRunning()
    {
        const auto s = ServerStatusParser::parse(
            "<server_status><daemon_status><daemon><host>h</host><command>feeder</command>"
            "<status>not_running</status></daemon></daemon_status></server_status>",
            nullptr);
        QVERIFY(s);
        QCOMPARE(s->daemons[0].state, ServerDaemon::State::NotRunning);
        QVERIFY(!s->updateTime.isValid());
    }

    void whatIsNotAServerStatusIsRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html page") << QByteArray(
            "<html><head><title>Server status</title></head><body></body></html>");
        QTest::newRow("login form") << QByteArray(
            "<!DOCTYPE html><html><body><form action=\"login_action.php\">");
        QTest::newRow("truncated") << data("server_status_healthy.xml").left(300);
        QTest::newRow("garbage") << QByteArray("\x01\x02 not xml");
        QTest::newRow("empty") << QByteArray();
    }

    void whatIsNotAServerStatusIsRefused()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!ServerStatusParser::parse(body, &error));
        QVERIFY(!error.isEmpty());
    }

    void anHtmlPageIsNamedAsSuch()
    {
        QString error;
        QVERIFY(!ServerStatusParser::parse("\n<!DOCTYPE html>\n<html><body><form action=\"login_action.php\">"
                                           "<input name=\"email_addr\"></form></body></html>",
                                           &error));
        QVERIFY2(error.contains(QStringLiteral("HTML page")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerStatusParser)
#include "TestServerStatusParser.moc"
