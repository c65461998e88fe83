// A project's server status over HTTPS from the lab's test server (which answers
// server_status.php?xml=1 with the recorded-format pages of tests/data/server): the client,
// its TLS checks, and `boinc-docker server status` with its JSON and exit codes.
#include "LabRpcServer.h"
#include "LabTools.h"
#include "server/ServerStatusClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace bdm;
using namespace Qt::StringLiterals;

class TestServerStatus : public QObject
{
    Q_OBJECT

    lab::LabRpcServer m_server;

    bool serve(const char* file)
    {
        QFile f(QStringLiteral(BDM_TEST_DATA_DIR "/server/") + QLatin1String(file));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        return m_server
            .control({{u"cmd"_s, u"set_server_status"_s}, {u"xml"_s, QString::fromUtf8(f.readAll())}})
            .value(u"ok"_s)
            .toBool();
    }

    lab::RunResult cli(const QStringList& extra)
    {
        return lab::runProcess(
            QStringLiteral(BDM_CLI_PATH),
            QStringList{u"server"_s, u"status"_s, u"--project-url"_s, m_server.projectUrl()} + extra);
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void the_client_reads_the_status_over_verified_tls()
    {
        // Setup
        QVERIFY(serve("server_status_healthy.xml"));
        server::ServerStatusClient client;
        QVERIFY(client.addCaCertificatesFile(m_server.caFile(), nullptr));
        QSignalSpy fetched(&client, &server::ServerStatusClient::fetched);

        // Action
        client.fetch(m_server.projectUrl());

        // Verify
        QVERIFY(fetched.wait(15000));
        const auto status = fetched.first().first().value<server::ServerStatus>();
        QCOMPARE(status.daemons.size(), 6);
        QCOMPARE(status.count(u"results_in_progress"_s), 3391.0);
    }

    void a_server_signed_by_another_ca_is_refused()
    {
        QVERIFY(serve("server_status_healthy.xml"));
        server::ServerStatusClient client;
        QVERIFY(client.addCaCertificatesFile(m_server.otherCaFile(), nullptr));
        QSignalSpy failed(&client, &server::ServerStatusClient::failed);
        client.fetch(m_server.projectUrl());
        QVERIFY(failed.wait(15000));
        QVERIFY2(failed.first().first().toString().contains(u"TLS"_s),
                 qPrintable(failed.first().first().toString()));
    }

    void the_cli_prints_json_and_exits_1_for_a_stopped_daemon()
    {
        // Healthy: exit 0, every daemon and count.
        QVERIFY(serve("server_status_healthy.xml"));
        const lab::RunResult healthy = cli({u"--ca-file"_s, m_server.caFile(), u"--json"_s});
        QVERIFY2(healthy.exitCode == 0, qPrintable(healthy.describe()));
        const QJsonObject h = QJsonDocument::fromJson(healthy.standardOutput).object();
        QCOMPARE(h.value(u"project_url"_s).toString(), m_server.projectUrl());
        QCOMPARE(h.value(u"daemons"_s).toArray().size(), 6);
        QCOMPARE(h.value(u"counts"_s).toObject().value(u"results_ready_to_send"_s).toDouble(), 1204.0);
        QVERIFY(h.value(u"stopped_daemons"_s).toArray().isEmpty());

        // The feeder stopped: exit 1, named, also in the table form.
        QVERIFY(serve("server_status_feeder_stopped.xml"));
        const lab::RunResult stopped = cli({u"--ca-file"_s, m_server.caFile(), u"--json"_s});
        QCOMPARE(stopped.exitCode, 1);
        QCOMPARE(
            QJsonDocument::fromJson(stopped.standardOutput).object().value(u"stopped_daemons"_s).toArray(),
            QJsonArray{u"feeder (boincserver)"_s});
        const lab::RunResult table = cli({u"--ca-file"_s, m_server.caFile()});
        QCOMPARE(table.exitCode, 1);
        QVERIFY2(table.standardOutput.contains("not running"), table.standardOutput.constData());

        // Today's servers: no update_time, the per-app queues; the transitioner stopped.
        QVERIFY(serve("server_status_transitioner_stopped.xml"));
        const lab::RunResult current = cli({u"--ca-file"_s, m_server.caFile(), u"--json"_s});
        QCOMPARE(current.exitCode, 1);
        const QJsonObject c = QJsonDocument::fromJson(current.standardOutput).object();
        QVERIFY(c.value(u"update_time"_s).isNull());
        QCOMPARE(c.value(u"stopped_daemons"_s).toArray(), QJsonArray{u"transitioner (boincserver)"_s});
        QCOMPARE(c.value(u"tasks_by_app"_s).toArray().at(0).toObject().value(u"unsent"_s).toInt(), 37);
        const lab::RunResult currentTable = cli({u"--ca-file"_s, m_server.caFile()});
        QCOMPARE(currentTable.exitCode, 1);
        QVERIFY2(currentTable.standardOutput.contains("boinc2docker"),
                 currentTable.standardOutput.constData());

        // A login wall in front of the page: exit 2, said plainly.
        QVERIFY(m_server
                    .control({{u"cmd"_s, u"set_server_status"_s},
                              {u"xml"_s, u"<!DOCTYPE html><html><body><form action=\"login_action.php\">"
                                         "</form></body></html>"_s}})
                    .value(u"ok"_s)
                    .toBool());
        const lab::RunResult login = cli({u"--ca-file"_s, m_server.caFile(), u"--json"_s});
        QCOMPARE(login.exitCode, 2);
        QVERIFY2(login.standardError.contains("HTML page"), login.standardError.constData());

        // Not verifiable, or no status page: exit 2 with the reason.
        const lab::RunResult untrusted = cli({u"--json"_s});
        QCOMPARE(untrusted.exitCode, 2);
        QVERIFY2(untrusted.standardError.contains("TLS"), untrusted.standardError.constData());
        QVERIFY(m_server.control({{u"cmd"_s, u"set_server_status"_s}, {u"xml"_s, QJsonValue()}})
                    .value(u"ok"_s)
                    .toBool());
        const lab::RunResult missing = cli({u"--ca-file"_s, m_server.caFile()});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.standardError.contains("404"), missing.standardError.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerStatus)
#include "TestServerStatus.moc"
