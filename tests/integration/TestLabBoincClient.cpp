// Proves the lab BOINC client fixture: a real 7.20 client with an offline project whose
// tasks really run, driven with the reference command-line client boinccmd.

#include "LabBoincClient.h"
#include "LabBoincProject.h"
#include "LabTools.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace bdm::lab;

class TestLabBoincClient : public QObject
{
    Q_OBJECT

private slots:
    void escapesProjectUrlsLikeBoinc();
    void missingProgramIsReportedWithItsDebianPackage();
    void labClientRunsTwoOfThreeTasksAndBoinccmdSeesThemExecuting();
    void boinccmdWithAWrongPasswordIsRefused();
    void restartedClientKeepsAndResumesItsTasks();
    void killedClientLeavesNoTaskRunning();
    void unixSocketClientAnswersBoinccmdWithAnEmptyPassword();
    void plainTaskRunsToTheEndAndIsReadyToReport();
    void cleanupTestCase();

private:
    static int countOf(const QString& text, const QString& what) { return int(text.count(what)); }

    LabBoincClient m_client; // shared by the ordered tests that follow its life
    QString m_firstSlotPid;
};

void TestLabBoincClient::escapesProjectUrlsLikeBoinc()
{
    QCOMPARE(LabBoincProject::escapeProjectUrl(QStringLiteral("http://127.0.0.1:8080/Lab_Test/")),
             QStringLiteral("127.0.0.1_8080_Lab_Test"));
    QCOMPARE(LabBoincProject::escapeProjectUrl(QStringLiteral("https://boinc.berkeley.edu/test/")),
             QStringLiteral("boinc.berkeley.edu_test"));
    QCOMPARE(LabBoincProject::containerName(QStringLiteral("http://127.0.0.1:8080/Lab_Test/"),
                                            QStringLiteral("Lab_WU_0000_0")),
             QStringLiteral("boinc__127.0.0.1_8080_lab_test__lab_wu_0000_0"));
}

void TestLabBoincClient::missingProgramIsReportedWithItsDebianPackage()
{
    // Action
    QString error;
    const QString path =
        findProgram(QStringLiteral("bdm-no-such-program"), QStringLiteral("bdm-no-such-package"), &error);

    // Verify: what the fixtures' start() reports, for the test to QFAIL with.
    QVERIFY(path.isEmpty());
    QCOMPARE(error,
             QStringLiteral("bdm-no-such-program not found: install the Debian package bdm-no-such-package"));
    QCOMPARE(findProgram(QStringLiteral("boinc"), QStringLiteral("boinc-client"), &error),
             QStringLiteral("/usr/bin/boinc"));
}

void TestLabBoincClient::labClientRunsTwoOfThreeTasksAndBoinccmdSeesThemExecuting()
{
    // Setup: the default lab, 3 plain tasks, two CPUs.
    QElapsedTimer timer;
    timer.start();
    if (!m_client.start()) {
        QFAIL(qPrintable(m_client.errorString()));
    }
    const qint64 rpcMs = timer.elapsed();

    // Action: ask the client for its tasks until two execute.
    QVERIFY2(m_client.waitForExecuting(2, 15000),
             qPrintable(m_client.boinccmd({QStringLiteral("--get_tasks")})));
    qInfo("lab client: GUI RPC after %lld ms, 2 tasks EXECUTING after %lld ms", rpcMs, timer.elapsed());

    // Verify: names, URL and states exactly as boinccmd reports them.
    int exitCode = -1;
    const QString tasks = m_client.boinccmd({QStringLiteral("--get_tasks")}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(m_client.resultNames(),
             QStringList({QStringLiteral("Lab_WU_0000_0"), QStringLiteral("Lab_WU_0001_0"),
                          QStringLiteral("Lab_WU_0002_0")}));
    for (const QString& name : m_client.resultNames()) {
        QVERIFY2(tasks.contains(QStringLiteral("   name: ") + name), qPrintable(tasks));
    }
    QCOMPARE(countOf(tasks, QStringLiteral("project URL: http://127.0.0.1:8080/Lab_Test/")), 3);
    QCOMPARE(countOf(tasks, QStringLiteral("active_task_state: EXECUTING")), 2);
    QCOMPARE(m_client.address(), QStringLiteral("127.0.0.1:%1").arg(m_client.port()));
    QVERIFY(
        QFile::exists(m_client.dataDir() + QStringLiteral("/projects/127.0.0.1_8080_Lab_Test/app_info.xml")));
    QVERIFY(m_client.pid() > 0);

    const QRegularExpression firstTask(QStringLiteral("name: Lab_WU_0000_0\\n(?:.*\\n)*?   PID: (\\d+)"));
    const QRegularExpressionMatch match = firstTask.match(tasks);
    QVERIFY2(match.hasMatch(), qPrintable(tasks));
    m_firstSlotPid = match.captured(1);
    QVERIFY(isProcessAlive(m_firstSlotPid.toLongLong()));
}

void TestLabBoincClient::boinccmdWithAWrongPasswordIsRefused()
{
    // Setup: a running lab client with password "lab-password".
    QVERIFY(m_client.isRunning());
    QCOMPARE(m_client.password(), QStringLiteral("lab-password"));

    // Action: boinccmd with another password.
    const RunResult result =
        runProcess(findProgram(QStringLiteral("boinccmd"), QStringLiteral("boinc-client"), nullptr),
                   {QStringLiteral("--host"), m_client.address(), QStringLiteral("--passwd"),
                    QStringLiteral("not-the-password"), QStringLiteral("--get_tasks")});

    // Verify: the handshake fails and nothing is printed.
    QVERIFY(result.started);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardError.contains("Authorization failure"), result.standardError.constData());
    QVERIFY(!result.standardOutput.contains("Lab_WU_"));
}

