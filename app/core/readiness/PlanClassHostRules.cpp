#include "readiness/PlanClassRules.h"
#include "readiness/ReadinessTr.h"
#include "readiness/SchedulerNumbers.h"

#include <QRegularExpression>
#include <algorithm>

namespace bdm::readiness::rules {
namespace {

QString packedVersion(int v)
{
    return QStringLiteral("%1.%2.%3").arg(v / 10000).arg((v / 100) % 100).arg(v % 100);
}

QString libcText(int v)
{
    return v ? QStringLiteral("%1.%2").arg(v / 100).arg(v % 100) : Readiness::tr("none");
}

// regexec() finds a match anywhere in the text; so does QRegularExpression::match().
bool matches(const QString& pattern, const QString& text)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

// The scheduler looks for " feature " in p_features plus, for old clients, the bracketed tail
// of p_model, all lower-cased; the wanted feature itself is not lower-cased.
Outcome cpuFeatures(const PlanClassSpec& spec, const boinc::HostInfo& host)
{
    if (spec.cpuFeatures.isEmpty())
        return {};
    QString flags = QLatin1Char(' ') + host.cpuFeatures + QLatin1Char(' ');
    const qsizetype bracket = host.cpuModel.lastIndexOf(QLatin1Char('['));
    if (bracket >= 0) {
        QString tail = host.cpuModel.mid(bracket + 1);
        tail.truncate(tail.indexOf(QLatin1Char(']')) < 0 ? tail.size() : tail.indexOf(QLatin1Char(']')));
        flags += QLatin1Char(' ') + tail + QLatin1Char(' ');
    }
    flags = flags.toLower();
    for (const QString& f : spec.cpuFeatures) {
        if (flags.contains(QLatin1Char(' ') + f + QLatin1Char(' ')))
            continue;
        QString reason = Readiness::tr("CPU lacks feature '%1'").arg(f);
        if (f != f.toLower())
            reason += Readiness::tr(" (the scheduler compares it with lower-case CPU flags, so '%1' can "
                                    "never match; the plan class should say '%2')")
                          .arg(f, f.toLower());
        return Refusal{QStringLiteral("cpu_feature"), reason};
    }
    return {};
}

Outcome osVersion(const PlanClassSpec& spec, const boinc::HostInfo& host)
{
    if (!spec.osRegex.isEmpty() && !matches(spec.osRegex, host.osVersion))
        return Refusal{
            QStringLiteral("os_regex"),
            Readiness::tr("OS version '%1' does not match os_regex '%2'").arg(host.osVersion, spec.osRegex)};
    if (spec.minOsVersion || spec.maxOsVersion) {
        const double v = scheduler::osVersionNumber(host);
        const QString rule =
            spec.minOsVersion ? QStringLiteral("min_os_version") : QStringLiteral("max_os_version");
        if (!v)
            return Refusal{rule,
                           Readiness::tr("Can't determine numerical OS version '%1'").arg(host.osVersion)};
        if (spec.minOsVersion && v < spec.minOsVersion)
            return Refusal{QStringLiteral("min_os_version"),
                           Readiness::tr("OS version '%1' too low (%2 < %3)")
                               .arg(host.osVersion)
                               .arg(v, 0, 'f', 0)
                               .arg(spec.minOsVersion, 0, 'f', 0)};
        if (spec.maxOsVersion && v > spec.maxOsVersion)
            return Refusal{QStringLiteral("max_os_version"),
                           Readiness::tr("OS version '%1' too high (%2 > %3)")
                               .arg(host.osVersion)
                               .arg(v, 0, 'f', 0)
                               .arg(spec.maxOsVersion, 0, 'f', 0)};
    }
    if (spec.minAndroidVersion || spec.maxAndroidVersion) {
        const QString rule = spec.minAndroidVersion ? QStringLiteral("min_android_version")
                                                    : QStringLiteral("max_android_version");
        if (host.osName.compare(QLatin1String("android"), Qt::CaseInsensitive) != 0)
            return Refusal{rule, Readiness::tr("Android only: this computer runs %1").arg(host.osName)};
        const int v = scheduler::androidVersion(host.osVersion);
        if (!v && spec.minAndroidVersion > 0)
            return Refusal{
                rule, Readiness::tr("Can't determine numerical Android version '%1'").arg(host.osVersion)};
        if (spec.minAndroidVersion && v < spec.minAndroidVersion)
            return Refusal{rule, Readiness::tr("Android version '%1' too low (%2 < %3)")
                                     .arg(host.osVersion)
                                     .arg(v)
                                     .arg(spec.minAndroidVersion)};
        if (spec.maxAndroidVersion && v > spec.maxAndroidVersion)
            return Refusal{rule, Readiness::tr("Android version '%1' too high (%2 > %3)")
                                     .arg(host.osVersion)
                                     .arg(v)
                                     .arg(spec.maxAndroidVersion)};
    }
    return {};
}

Outcome libc(const PlanClassSpec& spec, const boinc::HostInfo& host)
{
    if (!spec.minLibcVersion)
        return {};
    const int v = scheduler::libcVersion(host.osVersion);
    if (v >= spec.minLibcVersion)
        return {};
    QString reason = Readiness::tr("libc version too low: the plan class needs %1, this computer reports %2")
                         .arg(libcText(spec.minLibcVersion), libcText(v));
    // The scheduler checks the host's own libc before it looks at WSL distros.
    if (host.isWindows())
        reason += Readiness::tr(" (the scheduler reads libc from the Windows OS version, which has none, "
                                "even for WSL and Docker classes)");
    return Refusal{QStringLiteral("min_libc_version"), reason};
}

Outcome cpuIdentity(const PlanClassSpec& spec, const boinc::HostInfo& host)
{
    if (!spec.cpuVendorRegex.isEmpty() && !matches(spec.cpuVendorRegex, host.cpuVendor))
        return Refusal{QStringLiteral("cpu_vendor_regex"),
                       Readiness::tr("CPU vendor '%1' does not match cpu_vendor_regex '%2'")
                           .arg(host.cpuVendor, spec.cpuVendorRegex)};
    if (!spec.cpuModelRegex.isEmpty() && !matches(spec.cpuModelRegex, host.cpuModel))
        return Refusal{QStringLiteral("cpu_model_regex"),
                       Readiness::tr("CPU model '%1' does not match cpu_model_regex '%2'")
                           .arg(host.cpuModel, spec.cpuModelRegex)};
    return {};
}

Outcome clientVersion(const PlanClassSpec& spec, const boinc::ClientVersion& client)
{
    const int v = client.packed();
    const QString actual = client.isKnown() ? client.toString() : Readiness::tr("unknown");
    if (spec.minCoreClientVersion && v < spec.minCoreClientVersion)
        return Refusal{QStringLiteral("min_core_client_version"),
                       Readiness::tr("A newer BOINC may be required for some tasks (needs %1 or later, this "
                                     "client is %2)")
                           .arg(packedVersion(spec.minCoreClientVersion), actual)};
    if (spec.maxCoreClientVersion && v > spec.maxCoreClientVersion)
        return Refusal{QStringLiteral("max_core_client_version"),
                       Readiness::tr("Need older BOINC core client (at most %1, this client is %2)")
                           .arg(packedVersion(spec.maxCoreClientVersion), actual)};
    return {};
}

bool hasVmAcceleration(const boinc::HostInfo& host)
{
    return (host.cpuFeatures.contains(QLatin1String("vmx")) ||
            host.cpuFeatures.contains(QLatin1String("svm"))) &&
           !host.vmExtensionsDisabled;
}

} // namespace

int effectiveNcpus(const PlanClassHost& h)
{
    int n = h.host.cpuCount;
    if (h.maxNcpusPct > 0 && h.maxNcpusPct < 100)
        n = static_cast<int>(n * h.maxNcpusPct / 100.0);
    return std::max(n, 1);
}

Outcome hostBasics(const PlanClassSpec& spec, const PlanClassHost& h)
{
    if (Outcome o = cpuFeatures(spec, h.host))
        return o;
    if (spec.minNcpus && effectiveNcpus(h) < spec.minNcpus) {
        QString reason = Readiness::tr("Not enough CPUs: the plan class needs %1, this computer offers %2")
                             .arg(spec.minNcpus)
                             .arg(effectiveNcpus(h));
        if (h.maxNcpusPct > 0 && h.maxNcpusPct < 100)
            reason += Readiness::tr(" (of %1, as the computing preferences allow %2 %)")
                          .arg(h.host.cpuCount)
                          .arg(h.maxNcpusPct);
        return Refusal{QStringLiteral("min_ncpus"), reason};
    }
    if (Outcome o = osVersion(spec, h.host))
        return o;
    if (Outcome o = libc(spec, h.host))
        return o;
    if (Outcome o = cpuIdentity(spec, h.host))
        return o;
    return clientVersion(spec, h.client);
}

Outcome virtualBox(const PlanClassSpec& spec, const PlanClassHost& h, bool& canUseMulticore)
{
    if (!spec.virtualbox)
        return {};
    const QString rule = QStringLiteral("virtualbox");
    if (h.client.major < 7)
        return Refusal{rule, Readiness::tr("BOINC client 7.0+ required for Virtualbox jobs")};
    const QString& vbox = h.host.virtualboxVersion;
    if (vbox.isEmpty())
        return Refusal{rule, Readiness::tr("VirtualBox is not installed")};
    if (vbox.contains(QLatin1String("unusable")))
        return Refusal{rule, Readiness::tr("VirtualBox is not usable (the client reports '%1')").arg(vbox)};
    const int v = scheduler::vboxVersion(vbox);
    if (!v)
        return Refusal{rule, Readiness::tr("VirtualBox version '%1' cannot be read").arg(vbox)};
    if (spec.minVboxVersion && v < spec.minVboxVersion)
        return Refusal{QStringLiteral("min_vbox_version"),
                       Readiness::tr("VirtualBox version too low: needs %1, this computer has %2")
                           .arg(packedVersion(spec.minVboxVersion), vbox)};
    if (spec.maxVboxVersion && v > spec.maxVboxVersion)
        return Refusal{QStringLiteral("max_vbox_version"),
                       Readiness::tr("VirtualBox version too high: at most %1, this computer has %2")
                           .arg(packedVersion(spec.maxVboxVersion), vbox)};
    if (spec.excludeVboxVersions.contains(v))
        return Refusal{QStringLiteral("exclude_vbox_version"),
                       Readiness::tr("VirtualBox version %1 is excluded by this plan class").arg(vbox)};
    if (spec.vmAccelRequired && !hasVmAcceleration(h.host))
        return Refusal{QStringLiteral("vm_accel_required"),
                       h.host.vmExtensionsDisabled
                           ? Readiness::tr("Missing VM hardware acceleration: the client reports it disabled "
                                           "(p_vm_extensions_disabled)")
                           : Readiness::tr("Missing VM hardware acceleration: the CPU features have neither "
                                           "vmx nor svm")};
    if (spec.maxThreads > 1 && !hasVmAcceleration(h.host))
        canUseMulticore = false;
    if (!h.platformName.isEmpty() && h.platformName.contains(QLatin1String("64")) != spec.is64bit)
        return Refusal{QStringLiteral("is64bit"),
                       spec.is64bit ? Readiness::tr("A 64-bit VirtualBox version, but this client's platform "
                                                    "is %1")
                                          .arg(h.platformName)
                                    : Readiness::tr("A 32-bit VirtualBox version, but this client's platform "
                                                    "is %1 (64-bit)")
                                          .arg(h.platformName)};
    return {};
}

Outcome containers(const PlanClassSpec& spec, const PlanClassHost& h)
{
    const boinc::HostInfo& host = h.host;
    if (spec.wsl) {
        const QString rule = QStringLiteral("wsl");
        if (h.config.dontUseWsl)
            return Refusal{rule, Readiness::tr("Client config does not allow using WSL")};
        if (host.wslDistros.isEmpty())
            return Refusal{rule, Readiness::tr("No WSL distros found")};
        const bool usable = std::any_of(host.wslDistros.begin(), host.wslDistros.end(), [&](const auto& d) {
            return !d.disallowed &&
                   (!spec.minLibcVersion ||
                    scheduler::libcVersion(QStringLiteral("|libc ") + d.libcVersion) >= spec.minLibcVersion);
        });
        if (!usable)
            return Refusal{rule, Readiness::tr("No usable WSL distros found")};
    }
    if (!spec.docker)
        return {};
    const QString rule = QStringLiteral("docker");
    if (h.config.dontUseDocker)
        return Refusal{rule, Readiness::tr("Client config does not allow using Docker")};
    if (host.osName.contains(QLatin1String("Windows"))) {
        if (h.config.dontUseWsl)
            return Refusal{rule, Readiness::tr("Client config does not allow using WSL")};
        if (spec.minBoincWslDistroVersion) {
            int v = 0;
            for (const boinc::WslDistro& d : host.wslDistros) {
                if (d.name == QLatin1String("boinc-buda-runner")) {
                    v = d.distroVersion;
                    break;
                }
            }
            if (v < spec.minBoincWslDistroVersion)
                return Refusal{
                    QStringLiteral("min_boinc_wsl_distro_version"),
                    Readiness::tr("Current BOINC WSL distro needed (boinc-buda-runner version %1 or "
                                  "later; this computer has %2)")
                        .arg(spec.minBoincWslDistroVersion)
                        .arg(v ? QString::number(v) : Readiness::tr("none"))};
        } else if (std::none_of(host.wslDistros.begin(), host.wslDistros.end(),
                                [](const auto& d) { return !d.disallowed && !d.dockerVersion.isEmpty(); })) {
            return Refusal{rule, Readiness::tr("No usable WSL distros found")};
        }
        return {};
    }
    if (host.dockerVersion.isEmpty())
        return Refusal{rule, Readiness::tr("Docker not present")};
    if (host.osName.contains(QLatin1String("Darwin")) && h.client.packed() < 80206)
        return Refusal{rule, Readiness::tr("Docker jobs need 8.2.6+ client (this client is %1)")
                                 .arg(h.client.isKnown() ? h.client.toString() : Readiness::tr("unknown"))};
    return {};
}

} // namespace bdm::readiness::rules
