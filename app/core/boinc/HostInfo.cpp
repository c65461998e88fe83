#include "boinc/HostInfo.h"

#include <QRegularExpression>

namespace bdm::boinc {

QString engineTypeName(EngineType type)
{
    switch (type) {
    case EngineType::Docker:
        return QStringLiteral("docker");
    case EngineType::Podman:
        return QStringLiteral("podman");
    case EngineType::None:
        break;
    }
    return {};
}

QString Gpu::cudaVersionText() const
{
    if (cudaVersion <= 0)
        return {};
    return QStringLiteral("%1.%2").arg(cudaVersion / 1000).arg((cudaVersion % 1000) / 10);
}

QString Gpu::driverVersionText() const
{
    if (driverVersion <= 0)
        return {};
    return QStringLiteral("%1.%2").arg(driverVersion / 100).arg(driverVersion % 100, 2, 10, QLatin1Char('0'));
}

const WslDistro* HostInfo::engineDistro() const
{
    for (const WslDistro& d : wslDistros) {
        if (!d.dockerVersion.isEmpty() && !d.disallowed)
            return &d;
    }
    return nullptr;
}

bool HostInfo::hasContainerEngine() const
{
    return isWindows() ? engineDistro() != nullptr : !dockerVersion.isEmpty();
}

QString HostInfo::libcVersion() const
{
    static const QRegularExpression re(QStringLiteral("libc ([0-9]+(?:\\.[0-9]+)*)"));
    const auto m = re.match(osVersion);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace bdm::boinc