void TestLabBoincClient::restartedClientKeepsAndResumesItsTasks()
{
    // Setup: two tasks executing.
    QVERIFY(m_client.waitForExecuting(2, 10000));
    const quint16 port = m_client.port();
    const qint64 oldPid = m_client.pid();

    // Action: clean quit and start again.
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_client.restart(), qPrintable(m_client.errorString()));
    qInfo("lab client: restart took %lld ms", timer.elapsed());

    // Verify: same port, new process, same three tasks, two of them executing again.
    QCOMPARE(m_client.port(), port);
    QVERIFY(m_client.pid() != oldPid);
    QVERIFY(!isProcessAlive(m_firstSlotPid.toLongLong()));
    QVERIFY(m_client.waitForExecuting(2, 15000));
    const QString tasks = m_client.boinccmd({QStringLiteral("--get_tasks")});
    for (const QString& name : m_client.resultNames()) {
        QVERIFY2(tasks.contains(QStringLiteral("   name: ") + name), qPrintable(tasks));
    }
    QVERIFY(tasks.contains(QStringLiteral("name: Lab_WU_0000_0\n")));
}

void TestLabBoincClient::killedClientLeavesNoTaskRunning()
{
    // Setup: running tasks in slots/N.
    QVERIFY(m_client.waitForExecuting(2, 10000));
    QVERIFY(!processesWorkingUnder(m_client.dataDir() + QStringLiteral("/slots")).isEmpty());

    // Action: crash the client.
    m_client.kill();

    // Verify: the tasks notice and exit by themselves, as real apps do without a client.
    QVERIFY(!m_client.isRunning());
    QVERIFY(waitUntil([this] { return processesWorkingUnder(m_client.dataDir()).isEmpty(); }, 5000));
}

void TestLabBoincClient::unixSocketClientAnswersBoinccmdWithAnEmptyPassword()
{
    // Setup: a second lab on a Unix socket, no password, one short task.
    LabBoincOptions options;
    options.unixSocket = true;
    options.password.clear();
    options.taskCount = 1;
    LabBoincClient client;
    if (!client.start(options)) {
        QFAIL(qPrintable(client.errorString()));
    }

    // Action: boinccmd --unix_domain (run in the data directory).
    const bool executing = client.waitForExecuting(1, 15000);

    // Verify: it answers on <dataDir>/boinc_socket, and an auth-only op works too.
    QVERIFY2(executing, qPrintable(client.lastStandardError()));
    QCOMPARE(client.port(), quint16(0));
    QCOMPARE(client.address(), client.dataDir() + QStringLiteral("/boinc_socket"));
    QVERIFY(QFileInfo(client.socketPath()).exists());
    int exitCode = -1;
    client.boinccmd({QStringLiteral("--set_run_mode"), QStringLiteral("auto")}, &exitCode);
    QCOMPARE(exitCode, 0);
}

void TestLabBoincClient::plainTaskRunsToTheEndAndIsReadyToReport()
{
    // Setup: one task of two seconds.
    LabBoincOptions options;
    options.taskCount = 1;
    options.taskSeconds = 2;
    LabBoincClient client;
    if (!client.start(options)) {
        QFAIL(qPrintable(client.errorString()));
    }

    // Action: let it run to the end.
    QString evidence;
    const bool succeeded = client.waitForSuccess(QStringLiteral("Lab_WU_0000_0"), 20000, &evidence);

    // Verify: a successful result.
    QVERIFY2(succeeded, qPrintable(evidence));
}

void TestLabBoincClient::cleanupTestCase()
{
    const QString dataDir = m_client.dataDir();
    m_client.stop();
    QVERIFY(processesWorkingUnder(dataDir).isEmpty());
}

QTEST_GUILESS_MAIN(TestLabBoincClient)
#include "TestLabBoincClient.moc"
