// The GUI RPC client and the CLI against a real BOINC 7.20 client with running tasks (the lab),
// checked against boinccmd, the reference client, in the same run.
#include "LabBoincClient.h"
#include "LabTools.h"
#include "boinc/GuiRpcClient.h"
#include "boinc/MessageLog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <unistd.h>

using namespace bdm;
using bdm::lab::LabBoincClient;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun runCli(const QStringList& args, const QString& asUser = {})
{
    QString program = QStringLiteral(BDM_CLI_PATH);
    QStringList arguments = args;
    if (!asUser.isEmpty()) {
        arguments.prepend(program);
        arguments.prepend(QStringLiteral("--"));
        arguments.prepend(asUser);
        arguments.prepend(QStringLiteral("-u"));
        program = QStringLiteral("/usr/sbin/runuser");
    }
    lab::RunOptions options;
    options.timeoutMs = 60000;
    const lab::RunResult r = lab::runProcess(program, arguments, options);
    return CliRun{r.exitCode, r.standardOutput, QString::fromUtf8(r.standardError)};
}

// boinccmd --get_tasks, reduced to name -> "suspended via GUI" for the checks below.
QMap<QString, bool> boinccmdTasks(LabBoincClient& client)
{
    QMap<QString, bool> tasks;
    QString current;
    const QStringList lines = client.boinccmd({QStringLiteral("--get_tasks")}).split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("name: "))) {
            current = line.mid(6);
            tasks[current] = false; // boinccmd 7.20 prints the line below only when it is true
        } else if (line.startsWith(QLatin1String("suspended via GUI: ")) && !current.isEmpty())
            tasks[current] = line.endsWith(QLatin1String("yes"));
    }
    return tasks;
}

QStringList hostArgs(const LabBoincClient& client)
{
    return {QStringLiteral("--host"), client.address(), QStringLiteral("--password-file"),
            client.passwordFile()};
}

} // namespace

class TestGuiRpcIntegration : public QObject
{
    Q_OBJECT

    LabBoincClient m_client;

private slots:
    void initTestCase()
    {
        lab::LabBoincOptions options;
        options.taskCount = 4;
        options.resultPrefix = QStringLiteral("Lab_WU_");
        options.planClass = QStringLiteral("docker");
        if (!m_client.start(options))
            QFAIL(qPrintable(m_client.errorString()));
        QVERIFY(m_client.waitForExecuting(2, 30000));
    }

    void the_cli_lists_the_same_tasks_as_boinccmd()
    {
        const CliRun run =
            runCli(QStringList{QStringLiteral("tasks"), QStringLiteral("--all"), QStringLiteral("--json")} +
                   hostArgs(m_client));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc[QStringLiteral("client_version")].toString(), QStringLiteral("7.20.5"));
        QCOMPARE(doc[QStringLiteral("host")].toString(), m_client.address());
        const QJsonArray tasks = doc[QStringLiteral("tasks")].toArray();
        QStringList names;
        int running = 0;
        for (const QJsonValue& v : tasks) {
            const QJsonObject t = v.toObject();
            names << t[QStringLiteral("name")].toString();
            QCOMPARE(t[QStringLiteral("project_url")].toString(), m_client.projectUrl());
            QCOMPARE(t[QStringLiteral("plan_class")].toString(), QStringLiteral("docker"));
            QVERIFY(t.contains(QStringLiteral("container")));
            QVERIFY(t[QStringLiteral("report_deadline")].toDouble() > 1e9);
            if (t[QStringLiteral("status")].toString() == QLatin1String("Running")) {
                ++running;
                QVERIFY(t[QStringLiteral("slot")].isDouble());
                QVERIFY(t[QStringLiteral("pid")].toInt() > 0);
                QCOMPARE(t[QStringLiteral("active_task_state")].toInt(), 1);
            }
        }
        QStringList expected = boinccmdTasks(m_client).keys();
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
        QCOMPARE(running, 2);

