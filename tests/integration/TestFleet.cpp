#include "LabBoincGroup.h"
#include "LabTools.h"
#include "monitor/Fleet.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace bdm;
using boinc::ConnectionState;

namespace {

constexpr int clientCount = 20;
constexpr int timeoutSeconds = 3;

QString idOf(int i)
{
    return QStringLiteral("client-%1").arg(i, 2, 10, QLatin1Char('0'));
}

} // namespace

// Twenty real BOINC clients plus one peer that accepts connections and never answers, watched by
// one Fleet; then `boinc-docker hosts` over the same hosts. One dead or hung host must never slow
// the others down.
class TestFleet : public QObject
{
    Q_OBJECT

    lab::LabBoincGroup m_clients;
    QTcpServer m_hung; // accepts (the kernel does, even when nobody calls accept) and never answers
    std::unique_ptr<monitor::Fleet> m_fleet;
    QSet<int> m_stopped;

private slots:
    void initTestCase()
    {
        lab::LabBoincOptions options;
        options.taskCount = 1; // one container task (plan class "docker") on each client
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(m_clients.start(clientCount, options), qPrintable(m_clients.errorString()));
        qInfo("%d lab clients answering after %lld ms", clientCount, static_cast<long long>(clock.elapsed()));
        QVERIFY(m_hung.listen(QHostAddress::LocalHost));
    }

    void every_live_host_connects_and_the_hung_one_times_out()
    {
        m_fleet = std::make_unique<monitor::Fleet>();
        m_fleet->setReplyTimeout(timeoutSeconds * 1000);
        for (int i = 0; i < clientCount; ++i) {
            const auto endpoint = boinc::RpcEndpoint::parse(m_clients.at(i).address());
            QVERIFY(m_fleet->addHost(idOf(i), QStringLiteral("lab %1").arg(i), *endpoint,
                                     m_clients.at(i).password()));
        }
        QVERIFY(m_fleet->addHost(QStringLiteral("hung"), QStringLiteral("hung"),
                                 {QStringLiteral("127.0.0.1"), m_hung.serverPort(), {}}));
        QVERIFY(!m_fleet->addHost(QStringLiteral("hung"), QStringLiteral("again"), {}));
        m_fleet->start();

        const auto allRunning = [this] {
            for (int i = 0; i < clientCount; ++i) {
                const monitor::HostSummary s = m_fleet->summary(idOf(i));
                if (s.state != ConnectionState::Connected || s.containerTasksRunning.value_or(0) != 1)
                    return false;
            }
            return true;
        };
        QVERIFY2(lab::waitUntil(allRunning, 60000), "every client connected with its container task running");
        QTRY_COMPARE_WITH_TIMEOUT(m_fleet->summary(QStringLiteral("hung")).state, ConnectionState::TimedOut,
                                  timeoutSeconds * 1000 + 2000);
        const monitor::HostSummary s = m_fleet->summary(idOf(0));
        QCOMPARE(s.name, QStringLiteral("lab 0"));
        QCOMPARE(s.address, m_clients.at(0).address());
        QVERIFY(s.clientVersion.startsWith(QLatin1String("7.")));
        QVERIFY(!s.osName.isEmpty());
        QCOMPARE(s.tasksRunning, 1);
        QVERIFY(s.lastContact.isValid());
        QVERIFY(s.hostInfoKnown());
    }

