#pragma once

#include "readiness/Check.h"
#include "readiness/LocalFacts.h"

namespace bdm::readiness {

// CheckGroup::Resources lines: free disk where images and BOINC's data live, memory, CPUs,
// hardware virtualization. Pure.
class ResourceChecks
{
public:
    static CheckList build(const LocalFacts& facts);

    static constexpr qint64 diskWarnBytes = Q_INT64_C(10) * 1000 * 1000 * 1000;
    static constexpr qint64 diskFailBytes = Q_INT64_C(1) * 1000 * 1000 * 1000;
    static constexpr qint64 memoryWarnBytes = Q_INT64_C(1) << 30; // available
};

} // namespace bdm::readiness
