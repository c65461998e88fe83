#pragma once

#include "boinc/CcStatus.h"
#include "boinc/HostInfo.h"
#include "boinc/Result.h"

#include <nlohmann/json.hpp>

namespace bdm::boinc {

// The JSON shapes the CLI prints (and the GUI exports): one place, so both say the same.
// nlohmann's ordered_json keeps the documented field order and is several times faster than
// QJsonObject for thousands of tasks.
using Json = nlohmann::ordered_json;

Json taskToJson(const Result& result, const CcStatus& status);
Json hostInfoToJson(const HostInfo& host);

// UTF-8 for JSON; a null QString stays an empty string.
inline std::string utf8(const QString& s)
{
    return s.toStdString();
}

} // namespace bdm::boinc
