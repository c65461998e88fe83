// Proves the lab Docker engine fixture (a private dockerd with locally built images) and
// the lab BOINC client's container tasks, which follow BOINC's docker_wrapper: container
// names, the slot mounted at /app, pause on suspend and unpause on resume.

#include "LabBoincClient.h"
#include "LabDockerEngine.h"
#include "LabTools.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QtTest>

using namespace bdm::lab;

class TestLabDockerEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void containerRunsAndDockerPsListsIt();
    void helloWorldImagePrintsHello();
    void engineRestartedAfterACrashKeepsItsImages();
    void labClientTasksRunContainersNamedLikeDockerWrapper();
    void suspendingATaskPausesItsContainerAndResumingUnpausesIt();
    void quitClientLeavesContainersPausedAndRestartUnpausesThem();
    void abortingATaskKillsAndRemovesItsContainer();
    void finishedContainerTaskIsReadyToReportAndItsContainerRemoved();
    void stoppedEngineLeavesNoProcessOrMountBehind();

private:
    QString containerState(const QString& name);
    // Slot number of a result as `boinccmd --get_tasks` reports it, -1 if none.
    int slotOf(const QString& tasks, const QString& resultName) const;

    // Declared first so that it outlives the client, whose tasks talk to it.
    LabDockerEngine m_engine;
    LabBoincClient m_client;
};

void TestLabDockerEngine::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    if (!m_engine.start()) {
        QFAIL(qPrintable(m_engine.errorString()));
    }
    qInfo("lab engine: ready with images after %lld ms", timer.elapsed());
}

QString TestLabDockerEngine::containerState(const QString& name)
{
    return m_engine
        .docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"), name})
        .trimmed();
}

int TestLabDockerEngine::slotOf(const QString& tasks, const QString& resultName) const
{
    const QRegularExpression slot(QStringLiteral("name: %1\\n(?:(?!   name: ).*\\n)*?   slot: (\\d+)")
                                      .arg(QRegularExpression::escape(resultName)));
    const QRegularExpressionMatch match = slot.match(tasks);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void TestLabDockerEngine::containerRunsAndDockerPsListsIt()
{
    // Setup: the private engine.
    QVERIFY(m_engine.isRunning());
    QVERIFY(m_engine.endpoint().startsWith(QStringLiteral("unix://")));

    // Action: start a sleeping busybox container.
    int exitCode = -1;
    const QString id =
        m_engine
            .docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"),
                     QStringLiteral("none"), QStringLiteral("--name"), QStringLiteral("lab-sleeper"),
                     QStringLiteral("local/busybox:1"), QStringLiteral("sleep"), QStringLiteral("300")},
                    &exitCode)
            .trimmed();
    QVERIFY2(exitCode == 0, qPrintable(m_engine.lastStandardError()));

    // Verify: docker ps lists it as running.
    const QString listed = m_engine.docker(
        {QStringLiteral("ps"), QStringLiteral("--format"), QStringLiteral("{{.ID}} {{.Names}} {{.State}}")});
    QVERIFY2(listed.contains(QStringLiteral("%1 lab-sleeper running").arg(id.left(12))), qPrintable(listed));
    m_engine.docker({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("lab-sleeper")}, &exitCode);
    QCOMPARE(exitCode, 0);
}

void TestLabDockerEngine::helloWorldImagePrintsHello()
{
    // Action: the classic first command (default network: none exists besides host/none).
    int exitCode = -1;
    const QString output = m_engine.docker(
        {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("hello-world")}, &exitCode);

    // Verify
    QVERIFY2(exitCode == 0, qPrintable(m_engine.lastStandardError()));
    QVERIFY2(output.contains(QStringLiteral("Hello")), qPrintable(output));
}

