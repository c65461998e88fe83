#include "readiness/GpuDevices.h"

#include <QRegularExpression>

namespace bdm::readiness {

QString GpuDevices::kernelModuleVersion(const QString& procText)
{
    // Proprietary: "Kernel Module  550.54.14"; open: "Open Kernel Module for x86_64  550.54.14".
    static const QRegularExpression re(
        QStringLiteral("Kernel Module(?: for \\S+)?\\s+(\\d+\\.\\d+(?:\\.\\d+)?)"));
    const QRegularExpressionMatch m = re.match(procText);
    return m.hasMatch() ? m.captured(1) : QString();
}

GpuDevices GpuDevices::read(const SystemRoot& root)
{
    GpuDevices d;
    if (const std::optional<QByteArray> proc = root.read(QStringLiteral("/proc/driver/nvidia/version"), 4096))
        d.nvidiaKernelModule = kernelModuleVersion(QString::fromUtf8(*proc));
    for (const QString& name : root.entries(QStringLiteral("/dev"), {QStringLiteral("nvidia*")}))
        d.nvidiaNodes.append(QStringLiteral("/dev/") + name);
    const QString toolkit = QStringLiteral("/etc/nvidia-container-runtime/config.toml");
    d.toolkitConfig = root.exists(toolkit);
    for (const QString& raw : root.lines(toolkit)) {
        const QString line = raw.trimmed();
        if (!line.startsWith(QLatin1String("no-cgroups")))
            continue; // "#no-cgroups = false" is the commented default
        const QString value = line.section(QLatin1Char('='), 1).trimmed();
        d.noCgroups = value.startsWith(QLatin1String("true"));
    }
    d.amdKfd = root.exists(QStringLiteral("/dev/kfd"));
    for (const QString& name : root.entries(QStringLiteral("/dev/dri"), {QStringLiteral("renderD*")}))
        d.renderNodes.append(QStringLiteral("/dev/dri/") + name);
    for (const QString& card : root.entries(QStringLiteral("/sys/class/drm"), {QStringLiteral("card*")})) {
        if (card.contains(QLatin1Char('-')))
            continue; // connectors (card0-HDMI-A-1) repeat their card
        const std::optional<QByteArray> vendor =
            root.read(QStringLiteral("/sys/class/drm/%1/device/vendor").arg(card), 64);
        if (vendor && !vendor->trimmed().isEmpty() &&
            !d.drmVendors.contains(QString::fromLatin1(vendor->trimmed())))
            d.drmVendors.append(QString::fromLatin1(vendor->trimmed()));
    }
    return d;
}

} // namespace bdm::readiness
