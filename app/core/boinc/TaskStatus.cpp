#include "boinc/TaskStatus.h"

#include <QCoreApplication>

namespace bdm::boinc {
namespace {

// Gives lupdate and the program the same translation context.
class TaskStatus
{
    Q_DECLARE_TR_FUNCTIONS(TaskStatus)
};

QString abortedText(int exitStatus)
{
    switch (exitStatus) {
    case 203:
        return TaskStatus::tr("Aborted by user");
    case 202:
        return TaskStatus::tr("Aborted by project");
    case 200:
        return TaskStatus::tr("Aborted: not started by deadline");
    case 196:
        return TaskStatus::tr("Aborted: task disk limit exceeded");
    case 197:
        return TaskStatus::tr("Aborted: run time limit exceeded");
    case 198:
        return TaskStatus::tr("Aborted: memory limit exceeded");
    default:
        return TaskStatus::tr("Aborted");
    }
}

QString runnableText(const Result& r, const CcStatus& cc)
{
    if (r.projectSuspendedViaGui)
        return TaskStatus::tr("Project suspended by user");
    if (r.suspendedViaGui)
        return TaskStatus::tr("Task suspended by user");
    const int activeState = r.activeTask ? r.activeTask->activeTaskState : ProcessUninitialized;
    if (cc.taskSuspendReason != 0 && activeState != ProcessExecuting)
        return TaskStatus::tr("Suspended - %1").arg(suspendReasonText(cc.taskSuspendReason));
    if (r.usesGpu() && cc.gpuSuspendReason != 0)
        return TaskStatus::tr("GPU suspended - %1").arg(suspendReasonText(cc.gpuSuspendReason));
    if (!r.activeTask)
        return TaskStatus::tr("Ready to start");
    const ActiveTask& a = *r.activeTask;
    if (a.tooLarge)
        return TaskStatus::tr("Waiting for memory");
    if (a.swapTooLarge)
        return TaskStatus::tr("Waiting for swap space");
    if (a.needsShmem)
        return TaskStatus::tr("Waiting for shared memory");
    if (a.wantNetwork)
        return TaskStatus::tr("Waiting for network access");
    switch (a.schedulerState) {
    case SchedulerScheduled:
        return r.edfScheduled ? TaskStatus::tr("Running, high priority") : TaskStatus::tr("Running");
    case SchedulerPreempted:
        return TaskStatus::tr("Waiting to run");
    default:
        return TaskStatus::tr("Ready to start");
    }
}

} // namespace

QString suspendReasonText(int reason)
{
    switch (reason) {
    case 1:
        return TaskStatus::tr("on batteries");
    case 2:
        return TaskStatus::tr("computer is in use");
    case 4:
        return TaskStatus::tr("user request");
    case 8:
        return TaskStatus::tr("time of day");
    case 16:
        return TaskStatus::tr("CPU benchmarks in progress");
    case 32:
        return TaskStatus::tr("need disk space - check preferences");
    case 64:
        return TaskStatus::tr("CPU throttled");
    case 128:
        return TaskStatus::tr("no recent user activity");
    case 256:
        return TaskStatus::tr("initial delay");
    case 512:
        return TaskStatus::tr("an exclusive app is running");
    case 1024:
        return TaskStatus::tr("CPU is busy");
    case 2048:
        return TaskStatus::tr("network transfer limit exceeded");
    case 4096:
        return TaskStatus::tr("requested by operating system");
    case 4097:
        return TaskStatus::tr("not connected to WiFi network");
    case 4098:
        return TaskStatus::tr("battery low");
    case 4099:
        return TaskStatus::tr("battery thermal protection");
    case 4100:
        return TaskStatus::tr("GUI not active");
    case 4101:
        return TaskStatus::tr("Podman initializing");
    case 4102:
        return TaskStatus::tr("waiting for battery to charge");
    case 4103:
        return TaskStatus::tr("waiting for battery to cool");
    default:
        return TaskStatus::tr("unknown reason");
    }
}

QString taskStatusText(const Result& r, const CcStatus& cc)
{
    QString text;
    switch (r.state) {
    case ResultFilesDownloading:
        text = r.readyToReport ? TaskStatus::tr("Download failed") : TaskStatus::tr("Downloading");
        if (cc.networkSuspendReason != 0)
            text += TaskStatus::tr(" (suspended - %1)").arg(suspendReasonText(cc.networkSuspendReason));
        break;
    case ResultFilesDownloaded:
        text = runnableText(r, cc);
        if (r.schedulerWait)
            text = r.schedulerWaitReason.isEmpty()
                       ? TaskStatus::tr("Postponed")
                       : TaskStatus::tr("Postponed: %1").arg(r.schedulerWaitReason);
        if (r.networkWait)
            text = TaskStatus::tr("Waiting for network access");
        break;
    case ResultComputeError:
        text = TaskStatus::tr("Computation error");
        break;
    case ResultFilesUploading:
        text = r.readyToReport ? TaskStatus::tr("Upload failed") : TaskStatus::tr("Uploading");
        if (cc.networkSuspendReason != 0)
            text += TaskStatus::tr(" (suspended - %1)").arg(suspendReasonText(cc.networkSuspendReason));
        break;
    case ResultAborted:
        text = abortedText(r.exitStatus);
        break;
    default:
        if (r.gotServerAck)
            text = TaskStatus::tr("Acknowledged");
        else if (r.readyToReport)
            text = TaskStatus::tr("Ready to report");
        else
            text = TaskStatus::tr("Error: invalid state '%1'").arg(r.state);
        break;
    }
    if (r.coprocMissing)
        text = TaskStatus::tr("GPU missing, ") + text;
    return text;
}

} // namespace bdm::boinc
