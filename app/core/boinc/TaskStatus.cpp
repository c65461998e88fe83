#include "boinc/TaskStatus.h"

#include <QCoreApplication>

namespace bdm::boinc {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TaskStatus", text);
}

QString abortedText(int exitStatus)
{
    switch (exitStatus) {
    case 203: return tr("Aborted by user");
    case 202: return tr("Aborted by project");
    case 200: return tr("Aborted: not started by deadline");
    case 196: return tr("Aborted: task disk limit exceeded");
    case 197: return tr("Aborted: run time limit exceeded");
    case 198: return tr("Aborted: memory limit exceeded");
    default: return tr("Aborted");
    }
}

QString runnableText(const Result& r, const CcStatus& cc)
{
    if (r.projectSuspendedViaGui)
        return tr("Project suspended by user");
    if (r.suspendedViaGui)
        return tr("Task suspended by user");
    const int activeState = r.activeTask ? r.activeTask->activeTaskState : ProcessUninitialized;
    if (cc.taskSuspendReason != 0 && activeState != ProcessExecuting)
        return tr("Suspended - %1").arg(suspendReasonText(cc.taskSuspendReason));
    if (r.usesGpu() && cc.gpuSuspendReason != 0)
        return tr("GPU suspended - %1").arg(suspendReasonText(cc.gpuSuspendReason));
    if (!r.activeTask)
        return tr("Ready to start");
    const ActiveTask& a = *r.activeTask;
    if (a.tooLarge)
        return tr("Waiting for memory");
    if (a.swapTooLarge)
        return tr("Waiting for swap space");
    if (a.needsShmem)
        return tr("Waiting for shared memory");
    if (a.wantNetwork)
        return tr("Waiting for network access");
    switch (a.schedulerState) {
    case SchedulerScheduled:
        return r.edfScheduled ? tr("Running, high priority") : tr("Running");
    case SchedulerPreempted: return tr("Waiting to run");
    default: return tr("Ready to start");
    }
}

} // namespace

QString suspendReasonText(int reason)
{
    switch (reason) {
    case 1: return tr("on batteries");
    case 2: return tr("computer is in use");
    case 4: return tr("user request");
    case 8: return tr("time of day");
    case 16: return tr("CPU benchmarks in progress");
    case 32: return tr("need disk space - check preferences");
    case 64: return tr("CPU throttled");
    case 128: return tr("no recent user activity");
    case 256: return tr("initial delay");
    case 512: return tr("an exclusive app is running");
    case 1024: return tr("CPU is busy");
    case 2048: return tr("network transfer limit exceeded");
    case 4096: return tr("requested by operating system");
    case 4097: return tr("not connected to WiFi network");
    case 4098: return tr("battery low");
    case 4099: return tr("battery thermal protection");
    case 4100: return tr("GUI not active");
    case 4101: return tr("Podman initializing");
    case 4102: return tr("waiting for battery to charge");
    case 4103: return tr("waiting for battery to cool");
    default: return tr("unknown reason");
    }
}

QString taskStatusText(const Result& r, const CcStatus& cc)
{
    QString text;
    switch (r.state) {
    case ResultFilesDownloading:
        text = r.readyToReport ? tr("Download failed") : tr("Downloading");
        if (cc.networkSuspendReason != 0)
            text += tr(" (suspended - %1)").arg(suspendReasonText(cc.networkSuspendReason));
        break;
    case ResultFilesDownloaded:
        text = runnableText(r, cc);
        if (r.schedulerWait)
            text = r.schedulerWaitReason.isEmpty() ? tr("Postponed")
                                                   : tr("Postponed: %1").arg(r.schedulerWaitReason);
        if (r.networkWait)
            text = tr("Waiting for network access");
        break;
    case ResultComputeError: text = tr("Computation error"); break;
    case ResultFilesUploading:
        text = r.readyToReport ? tr("Upload failed") : tr("Uploading");
        if (cc.networkSuspendReason != 0)
            text += tr(" (suspended - %1)").arg(suspendReasonText(cc.networkSuspendReason));
        break;
    case ResultAborted: text = abortedText(r.exitStatus); break;
    default:
        if (r.gotServerAck)
            text = tr("Acknowledged");
        else if (r.readyToReport)
            text = tr("Ready to report");
        else
            text = tr("Error: invalid state '%1'").arg(r.state);
        break;
    }
    if (r.coprocMissing)
        text = tr("GPU missing, ") + text;
    return text;
}

} // namespace bdm::boinc