    void stopped_clients_go_unreachable_while_the_others_keep_their_schedule()
    {
        m_stopped = {3, 11};
        for (int i : std::as_const(m_stopped))
            m_clients.at(i).kill();

        // Each live host's progress before the outage is noticed...
        QHash<QString, quint64> rounds;
        QHash<QString, QDateTime> contact;
        for (int i = 0; i < clientCount; ++i) {
            const monitor::HostSession* s = m_fleet->session(idOf(i));
            rounds[idOf(i)] = s->snapshot().rounds;
            contact[idOf(i)] = s->snapshot().lastContact;
        }
        QElapsedTimer clock;
        clock.start();
        for (int i : std::as_const(m_stopped))
            QTRY_COMPARE_WITH_TIMEOUT(m_fleet->summary(idOf(i)).state, ConnectionState::Unreachable, 5000);
        // ...and during it: 4 s of a 1 s schedule, while the dead and hung hosts keep failing.
        QTest::qWait(std::max<int>(0, 4000 - int(clock.elapsed())));
        for (int i = 0; i < clientCount; ++i) {
            if (m_stopped.contains(i))
                continue;
            const monitor::HostSnapshot& s = m_fleet->session(idOf(i))->snapshot();
            QVERIFY2(s.state == ConnectionState::Connected, qPrintable(idOf(i)));
            QVERIFY2(s.rounds >= rounds[idOf(i)] + 2,
                     qPrintable(QStringLiteral("%1: %2 rounds before, %3 after")
                                    .arg(idOf(i))
                                    .arg(rounds[idOf(i)])
                                    .arg(s.rounds)));
            QVERIFY2(s.lastContact > contact[idOf(i)].addMSecs(1500), qPrintable(idOf(i)));
            QVERIFY(s.lastContact.msecsTo(QDateTime::currentDateTimeUtc()) < 2500);
        }
        QCOMPARE(m_fleet->summary(QStringLiteral("hung")).state, ConnectionState::TimedOut);
        // The dead hosts keep what was last known, with the time it was known.
        const monitor::HostSummary dead = m_fleet->summary(idOf(3));
        QVERIFY(dead.lastContact.isValid());
        QVERIFY(!dead.clientVersion.isEmpty());
        m_fleet->stop();
        m_fleet.reset();
    }