        const CliRun active =
            runCli(QStringList{QStringLiteral("tasks"), QStringLiteral("--json")} + hostArgs(m_client));
        QCOMPARE(QJsonDocument::fromJson(active.out).object()[QStringLiteral("tasks")].toArray().size(), 2);
    }

    void suspend_and_resume_round_trip_is_seen_by_boinccmd()
    {
        const QString name = m_client.resultNames().first();
        CliRun run = runCli(QStringList{QStringLiteral("task"), QStringLiteral("suspend"),
                                        QStringLiteral("--project"), m_client.projectUrl(), name} +
                            hostArgs(m_client));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(boinccmdTasks(m_client).value(name));
        // The project URL is matched as the client matches it: scheme, case and slash ignored.
        run =
            runCli(QStringList{QStringLiteral("task"), QStringLiteral("resume"), QStringLiteral("--project"),
                               QStringLiteral("HTTPS://127.0.0.1:8080/lab_test"), name} +
                   hostArgs(m_client));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!boinccmdTasks(m_client).value(name));
    }

    void an_unknown_task_fails_with_the_clients_words()
    {
        const CliRun run =
            runCli(QStringList{QStringLiteral("task"), QStringLiteral("suspend"), QStringLiteral("--project"),
                               m_client.projectUrl(), QStringLiteral("No_Such_Task")} +
                   hostArgs(m_client));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("no such result")), qPrintable(run.err));
    }

    void a_wrong_password_is_a_clear_error_and_exit_2()
    {
        QTemporaryDir dir;
        const QString wrong = dir.filePath(QStringLiteral("pw"));
        QVERIFY(lab::writeFile(wrong, "not-the-password\n", nullptr));
        const CliRun run =
            runCli({QStringLiteral("task"), QStringLiteral("suspend"), QStringLiteral("--project"),
                    m_client.projectUrl(), m_client.resultNames().first(), QStringLiteral("--host"),
                    m_client.address(), QStringLiteral("--password-file"), wrong});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("rejected the GUI RPC password")), qPrintable(run.err));
        QVERIFY(!boinccmdTasks(m_client).value(m_client.resultNames().first()));
    }

    void control_without_a_password_says_what_to_do()
    {
        // Read-only requests work locally without the password; control needs it.
        const CliRun list = runCli({QStringLiteral("tasks"), QStringLiteral("--json"),
                                    QStringLiteral("--host"), m_client.address()});
        QCOMPARE(list.exitCode, 0);
        const CliRun run =
            runCli({QStringLiteral("task"), QStringLiteral("abort"), QStringLiteral("--project"),
                    m_client.projectUrl(), m_client.resultNames().first(), QStringLiteral("--host"),
                    m_client.address()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("password")), qPrintable(run.err));
    }

    void an_unreadable_password_file_names_the_group_to_join()
    {
        if (::geteuid() != 0)
            QFAIL("this test creates a system user and must run as root (CI does)");
        const QString user = QStringLiteral("bdm-lab-user");
        lab::runProcess(QStringLiteral("/usr/sbin/useradd"),
                        {QStringLiteral("--system"), QStringLiteral("--no-create-home"), user});
        QTemporaryDir dir(lab::labTempRoot() + QStringLiteral("/pw-XXXXXX"));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                              QFile::ExeOther);
        const QString file = dir.filePath(QStringLiteral("gui_rpc_auth.cfg"));
        QVERIFY(lab::writeFile(file, m_client.password().toUtf8() + '\n', nullptr));
        lab::runProcess(QStringLiteral("/usr/bin/chgrp"), {QStringLiteral("boinc"), file});
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        const CliRun run =
            runCli({QStringLiteral("task"), QStringLiteral("suspend"), QStringLiteral("--project"),
                    m_client.projectUrl(), m_client.resultNames().first(), QStringLiteral("--host"),
                    m_client.address(), QStringLiteral("--password-file"), file},
                   user);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("cannot be read by user bdm-lab-user")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("sudo usermod -aG boinc bdm-lab-user")), qPrintable(run.err));
    }

    void the_client_restarting_mid_session_is_survived()
    {
        boinc::GuiRpcConnection connection;
        connection.setEndpoint(*boinc::RpcEndpoint::parse(m_client.address()));
        connection.setPassword(m_client.password());
        connection.setAutoReconnect(true);
        connection.setReplyTimeout(5000);
        boinc::GuiRpcClient client(connection);
        QSignalSpy ready(&connection, &boinc::GuiRpcConnection::ready);

        boinc::MessageLog log;
        bool polled = false;
        const auto poll = [&] {
            polled = false;
            client.getMessages(log.nextRequestSeqno(), this,
                               [&](const boinc::RpcResult<QList<boinc::Message>>& r) {
                                   if (r.ok())
                                       log.apply(r.value);
                                   polled = true;
                               });
        };
        poll();
        QTRY_VERIFY(polled);
        QVERIFY(log.nextRequestSeqno() > 5);
        const int before = log.nextRequestSeqno();
        QCOMPARE(ready.size(), 1);

        m_client.kill();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), boinc::ConnectionState::Unreachable, 10000);
        QVERIFY(m_client.restart());
        // The connection comes back on its own and authenticates again.
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() >= 2, 30000);
        QCOMPARE(connection.state(), boinc::ConnectionState::Connected);

        // Seqnos restarted at 1: the log notices and starts over instead of waiting for them
        // to pass the old cursor.
        poll();
        QTRY_VERIFY(polled);
        QVERIFY(!log.messages().isEmpty());
        QVERIFY(log.messages().first().seqno <= 2);
        QVERIFY(log.nextRequestSeqno() < before + 50);

        // And control works again on the new connection.
        boinc::RpcError error{boinc::RpcError::Cancelled, {}};
        bool done = false;
        client.resultOp(boinc::GuiRpcClient::ResultOp::Suspend, m_client.projectUrl(),
                        m_client.resultNames().last(), this, [&](const boinc::RpcError& e) {
                            error = e;
                            done = true;
                        });
        QTRY_VERIFY(done);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QVERIFY(boinccmdTasks(m_client).value(m_client.resultNames().last()));
    }

    void the_unix_domain_socket_works_too()
    {
        LabBoincClient local;
        lab::LabBoincOptions options;
        options.unixSocket = true;
        options.taskCount = 1;
        if (!local.start(options))
            QFAIL(qPrintable(local.errorString()));
        const CliRun run = runCli({QStringLiteral("tasks"), QStringLiteral("--all"), QStringLiteral("--json"),
                                   QStringLiteral("--host"), QStringLiteral("unix:") + local.socketPath(),
                                   QStringLiteral("--password-file"), local.passwordFile()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out).object()[QStringLiteral("tasks")].toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGuiRpcIntegration)
#include "TestGuiRpcIntegration.moc"