void TestLabDockerEngine::engineRestartedAfterACrashKeepsItsImages()
{
    // Setup: a running container, then dockerd dies.
    int exitCode = -1;
    m_engine.docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"),
                     QStringLiteral("none"), QStringLiteral("--name"), QStringLiteral("lab-survivor"),
                     QStringLiteral("local/busybox:1"), QStringLiteral("sleep"), QStringLiteral("300")},
                    &exitCode);
    QCOMPARE(exitCode, 0);
    const qint64 oldPid = m_engine.pid();
    m_engine.kill();
    QVERIFY(!m_engine.isRunning());

    // Action
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_engine.restart(), qPrintable(m_engine.errorString()));
    qInfo("lab engine: restart after a crash took %lld ms", timer.elapsed());

    // Verify: same socket, new daemon, images still there, the old container known.
    QVERIFY(m_engine.pid() != oldPid);
    const QString images = m_engine.docker(
        {QStringLiteral("images"), QStringLiteral("--format"), QStringLiteral("{{.Repository}}:{{.Tag}}")});
    QVERIFY2(images.contains(QStringLiteral("local/busybox:1")) &&
                 images.contains(QStringLiteral("hello-world:latest")),
             qPrintable(images));
    QVERIFY(!containerState(QStringLiteral("lab-survivor")).isEmpty());
    m_engine.docker({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("lab-survivor")}, &exitCode);
    QCOMPARE(exitCode, 0);
}

void TestLabDockerEngine::labClientTasksRunContainersNamedLikeDockerWrapper()
{
    // Setup: two container tasks, so a resumed task gets its CPU back at once (with a
    // third task the client would give the freed CPU to it and resume later).
    LabBoincOptions options;
    options.taskCount = 2;
    options.engineSocket = m_engine.socketPath();
    if (!m_client.start(options)) {
        QFAIL(qPrintable(m_client.errorString()));
    }

    // Action: wait until both tasks execute and their containers run.
    QVERIFY(m_client.waitForExecuting(2, 15000));
    const QStringList names{QStringLiteral("boinc__127.0.0.1_8080_lab_test__lab_wu_0000_0"),
                            QStringLiteral("boinc__127.0.0.1_8080_lab_test__lab_wu_0001_0")};
    const bool running = waitUntil(
        [&] {
            return containerState(names.at(0)) == QLatin1String("running") &&
                   containerState(names.at(1)) == QLatin1String("running");
        },
        15000, 100);

    // Verify: exact names, running, the task's slot mounted at /app.
    QVERIFY2(running, qPrintable(m_engine.docker({QStringLiteral("ps"), QStringLiteral("-a")})));
    QCOMPARE(m_client.containerName(QStringLiteral("Lab_WU_0000_0")), names.at(0));
    const QString tasks = m_client.boinccmd({QStringLiteral("--get_tasks")});
    for (int i = 0; i < names.size(); ++i) {
        const int slot = slotOf(tasks, m_client.resultNames().at(i));
        QVERIFY2(slot >= 0, qPrintable(tasks));
        const QString mounts = m_engine.docker(
            {QStringLiteral("inspect"), QStringLiteral("-f"),
             QStringLiteral("{{range .Mounts}}{{.Source}}:{{.Destination}} {{end}}"), names.at(i)});
        QCOMPARE(mounts.trimmed(), QStringLiteral("%1/slots/%2:/app").arg(m_client.dataDir()).arg(slot));
    }
}

void TestLabDockerEngine::suspendingATaskPausesItsContainerAndResumingUnpausesIt()
{
    // Setup: the containers of the previous test run.
    const QString result = QStringLiteral("Lab_WU_0000_0");
    const QString container = m_client.containerName(result);
    QCOMPARE(containerState(container), QStringLiteral("running"));

    // Action: suspend the task through GUI RPC.
    int exitCode = -1;
    m_client.boinccmd({QStringLiteral("--task"), m_client.projectUrl(), result, QStringLiteral("suspend")},
                      &exitCode);
    QCOMPARE(exitCode, 0);

    // Verify: the container is paused, the other one keeps running.
    QVERIFY(waitUntil([&] { return containerState(container) == QLatin1String("paused"); }, 10000, 100));
    QVERIFY(m_client.boinccmd({QStringLiteral("--get_tasks")})
                .contains(QStringLiteral("active_task_state: SUSPENDED")));
    QCOMPARE(containerState(m_client.containerName(QStringLiteral("Lab_WU_0001_0"))),
             QStringLiteral("running"));

    // Action: resume it.
    m_client.boinccmd({QStringLiteral("--task"), m_client.projectUrl(), result, QStringLiteral("resume")},
                      &exitCode);
    QCOMPARE(exitCode, 0);

    // Verify: unpaused and executing again.
    QVERIFY(waitUntil([&] { return containerState(container) == QLatin1String("running"); }, 10000, 100));
    QVERIFY(m_client.waitForExecuting(2, 10000));
}

