#include "boinc/TaskStatus.h"

#include <QTest>

using namespace bdm::boinc;

namespace {

Result running(int schedulerState = SchedulerScheduled)
{
    Result r;
    r.state = ResultFilesDownloaded;
    ActiveTask a;
    a.activeTaskState = ProcessExecuting;
    a.schedulerState = schedulerState;
    r.activeTask = a;
    return r;
}

} // namespace

class TestTaskStatus : public QObject
{
    Q_OBJECT

private slots:
    void status_words_follow_boinc_manager_data()
    {
        QTest::addColumn<Result>("result");
        QTest::addColumn<int>("taskSuspendReason");
        QTest::addColumn<int>("gpuSuspendReason");
        QTest::addColumn<QString>("expected");

        QTest::newRow("running") << running() << 0 << 0 << QStringLiteral("Running");
        QTest::newRow("waiting") << running(SchedulerPreempted) << 0 << 0 << QStringLiteral("Waiting to run");
        QTest::newRow("never scheduled")
            << running(SchedulerUninitialized) << 0 << 0 << QStringLiteral("Ready to start");
        Result noActive;
        noActive.state = ResultFilesDownloaded;
        QTest::newRow("no active task") << noActive << 0 << 0 << QStringLiteral("Ready to start");
        Result byUser = running(SchedulerPreempted);
        byUser.suspendedViaGui = true;
        QTest::newRow("task suspended") << byUser << 0 << 0 << QStringLiteral("Task suspended by user");
        Result project = byUser;
        project.projectSuspendedViaGui = true;
        QTest::newRow("project wins over task")
            << project << 0 << 0 << QStringLiteral("Project suspended by user");
        Result idle = running(SchedulerPreempted);
        idle.activeTask->activeTaskState = ProcessSuspended;
        QTest::newRow("global suspend") << idle << 2 << 0 << QStringLiteral("Suspended - computer is in use");
        QTest::newRow("global suspend ignored while executing")
            << running() << 2 << 0 << QStringLiteral("Running");
        Result gpu = running();
        gpu.resources = QStringLiteral("1 CPU + 1 NVIDIA GPU");
        QTest::newRow("gpu suspended") << gpu << 0 << 1 << QStringLiteral("GPU suspended - on batteries");
        Result memory = running();
        memory.activeTask->tooLarge = true;
        QTest::newRow("memory") << memory << 0 << 0 << QStringLiteral("Waiting for memory");
        Result postponed = running();
        postponed.schedulerWait = true;
        postponed.schedulerWaitReason = QStringLiteral("Podman is not running");
        QTest::newRow("postponed") << postponed << 0 << 0
                                   << QStringLiteral("Postponed: Podman is not running");
        Result net = running();
        net.networkWait = true;
        QTest::newRow("network wait") << net << 0 << 0 << QStringLiteral("Waiting for network access");
        Result down;
        down.state = ResultFilesDownloading;
        QTest::newRow("downloading") << down << 0 << 0 << QStringLiteral("Downloading");
        Result err;
        err.state = ResultComputeError;
        QTest::newRow("error") << err << 0 << 0 << QStringLiteral("Computation error");
        Result aborted;
        aborted.state = ResultAborted;
        aborted.exitStatus = 203;
        QTest::newRow("aborted by user") << aborted << 0 << 0 << QStringLiteral("Aborted by user");
        aborted.exitStatus = 198;
        QTest::newRow("aborted memory")
            << aborted << 0 << 0 << QStringLiteral("Aborted: memory limit exceeded");
        Result ready;
        ready.state = ResultFilesUploaded;
        ready.readyToReport = true;
        QTest::newRow("ready to report") << ready << 0 << 0 << QStringLiteral("Ready to report");
        ready.gotServerAck = true;
        QTest::newRow("acknowledged") << ready << 0 << 0 << QStringLiteral("Acknowledged");
        Result missing = running();
        missing.coprocMissing = true;
        QTest::newRow("gpu missing") << missing << 0 << 0 << QStringLiteral("GPU missing, Running");
    }

    void status_words_follow_boinc_manager()
    {
        QFETCH(Result, result);
        QFETCH(int, taskSuspendReason);
        QFETCH(int, gpuSuspendReason);
        QFETCH(QString, expected);
        CcStatus cc;
        cc.taskSuspendReason = taskSuspendReason;
        cc.gpuSuspendReason = gpuSuspendReason;
        QCOMPARE(taskStatusText(result, cc), expected);
    }
};

Q_DECLARE_METATYPE(bdm::boinc::Result)
QTEST_GUILESS_MAIN(TestTaskStatus)
#include "TestTaskStatus.moc"
