#include "monitor/JoinRow.h"

namespace bdm::monitor {
namespace {

bool sameActive(const std::optional<boinc::ActiveTask>& a, const std::optional<boinc::ActiveTask>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return a->activeTaskState == b->activeTaskState && a->schedulerState == b->schedulerState &&
           a->slot == b->slot && a->pid == b->pid && a->fractionDone == b->fractionDone &&
           a->currentCpuTime == b->currentCpuTime && a->elapsedTime == b->elapsedTime &&
           a->workingSetSizeSmoothed == b->workingSetSizeSmoothed;
}

bool sameTask(const std::optional<boinc::Result>& a, const std::optional<boinc::Result>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return a->name == b->name && a->projectUrl == b->projectUrl && a->state == b->state &&
           a->suspendedViaGui == b->suspendedViaGui &&
           a->projectSuspendedViaGui == b->projectSuspendedViaGui &&
           a->estimatedRemaining == b->estimatedRemaining && a->readyToReport == b->readyToReport &&
           a->finalElapsedTime == b->finalElapsedTime && a->finalCpuTime == b->finalCpuTime &&
           a->schedulerWait == b->schedulerWait && a->networkWait == b->networkWait &&
           sameActive(a->activeTask, b->activeTask);
}

bool sameContainer(const std::optional<engine::ContainerSummary>& a,
                   const std::optional<engine::ContainerSummary>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return a->id == b->id && a->name == b->name && a->state == b->state && a->status == b->status &&
           a->image == b->image;
}

} // namespace

bool JoinRow::sameAs(const JoinRow& other) const
{
    return key == other.key && kind == other.kind && slotCheck == other.slotCheck &&
           mountedSlot == other.mountedSlot && sameContainer(container, other.container) &&
           sameTask(task, other.task);
}

} // namespace bdm::monitor
