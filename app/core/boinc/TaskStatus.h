#pragma once

#include "boinc/CcStatus.h"
#include "boinc/Result.h"

#include <QString>

namespace bdm::boinc {

// The words BOINC Manager shows for a suspend reason code ("computer is in use").
QString suspendReasonText(int reason);
// The status text BOINC Manager shows for a task (clientgui/MainDocument.cpp result_description),
// so people see the words they already know: "Running", "Task suspended by user", ...
QString taskStatusText(const Result& result, const CcStatus& status);

} // namespace bdm::boinc
