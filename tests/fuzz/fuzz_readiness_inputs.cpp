// Feeds arbitrary bytes through every reader of what readiness and the fleet take from files and
// programs: a project's plan_class_spec.xml (and judging it against a host), cc_config.xml, CDI
// specs, nvidia-smi's CSV and the CLI's hosts file.
#include "monitor/HostsFile.h"
#include "readiness/CdiSpec.h"
#include "readiness/ClientConfigFlags.h"
#include "readiness/NvidiaSmi.h"
#include "readiness/PlanClassJudge.h"
#include "readiness/PlanClassSpecFile.h"

#include <cstddef>
#include <cstdint>

using namespace bdm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const readiness::PlanClassSpecFile spec =
        readiness::PlanClassSpecFile::parse(bytes, QStringLiteral("fuzz"));
    if (spec.ok()) {
        readiness::PlanClassHost host;
        host.host.cpuCount = 4;
        host.host.osName = QStringLiteral("Linux");
        (void)readiness::PlanClassJudge(host).judgeAll(spec);
    }
    (void)readiness::ClientConfigFlags::parse(bytes, QStringLiteral("fuzz"));
    (void)readiness::CdiSpec::parse(QStringLiteral("fuzz.yaml"), bytes);
    (void)readiness::CdiSpec::parse(QStringLiteral("fuzz.json"), bytes);
    (void)readiness::NvidiaSmi::parse(bytes, 0);
    QString error;
    (void)monitor::HostsFile::parse(bytes, &error);
    return 0;
}
