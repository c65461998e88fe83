#include "gui/TaskCells.h"

#include "boinc/TaskStatus.h"

namespace bdm::gui {

TaskCells TaskCells::of(const boinc::Result& r, const boinc::CcStatus& status)
{
    TaskCells c;
    c.project = r.projectName.isEmpty() ? r.projectUrl : r.projectName;
    c.application = r.appUserFriendlyName.isEmpty() ? r.appName : r.appUserFriendlyName;
    c.task = r.name;
    c.status = boinc::taskStatusText(r, status);
    // Without an active task, a result has either not started or finished computing.
    c.progress =
        r.activeTask ? r.activeTask->fractionDone : (r.state >= boinc::ResultComputeError ? 1.0 : 0.0);
    c.elapsed = r.activeTask ? r.activeTask->elapsedTime : r.finalElapsedTime;
    c.remaining = r.estimatedRemaining;
    c.deadline = r.reportDeadline;
    c.planClass = r.planClass;
    return c;
}

} // namespace bdm::gui
