// The small helpers of the engine's value types (EngineVersion.h, EngineInfo.h,
// ContainerSummary.h, EngineEvent.h).
#include "engine/ContainerSummary.h"
#include "engine/EngineEvent.h"
#include "engine/EngineInfo.h"
#include "engine/EngineVersion.h"

#include <QRegularExpression>

namespace bdm::engine {

QString engineTypeName(EngineType type)
{
    switch (type) {
    case EngineType::Docker:
        return QStringLiteral("docker");
    case EngineType::Podman:
        return QStringLiteral("podman");
    case EngineType::Unknown:
        break;
    }
    return {};
}

int compareApiVersions(const QString& a, const QString& b)
{
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const int x = i < pa.size() ? pa[i].toInt() : 0;
        const int y = i < pb.size() ? pb[i].toInt() : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

QStringList EngineInfo::cdiGpuDevices() const
{
    QStringList out;
    for (const DiscoveredDevice& d : discoveredDevices) {
        if (d.source == QLatin1String("cdi") && d.id.contains(QLatin1String("/gpu=")))
            out.append(d.id);
    }
    return out;
}

std::optional<int> ContainerSummary::exitCodeFromStatus() const
{
    // Docker: "Exited (3) 5 seconds ago"; Podman: "Exited (3) 5 seconds ago" as well.
    static const QRegularExpression exited(QStringLiteral("^Exited \\((-?\\d+)\\)"));
    const QRegularExpressionMatch m = exited.match(status);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int code = m.captured(1).toInt(&ok);
    return ok ? std::optional<int>(code) : std::nullopt;
}

QString EngineEvent::cursorText(qint64 nanos)
{
    constexpr qint64 perSecond = 1000000000;
    return QStringLiteral("%1.%2").arg(nanos / perSecond).arg(nanos % perSecond, 9, 10, QLatin1Char('0'));
}

} // namespace bdm::engine