void TestLabDockerEngine::quitClientLeavesContainersPausedAndRestartUnpausesThem()
{
    // Setup: both containers run.
    const QStringList containers{m_client.containerName(QStringLiteral("Lab_WU_0000_0")),
                                 m_client.containerName(QStringLiteral("Lab_WU_0001_0"))};
    for (const QString& container : containers) {
        QCOMPARE(containerState(container), QStringLiteral("running"));
    }

    // Action: clean quit of the client.
    QVERIFY(m_client.stop());

    // Verify: like docker_wrapper on <quit/>, the containers are paused, not gone.
    for (const QString& container : containers) {
        QCOMPARE(containerState(container), QStringLiteral("paused"));
    }

    // Action: start the client again.
    QVERIFY2(m_client.restart(), qPrintable(m_client.errorString()));

    // Verify: the restarted tasks find their paused containers and unpause them.
    QVERIFY(m_client.waitForExecuting(2, 15000));
    QVERIFY(waitUntil(
        [&] {
            return containerState(containers.at(0)) == QLatin1String("running") &&
                   containerState(containers.at(1)) == QLatin1String("running");
        },
        10000, 100));
}

void TestLabDockerEngine::abortingATaskKillsAndRemovesItsContainer()
{
    // Setup: both containers run.
    const QString result = QStringLiteral("Lab_WU_0001_0");
    const QString container = m_client.containerName(result);
    QCOMPARE(containerState(container), QStringLiteral("running"));

    // Action
    int exitCode = -1;
    m_client.boinccmd({QStringLiteral("--task"), m_client.projectUrl(), result, QStringLiteral("abort")},
                      &exitCode);
    QCOMPARE(exitCode, 0);

    // Verify: the container is gone (inspect finds nothing), the other one still runs.
    QVERIFY(waitUntil([&] { return containerState(container).isEmpty(); }, 10000, 100));
    QCOMPARE(containerState(m_client.containerName(QStringLiteral("Lab_WU_0000_0"))),
             QStringLiteral("running"));
}

void TestLabDockerEngine::finishedContainerTaskIsReadyToReportAndItsContainerRemoved()
{
    // Setup: a second lab whose only task runs a 2-second container.
    LabBoincOptions options;
    options.projectUrl = QStringLiteral("http://127.0.0.1/Short_Lab/");
    options.taskCount = 1;
    options.taskSeconds = 2;
    options.engineSocket = m_engine.socketPath();
    LabBoincClient client;
    if (!client.start(options)) {
        QFAIL(qPrintable(client.errorString()));
    }
    const QString container = QStringLiteral("boinc__127.0.0.1_short_lab__lab_wu_0000_0");
    QCOMPARE(client.containerName(QStringLiteral("Lab_WU_0000_0")), container);

    // Action: let it run to the end.
    QString evidence;
    const bool succeeded = client.waitForSuccess(QStringLiteral("Lab_WU_0000_0"), 20000, &evidence);

    // Verify: BOINC got a successful result; the container was removed.
    QVERIFY2(succeeded, qPrintable(evidence));
    QVERIFY(containerState(container).isEmpty());
}

void TestLabDockerEngine::stoppedEngineLeavesNoProcessOrMountBehind()
{
    // Setup: a client whose tasks' containers run in the engine.
    const QString dir = m_engine.directory();
    const qint64 dockerd = m_engine.pid();
    QVERIFY(dockerd > 0);

    // Action: crash the client (tasks pause their containers), then stop the engine.
    m_client.kill();
    QVERIFY(waitUntil([this] { return processesWorkingUnder(m_client.dataDir()).isEmpty(); }, 5000));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_engine.stop());
    qInfo("lab engine: stop took %lld ms", timer.elapsed());

    // Verify: no dockerd, no containerd or shim of ours, no mount under the directory.
    QVERIFY(!isProcessAlive(dockerd));
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (entry.toLongLong() > 0 && cmdline.open(QIODevice::ReadOnly)) {
            QVERIFY2(!cmdline.readAll().contains(dir.toLocal8Bit()), qPrintable(entry));
        }
    }
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    QVERIFY(mounts.open(QIODevice::ReadOnly));
    QVERIFY(!mounts.readAll().contains(dir.toLocal8Bit()));
}

QTEST_GUILESS_MAIN(TestLabDockerEngine)
#include "TestLabDockerEngine.moc"
