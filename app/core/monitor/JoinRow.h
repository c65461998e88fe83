#pragma once

#include "boinc/Result.h"
#include "engine/ContainerSummary.h"

#include <QString>
#include <optional>

namespace bdm::monitor {

// How a row came about.
enum class JoinKind
{
    Joined,           // a task and the container named for it
    ContainerMissing, // a container task that is executing or suspended, but no container has its name
    NoContainer,      // a task with no container, and none expected (not a container task, or not running)
    Orphan            // a boinc__* container that no task of the client claims
};

// Whether the container's bind mount confirms the task's slot (docker_wrapper mounts the slot
// directory at its workdir, /app by default).
enum class SlotCheck
{
    NotChecked, // no container, or the task has no slot
    Confirmed,  // a mount from .../slots/N, N being the task's slot
    Mismatch,   // a mount from .../slots/M with M other than the task's slot
    NoSlotMount // no mount from a slots directory (job.toml may change it; paths may be translated)
};

// One row of the join: a task, a container, or both. `key` is stable across polls for the same
// task (or, for orphans, the same container name), so a model can keep its rows by it.
struct JoinRow
{
    QString key;
    JoinKind kind = JoinKind::NoContainer;
    std::optional<boinc::Result> task;
    std::optional<engine::ContainerSummary> container;
    QString expectedContainerName; // docker_wrapper's name for the task; empty for orphans
    SlotCheck slotCheck = SlotCheck::NotChecked;
    int mountedSlot = -1; // the N of the .../slots/N mount, -1 when there is none

    // True when what a view shows of the row is the same, so unchanged rows need no repaint.
    bool sameAs(const JoinRow& other) const;
};

} // namespace bdm::monitor
