#include "gui/readiness/EngineReport.h"

#include <QStringList>

namespace bdm::gui {

QString EngineReport::describe(const boinc::HostInfo& host, const boinc::ClientVersion& version)
{
    // Detection and the host_info fields arrived together in 8.2.0: an older client's silence
    // says nothing about the computer.
    if (version.isKnown() && !version.atLeast(8, 2, 0))
        return tr("None reported. BOINC %1 never reports Docker or Podman: Docker jobs need BOINC 8.2.0 or "
                  "newer.")
            .arg(version.toString());
    return host.isWindows() ? describeWindows(host) : describeUnix(host, version);
}

QString EngineReport::engineName(boinc::EngineType type)
{
    // Product names, not translated.
    switch (type) {
    case boinc::EngineType::Docker:
        return QStringLiteral("Docker");
    case boinc::EngineType::Podman:
        return QStringLiteral("Podman");
    case boinc::EngineType::None:
        break;
    }
    return tr("An engine of unknown type");
}

QString EngineReport::describeWindows(const boinc::HostInfo& host)
{
    QStringList engines;
    for (const boinc::WslDistro& distro : host.wslDistros) {
        if (distro.dockerVersion.isEmpty())
            continue;
        QString line = tr("%1 %2 in the WSL distro %3")
                           .arg(engineName(distro.dockerType), distro.dockerVersion, distro.name);
        if (distro.disallowed)
            line += tr(" (disallowed in cc_config.xml)");
        engines << line;
    }
    if (!engines.isEmpty())
        return engines.join(QLatin1Char('\n'));
    if (host.wslDistros.isEmpty())
        return tr("None reported: the client lists no WSL distros. It skips WSL detection when it runs as a "
                  "Windows service.");
    return tr("None reported: no WSL distro has Docker or Podman.");
}

QString EngineReport::describeUnix(const boinc::HostInfo& host, const boinc::ClientVersion& version)
{
    if (host.dockerVersion.isEmpty()) {
        if (host.isMac())
            return tr("None reported: the client found no Podman, or its Podman machine did not start.");
        return tr("None reported: when it started, the client found no Docker or Podman that passed its "
                  "'hello-world' test.");
    }
    QString text = tr("%1 %2").arg(engineName(host.dockerType), host.dockerVersion);
    if (!host.compose.version.isEmpty())
        text += tr(", with %1 Compose %2").arg(engineName(host.compose.type), host.compose.version);
    if (host.isMac() && version.isKnown() && !version.atLeast(8, 2, 6))
        text += QLatin1Char('\n') + tr("Docker jobs on macOS need BOINC 8.2.6 or newer.");
    return text;
}

} // namespace bdm::gui
