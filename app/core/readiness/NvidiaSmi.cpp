#include "readiness/NvidiaSmi.h"

#include "readiness/ReadinessTr.h"

namespace bdm::readiness {

QStringList NvidiaSmi::arguments()
{
    return {QStringLiteral("--query-gpu=index,name,driver_version,memory.total,uuid"),
            QStringLiteral("--format=csv,noheader,nounits")};
}

NvidiaSmiFacts NvidiaSmi::parse(const QByteArray& output, int exitCode)
{
    NvidiaSmiFacts facts;
    facts.ran = true;
    const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& raw : lines) {
        const QStringList f = raw.split(QLatin1Char(','));
        bool indexOk = false;
        const int index = f.value(0).trimmed().toInt(&indexOk);
        if (f.size() != 5 || !indexOk)
            continue;
        bool memOk = false;
        const qint64 mib = f.at(3).trimmed().toLongLong(&memOk); // nounits: MiB
        facts.gpus.append({index, f.at(1).trimmed(), memOk ? mib * 1024 * 1024 : 0, f.at(4).trimmed()});
        if (facts.driverVersion.isEmpty())
            facts.driverVersion = f.at(2).trimmed();
    }
    if (facts.gpus.isEmpty()) {
        // "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. ..."
        const QString first = lines.value(0).trimmed();
        facts.error = !first.isEmpty() ? first
                      : exitCode != 0  ? Readiness::tr("nvidia-smi exited with status %1").arg(exitCode)
                                       : Readiness::tr("nvidia-smi lists no GPU");
    }
    return facts;
}

} // namespace bdm::readiness
