// The task <-> container join against real programs: the lab BOINC client (project URL with a
// port and mixed case, upper-case result names) running container tasks on the lab dockerd,
// plus an orphan boinc__ container and decoys made with the docker CLI; the join itself, the
// CLI's `tasks --json` / `containers --json` / `history`, and ContainerTaskTracker writing a
// history row when a task is aborted through the client (never by touching the container).
#include "LabBoincClient.h"
#include "LabDockerEngine.h"
#include "LabTools.h"
#include "boinc/GuiRpcClient.h"
#include "boinc/GuiRpcConnection.h"
#include "engine/ContainerMonitor.h"
#include "engine/CurlWorker.h"
#include "engine/EngineClient.h"
#include "monitor/ContainerTaskTracker.h"
#include "monitor/TaskContainerJoin.h"
#include "monitor/TaskHistoryStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace bdm;
using namespace bdm::monitor;
using bdm::lab::LabBoincClient;
using bdm::lab::LabDockerEngine;

namespace {

const QString orphanName = QStringLiteral("boinc__bdm_test_orphan__not_a_task_0");
const QStringList decoys{QStringLiteral("myapp"), QStringLiteral("boinc_decoy"),
                         QStringLiteral("myboinc__decoy")};

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QJsonObject byKey(const QJsonArray& list, const char* key, const QString& value)
{
    for (const QJsonValue& v : list) {
        if (v.toObject().value(QLatin1String(key)).toString() == value)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestMonitorJoin : public QObject
{
    Q_OBJECT

    // Declared first: outlives the client whose tasks run containers on it.
    LabDockerEngine m_engine;
    LabBoincClient m_lab;
    engine::CurlWorker m_transport;
    std::unique_ptr<engine::EngineClient> m_engineClient;
    boinc::GuiRpcConnection m_connection;
    std::unique_ptr<boinc::GuiRpcClient> m_client;
    QStringList m_running; // result names of the two executing tasks
    QString m_waiting;     // the third task, marked to run out of memory

    CliRun cli(const QStringList& args)
    {
        bdm::lab::RunOptions options;
        options.environment = m_engine.environment();
        options.timeoutMs = 60000;
        const bdm::lab::RunResult r = bdm::lab::runProcess(QStringLiteral(BDM_CLI_PATH), args, options);
        return CliRun{r.exitCode, r.standardOutput, r.standardError};
    }
    QStringList clientArgs() const
    {
        return {QStringLiteral("--host"), m_lab.address(), QStringLiteral("--password-file"),
                m_lab.passwordFile()};
    }
    QStringList engineArgs() const { return {QStringLiteral("--engine"), m_engine.endpoint()}; }

    QList<boinc::Result> results()
    {
        QList<boinc::Result> out;
        bool done = false;
        m_client->getResults(false, this, [&](const boinc::RpcResult<QList<boinc::Result>>& r) {
            if (r.ok())
                out = r.value;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qFatal("no reply in 30 s"); // the handler would write to a dead frame later
        return out;
    }
    QList<engine::ContainerSummary> containers()
    {
        QList<engine::ContainerSummary> out;
        bool done = false;
        m_engineClient->listContainers(engine::ContainerFilter{}, this,
                                       [&](const engine::EngineResult<QList<engine::ContainerSummary>>& r) {
                                           out = r.value;
                                           done = true;
                                       });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qFatal("no reply in 30 s"); // the handler would write to a dead frame later
        return out;
    }
    QList<JoinRow> joinNow()
    {
        TaskContainerJoin::Input in;
        in.tasks = results();
        in.containers = containers();
        return TaskContainerJoin::join(in);
    }
    int confirmedRunning(const QList<JoinRow>& rows)
    {
        int n = 0;
        for (const JoinRow& r : rows) {
            if (r.kind == JoinKind::Joined && r.slotCheck == SlotCheck::Confirmed && r.container->isRunning())
                ++n;
        }
        return n;
    }

    // A tracker fed as the app feeds it: the engine monitor's events and stats, and the task
    // list polled every 500 ms.
    struct TrackerRig
    {
        TrackerRig(TestMonitorJoin& test, TaskHistoryStore& store)
            : monitor(*test.m_engineClient), tracker(*test.m_engineClient, monitor)
        {
            monitor.setStatsInterval(500);
            tracker.setHost(test.m_lab.address());
            tracker.setStore(&store);
            monitor.start();
            poll.setInterval(500);
            QObject::connect(&poll, &QTimer::timeout, &tracker, [this, &test] {
                if (polling)
                    return;
                polling = true;
                test.m_client->getResults(false, &tracker,
                                          [this](const boinc::RpcResult<QList<boinc::Result>>& r) {
                                              polling = false;
                                              if (r.ok())
                                                  tracker.updateTasks(r.value);
                                          });
            });
            poll.start();
        }
        engine::ContainerMonitor monitor;
        ContainerTaskTracker tracker;
        QTimer poll;
        bool polling = false;
    };

private slots:
    void initTestCase()
    {
        if (!m_engine.start())
            QFAIL(qPrintable(m_engine.errorString()));
        bdm::lab::LabBoincOptions options;
        options.taskCount = 3;
        options.resultPrefix = QStringLiteral("SCI_JOB_");
        options.engineSocket = m_engine.socketPath();
        if (!m_lab.start(options))
            QFAIL(qPrintable(m_lab.errorString()));
        QVERIFY(m_lab.projectUrl().contains(QLatin1String(":8080/Lab_Test/"))); // port and mixed case
        QVERIFY(m_lab.waitForExecuting(2, 30000));

        // Made after the client started, so its start-up cleanup cannot be what removes them.
        for (const QString& name : QStringList{orphanName} + decoys) {
            int code = -1;
            m_engine.docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"),
                             QStringLiteral("none"), QStringLiteral("--name"), name,
                             QStringLiteral("local/busybox:1"), QStringLiteral("sleep"),
                             QStringLiteral("600")},
                            &code);
            QVERIFY2(code == 0, qPrintable(m_engine.lastStandardError()));
        }
        m_engineClient = std::make_unique<engine::EngineClient>(
            m_transport, engine::EngineEndpoint::unixSocket(m_engine.socketPath()));
        m_connection.setEndpoint(*boinc::RpcEndpoint::parse(m_lab.address()));
        m_connection.setPassword(m_lab.password());
        m_client = std::make_unique<boinc::GuiRpcClient>(m_connection);

        // The task that is still waiting starts when the tracker test aborts one; its
        // container then runs out of memory, for the OOM test.
        for (const boinc::Result& r : results()) {
            if (!r.activeTask) {
                m_waiting = r.name;
                QVERIFY(m_lab.markOutOfMemory(r.name));
            }
        }
        QVERIFY(!m_waiting.isEmpty());
    }

    void cleanupTestCase()
    {
        for (const QString& name : QStringList{orphanName} + decoys)
            m_engine.docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
        m_lab.kill();
    }

    void executing_tasks_join_their_containers_and_the_orphan_is_found()
    {
        QList<JoinRow> rows;
        // The science script creates each container a moment after its task starts.
        QTRY_COMPARE_WITH_TIMEOUT((rows = joinNow(), confirmedRunning(rows)), 2, 40000);

        int orphans = 0;
        int notStarted = 0;
        for (const JoinRow& r : std::as_const(rows)) {
            if (r.kind == JoinKind::Joined) {
                QVERIFY(r.task->name.startsWith(QLatin1String("SCI_JOB_")));
                QCOMPARE(r.container->name, m_lab.containerName(r.task->name));
                QCOMPARE(r.container->name, r.container->name.toLower());
                QCOMPARE(r.mountedSlot, r.task->activeTask->slot);
                m_running.append(r.task->name);
            } else if (r.kind == JoinKind::Orphan) {
                ++orphans;
                QCOMPARE(r.container->name, orphanName);
            } else {
                QCOMPARE(r.kind, JoinKind::NoContainer); // the third task waits for a CPU
                QVERIFY(!r.task->activeTask);
                ++notStarted;
            }
            if (r.container) {
                for (const QString& decoy : decoys)
                    QVERIFY(r.container->name != decoy);
            }
        }
        QCOMPARE(orphans, 1);
        QCOMPARE(notStarted, 1);
        QCOMPARE(rows.size(), 4);
        m_running.sort();
    }

    void tasks_json_fills_each_running_tasks_container()
    {
        QVERIFY(!m_running.isEmpty());
        const CliRun run =
            cli(QStringList{QStringLiteral("tasks"), QStringLiteral("--all"), QStringLiteral("--json")} +
                clientArgs() + engineArgs());
        QVERIFY2(run.exitCode == 0, run.err.constData());

        const QJsonArray tasks = run.json().value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), 3);
        for (const QJsonValue& v : tasks) {
            const QJsonObject t = v.toObject();
            const QJsonValue c = t.value(QStringLiteral("container"));
            if (!m_running.contains(t.value(QStringLiteral("name")).toString())) {
                QVERIFY(c.isNull());
                continue;
            }
            const QJsonObject o = c.toObject();
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("cpu_percent"), QStringLiteral("id"),
                                            QStringLiteral("image"), QStringLiteral("memory_bytes"),
                                            QStringLiteral("name"), QStringLiteral("state")}));
            QCOMPARE(o.value(QStringLiteral("name")).toString(),
                     m_lab.containerName(t.value(QStringLiteral("name")).toString()));
            QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
            QCOMPARE(o.value(QStringLiteral("image")).toString(), QStringLiteral("local/busybox:1"));
            QVERIFY(o.value(QStringLiteral("memory_bytes")).toDouble() > 0);
            QVERIFY(o.value(QStringLiteral("cpu_percent")).isDouble());
            QCOMPARE(o.value(QStringLiteral("id")).toString().size(), 64);
        }
        // The human table shows the joined columns.
        const CliRun table = cli(QStringList{QStringLiteral("tasks")} + clientArgs() + engineArgs());
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("CONTAINER") && table.out.contains("running"), table.out.constData());
    }

    void tasks_without_an_engine_still_succeed_with_null_containers()
    {
        const CliRun run =
            cli(QStringList{QStringLiteral("tasks"), QStringLiteral("--json"), QStringLiteral("--engine"),
                            QStringLiteral("unix:///nonexistent/docker.sock")} +
                clientArgs());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("does not exist"));
        const QJsonArray tasks = run.json().value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), 2);
        for (const QJsonValue& v : tasks)
            QVERIFY(v.toObject().value(QStringLiteral("container")).isNull());
    }

    void containers_json_fills_each_containers_task()
    {
        const CliRun run =
            cli(QStringList{QStringLiteral("containers"), QStringLiteral("--all"), QStringLiteral("--json")} +
                clientArgs() + engineArgs());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());

        const QJsonArray list = run.json().value(QStringLiteral("containers")).toArray();
        for (const QString& result : std::as_const(m_running)) {
            const QJsonObject c = byKey(list, "name", m_lab.containerName(result));
            QVERIFY2(!c.isEmpty(), qPrintable(result));
            const QJsonObject task = c.value(QStringLiteral("task")).toObject();
            QCOMPARE(task.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("project_url")}));
            QCOMPARE(task.value(QStringLiteral("name")).toString(), result);
            QCOMPARE(task.value(QStringLiteral("project_url")).toString(), m_lab.projectUrl());
        }
        for (const QString& name : QStringList{orphanName} + decoys) {
            const QJsonObject c = byKey(list, "name", name);
            QVERIFY2(!c.isEmpty(), qPrintable(name));
            QVERIFY(c.value(QStringLiteral("task")).isNull());
        }
        const CliRun table = cli(QStringList{QStringLiteral("containers")} + clientArgs() + engineArgs());
        QVERIFY2(table.out.contains(m_running.first().toUtf8()) && table.out.contains("(orphan)"),
                 table.out.constData());
    }

    void containers_with_the_client_unreachable_warn_and_leave_task_null()
    {
        const CliRun run =
            cli(QStringList{QStringLiteral("containers"), QStringLiteral("--json"), QStringLiteral("--host"),
                            QStringLiteral("127.0.0.1:%1").arg(bdm::lab::freeTcpPort())} +
                engineArgs());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("warning"), run.err.constData());
        const QJsonArray list = run.json().value(QStringLiteral("containers")).toArray();
        QCOMPARE(list.size(), 3); // the two tasks' and the orphan: BOINC's only
        for (const QJsonValue& v : list)
            QVERIFY(v.toObject().value(QStringLiteral("task")).isNull());
    }

    void tracker_records_an_aborted_tasks_exit_code_before_boinc_removes_the_container()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("history.sqlite"));
        TaskHistoryStore store;
        QVERIFY2(store.open(dbPath), qPrintable(store.errorString()));
        TrackerRig rig(*this, store);
        engine::ContainerMonitor& monitor = rig.monitor;
        ContainerTaskTracker& tracker = rig.tracker;
        QSignalSpy recorded(&tracker, &ContainerTaskTracker::taskRecorded);
        const QString victim = m_running.first();
        const QString victimContainer = m_lab.containerName(victim);
        QTRY_VERIFY_WITH_TIMEOUT(tracker.trackedContainers().contains(victimContainer), 20000);
        // Stats rounds have run, so a peak memory is known.
        QString victimId;
        for (const engine::ContainerSummary& c : monitor.containers()) {
            if (c.name == victimContainer)
                victimId = c.id;
        }
        QTRY_VERIFY_WITH_TIMEOUT(tracker.statsHistory().series(victimId).size() >= 2, 20000);

        int code = -1;
        m_lab.boinccmd({QStringLiteral("--task"), m_lab.projectUrl(), victim, QStringLiteral("abort")},
                       &code);
        QCOMPARE(code, 0);

        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 60000);
        const TaskHistoryRecord r = recorded.first().first().value<TaskHistoryRecord>();
        QCOMPARE(r.resultName, victim);
        QCOMPARE(r.projectUrl, m_lab.projectUrl());
        QCOMPARE(r.containerName, victimContainer);
        QCOMPARE(r.containerId, victimId);
        QCOMPARE(r.exitCode, std::optional<int>(137)); // docker kill: SIGKILL
        QCOMPARE(r.finalState, std::optional<int>(boinc::ResultAborted));
        QCOMPARE(r.host, m_lab.address());
        QVERIFY(r.peakMemoryBytes > 0);
        QVERIFY(r.startedAt.isValid() && r.finishedAt > r.startedAt);
        QVERIFY(r.elapsed > 0);
        QCOMPARE(store.count(), 1);
        QVERIFY(r.id > 0);
        // The other running task is not recorded.
        QTest::qWait(2000);
        QCOMPARE(recorded.size(), 1);

        const CliRun history =
            cli({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--db"), dbPath});
        QVERIFY2(history.exitCode == 0, history.err.constData());
        const QJsonArray rows = history.json().value(QStringLiteral("tasks")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("result_name")).toString(), victim);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("exit_code")).toInt(), 137);
        const QString csvPath = dir.filePath(QStringLiteral("h.csv"));
        QCOMPARE(
            cli({QStringLiteral("history"), QStringLiteral("--csv"), csvPath, QStringLiteral("--db"), dbPath})
                .exitCode,
            0);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains(victim.toUtf8() + ',' + victimContainer.toUtf8()));
    }
    // Runs after the abort above, which let the waiting task (marked in initTestCase) start.
    void tracker_reports_an_oom_kill_as_it_happens_and_records_it()
    {
        QTemporaryDir dir;
        TaskHistoryStore store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("history.sqlite"))), qPrintable(store.errorString()));
        TrackerRig rig(*this, store);
        QSignalSpy oom(&rig.tracker, &ContainerTaskTracker::containerOomKilled);
        QSignalSpy recorded(&rig.tracker, &ContainerTaskTracker::taskRecorded);
        const QString container = m_lab.containerName(m_waiting);
        QTRY_VERIFY_WITH_TIMEOUT(rig.tracker.trackedContainers().contains(container), 20000);

        QTRY_COMPARE_WITH_TIMEOUT(oom.size(), 1, 60000);
        QCOMPARE(oom.first().at(0).toString(), container);
        QCOMPARE(oom.first().at(1).toString(), m_waiting);

        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 60000);
        const TaskHistoryRecord r = recorded.first().first().value<TaskHistoryRecord>();
        QCOMPARE(r.resultName, m_waiting);
        QVERIFY(r.oomKilled);
        QCOMPARE(r.exitCode, std::optional<int>(137));
        QCOMPARE(oom.size(), 1); // one kill, one notice
    }
};

QTEST_GUILESS_MAIN(TestMonitorJoin)
#include "TestMonitorJoin.moc"
