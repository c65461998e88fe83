#pragma once

namespace bdm::boinc {

// Run modes (task_mode, gpu_mode, network_mode); Restore is only valid in requests.
enum class RunMode
{
    Always = 1,
    Auto = 2,
    Never = 3,
    Restore = 4
};

struct CcStatus
{
    int networkStatus = 0;
    bool amsPasswordError = false;
    int taskSuspendReason = 0;
    int taskMode = 2;
    int taskModePerm = 2;
    double taskModeDelay = 0;
    int gpuSuspendReason = 0;
    int gpuMode = 2;
    int gpuModePerm = 2;
    double gpuModeDelay = 0;
    int networkSuspendReason = 0;
    int networkMode = 2;
    int networkModePerm = 2;
    double networkModeDelay = 0;
    bool disallowAttach = false;
    bool simpleGuiOnly = false;
    int maxEventLogLines = 0;
    bool managerMustQuit = false;
};

} // namespace bdm::boinc