    void the_hosts_command_asks_everyone_at_once_and_ends_in_about_the_timeout()
    {
        QTemporaryDir dir;
        QJsonArray hosts;
        for (int i = 0; i < clientCount; ++i) {
            hosts.append(QJsonObject{{QStringLiteral("name"), idOf(i)},
                                     {QStringLiteral("address"), m_clients.at(i).address()},
                                     {QStringLiteral("password_file"), m_clients.at(i).passwordFile()}});
        }
        hosts.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("hung")},
            {QStringLiteral("address"), QStringLiteral("127.0.0.1:%1").arg(m_hung.serverPort())}});
        const QString file = dir.filePath(QStringLiteral("hosts.json"));
        QString error;
        QVERIFY2(lab::writeFile(file, QJsonDocument(hosts).toJson(), &error), qPrintable(error));

        QElapsedTimer clock;
        clock.start();
        lab::RunOptions options;
        options.timeoutMs = 30000;
        const lab::RunResult r = lab::runProcess(
            QStringLiteral(BDM_CLI_PATH),
            {QStringLiteral("hosts"), QStringLiteral("--json"), QStringLiteral("--hosts-file"), file,
             QStringLiteral("--timeout"), QString::number(timeoutSeconds)},
            options);
        const qint64 ms = clock.elapsed();
        qInfo("boinc-docker hosts over %d hosts took %lld ms", clientCount + 1, static_cast<long long>(ms));
        QVERIFY2(r.started && !r.timedOut, qPrintable(r.describe()));
        QCOMPARE(r.exitCode, 1); // not every host is connected
        QVERIFY2(ms < timeoutSeconds * 1000 + 2500, qPrintable(QStringLiteral("%1 ms").arg(ms)));

        const QJsonArray list =
            QJsonDocument::fromJson(r.standardOutput).object().value(QStringLiteral("hosts")).toArray();
        QCOMPARE(list.size(), clientCount + 1);
        for (int i = 0; i < clientCount; ++i) {
            const QJsonObject h = list[i].toObject();
            QCOMPARE(h.value(QStringLiteral("name")).toString(), idOf(i));
            QCOMPARE(h.value(QStringLiteral("address")).toString(), m_clients.at(i).address());
            QCOMPARE(QStringList(h.keys()).size(), 8);
            if (m_stopped.contains(i)) {
                QCOMPARE(h.value(QStringLiteral("state")).toString(), QStringLiteral("unreachable"));
                QVERIFY(h.value(QStringLiteral("client_version")).isNull());
                QVERIFY(h.value(QStringLiteral("tasks_running")).isNull());
                continue;
            }
            QCOMPARE(h.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
            QVERIFY(h.value(QStringLiteral("client_version")).toString().startsWith(QLatin1String("7.")));
            QCOMPARE(h.value(QStringLiteral("tasks_running")).toInt(-1), 1);
            QCOMPARE(h.value(QStringLiteral("container_tasks")).toInt(-1), 1);
            QVERIFY(h.contains(QStringLiteral("docker_version")) &&
                    h.contains(QStringLiteral("docker_type")));
        }
        const QJsonObject hung = list.last().toObject();
        QCOMPARE(hung.value(QStringLiteral("state")).toString(), QStringLiteral("timeout"));
        QVERIFY(hung.value(QStringLiteral("container_tasks")).isNull());
    }

    void the_hosts_command_counts_the_hosts_each_plan_class_would_get()
    {
        // Setup: the live clients (7.20: no engine detection) and a project with a Docker class and
        // one without needs.
        QTemporaryDir dir;
        QJsonArray hosts;
        int live = 0;
        for (int i = 0; i < clientCount; ++i) {
            if (m_stopped.contains(i))
                continue;
            ++live;
            hosts.append(QJsonObject{{QStringLiteral("name"), idOf(i)},
                                     {QStringLiteral("address"), m_clients.at(i).address()},
                                     {QStringLiteral("password_file"), m_clients.at(i).passwordFile()}});
        }
        const QString file = dir.filePath(QStringLiteral("hosts.json"));
        const QString classes = dir.filePath(QStringLiteral("plan_class_spec.xml"));
        QVERIFY(lab::writeFile(file, QJsonDocument(hosts).toJson(), nullptr));
        QVERIFY(lab::writeFile(classes,
                               "<plan_classes>\n<plan_class><name>docker_test</name><docker/></plan_class>\n"
                               "<plan_class><name>any_cpu</name></plan_class>\n</plan_classes>\n",
                               nullptr));

        // Action
        const lab::RunResult r =
            lab::runProcess(QStringLiteral(BDM_CLI_PATH), {QStringLiteral("hosts"), QStringLiteral("--json"),
                                                           QStringLiteral("--hosts-file"), file,
                                                           QStringLiteral("--plan-classes"), classes});
        const lab::RunResult missing =
            lab::runProcess(QStringLiteral(BDM_CLI_PATH),
                            {QStringLiteral("hosts"), QStringLiteral("--hosts-file"), file,
                             QStringLiteral("--plan-classes"), dir.filePath(QStringLiteral("nope.xml"))});

        // Verify: every live host judged; none has Docker for the scheduler, all take any_cpu.
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray counts = QJsonDocument::fromJson(r.standardOutput)
                                      .object()
                                      .value(QStringLiteral("plan_classes"))
                                      .toArray();
        QCOMPARE(counts.size(), 2);
        const QJsonObject docker = counts[0].toObject();
        QCOMPARE(docker.value(QStringLiteral("plan_class")).toString(), QStringLiteral("docker_test"));
        QCOMPARE(docker.value(QStringLiteral("judged")).toInt(), live);
        QCOMPARE(docker.value(QStringLiteral("qualifying")).toInt(), 0);
        QCOMPARE(docker.value(QStringLiteral("refusals")).toArray().size(), live);
        const QJsonObject any = counts[1].toObject();
        QCOMPARE(any.value(QStringLiteral("qualifying")).toInt(), live);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.standardError.contains("--plan-classes"), missing.standardError.constData());
    }

    void the_hosts_command_refuses_a_bad_hosts_file_as_a_usage_error()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hosts.json"));
        QString error;
        QVERIFY(lab::writeFile(file, R"([{"name": "a", "address": "x:0"}])", &error));
        const lab::RunResult r = lab::runProcess(
            QStringLiteral(BDM_CLI_PATH), {QStringLiteral("hosts"), QStringLiteral("--hosts-file"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.standardError.contains("host 1 (\"a\"): bad \"address\""), r.standardError.constData());
        QVERIFY(r.standardOutput.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "TestFleet.moc"
