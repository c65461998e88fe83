#pragma once

#include "boinc/CcStatus.h"
#include "boinc/HostInfo.h"
#include "boinc/Result.h"

#include <QJsonObject>

namespace bdm::boinc {

// The JSON shapes the CLI prints (and the GUI exports): one place, so both say the same.
QJsonObject taskToJson(const Result& result, const CcStatus& status);
QJsonObject hostInfoToJson(const HostInfo& host);

} // namespace bdm::boinc
