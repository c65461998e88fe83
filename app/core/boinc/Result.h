#pragma once

#include <QString>
#include <optional>

namespace bdm::boinc {

// Result state (lib/common_defs.h RESULT_*): 3 and above means computing is over.
enum ResultState
{
    ResultNew = 0,
    ResultFilesDownloading = 1,
    ResultFilesDownloaded = 2,
    ResultComputeError = 3,
    ResultFilesUploading = 4,
    ResultFilesUploaded = 5,
    ResultAborted = 6,
    ResultUploadFailed = 7
};

// active_task_state (PROCESS_*).
enum ActiveTaskState
{
    ProcessUninitialized = 0,
    ProcessExecuting = 1,
    ProcessExited = 2,
    ProcessWasSignaled = 3,
    ProcessExitUnknown = 4,
    ProcessAbortPending = 5,
    ProcessAborted = 6,
    ProcessCouldntStart = 7,
    ProcessQuitPending = 8,
    ProcessSuspended = 9,
    ProcessCopyPending = 10
};

// scheduler_state (CPU_SCHED_*): "scheduled" does not mean the task is using a CPU.
enum SchedulerState
{
    SchedulerUninitialized = 0,
    SchedulerPreempted = 1,
    SchedulerScheduled = 2
};

struct ActiveTask
{
    int activeTaskState = 0;
    int appVersionNum = 0;
    int slot = -1;
    int pid = 0;
    int schedulerState = 0;
    double checkpointCpuTime = 0;
    double fractionDone = 0;
    double currentCpuTime = 0;
    double elapsedTime = 0;
    double swapSize = 0;
    double virtualSize = 0;
    double workingSetSize = 0;
    double workingSetSizeSmoothed = 0;
    double progressRate = 0;
    bool tooLarge = false;
    bool swapTooLarge = false;
    bool needsShmem = false;
    bool wantNetwork = false;
    QString webGraphicsUrl;
    QString slotPath;
};

struct Result
{
    QString name;
    QString wuName;
    QString platform;
    int versionNum = 0;
    QString planClass;
    QString projectUrl;
    double finalCpuTime = 0;
    double finalElapsedTime = 0;
    int exitStatus = 0;
    int state = 0;
    double reportDeadline = 0;
    double receivedTime = 0;
    double completedTime = 0;
    double estimatedRemaining = 0; // estimated_cpu_time_remaining: remaining *wall* time
    bool gotServerAck = false;
    bool readyToReport = false;
    bool suspendedViaGui = false;
    bool projectSuspendedViaGui = false;
    bool reportImmediately = false;
    bool edfScheduled = false;
    bool coprocMissing = false;
    bool schedulerWait = false;
    QString schedulerWaitReason;
    bool networkWait = false;
    QString resources;
    std::optional<ActiveTask> activeTask;

    // Filled from get_state when available (get_results carries neither).
    QString projectName;
    QString appName;
    QString appUserFriendlyName;

    // BOINC's own test (RESULT::uses_docker): the plan class contains "docker".
    bool usesContainer() const { return planClass.contains(QLatin1String("docker")); }
    bool usesGpu() const { return resources.contains(QLatin1String("GPU")); }
};

} // namespace bdm::boinc
