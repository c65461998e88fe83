#pragma once

#include "readiness/NvidiaGpu.h"

#include <QByteArray>
#include <QStringList>

namespace bdm::readiness {

// `nvidia-smi`'s CSV query, the fallback where NVML cannot be loaded by us.
class NvidiaSmi
{
public:
    static QStringList arguments(); // --query-gpu=index,name,driver_version,memory.total,uuid ...
    static NvidiaSmiFacts parse(const QByteArray& output, int exitCode);
};

} // namespace bdm::readiness
