#pragma once

#include "boinc/CcStatus.h"
#include "boinc/Result.h"

#include <QString>

namespace bdm::gui {

// What a task table shows of one BOINC task, as raw values (the tables sort on these and format
// them for display): the same for the one-host Tasks page and the Fleet's table of all hosts.
struct TaskCells
{
    QString project;
    QString application;
    QString task;
    QString status;       // BOINC Manager's words
    double progress = -1; // fraction; -1: no task
    double elapsed = -1;
    double remaining = -1;
    double deadline = 0;
    QString planClass;

    static TaskCells of(const boinc::Result& result, const boinc::CcStatus& status);
    bool operator==(const TaskCells&) const = default;
};

} // namespace bdm::gui
