#include "readiness/ResourceChecks.h"

#include "readiness/ReadinessTr.h"

#include <QLocale>

namespace bdm::readiness {

namespace {

Check make(const QString& id, CheckStatus status, const QString& summary, const QString& detail = {},
           const QString& fix = {})
{
    return Check{id, CheckGroup::Resources, status, summary, detail, fix};
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

void disks(const LocalFacts& f, CheckList& out)
{
    int other = 0;
    for (const DiskSpace& d : f.resources.disks) {
        QString id;
        QString what;
        if (f.engineInfo && d.path == f.engineInfo->rootDir) {
            id = QStringLiteral("resources.disk.images");
            what = Readiness::tr("container images");
        } else if (d.path == f.serviceUser.dataDir) {
            id = QStringLiteral("resources.disk.boinc");
            what = Readiness::tr("BOINC's data");
        } else {
            id = QStringLiteral("resources.disk.%1").arg(++other);
            what = d.path;
        }
        if (!d.known) {
            out << make(id, CheckStatus::Skip, Readiness::tr("Free disk for %1 unknown").arg(what), d.path);
            continue;
        }
        const QString summary = Readiness::tr("%1 free of %2 for %3 (%4)")
                                    .arg(size(d.freeBytes), size(d.totalBytes), what, d.path);
        const QString fix = Readiness::tr("Free space on the filesystem of %1 (e.g. remove unused images: "
                                          "podman image prune / docker image prune)")
                                .arg(d.measured);
        if (d.freeBytes < ResourceChecks::diskFailBytes)
            out << make(id, CheckStatus::Fail, summary, Readiness::tr("Under 1 GB: images cannot be pulled."),
                        fix);
        else if (d.freeBytes < ResourceChecks::diskWarnBytes)
            out << make(id, CheckStatus::Warn, summary,
                        Readiness::tr("Under 10 GB: a CUDA image alone takes several GB."), fix);
        else
            out << make(id, CheckStatus::Pass, summary);
    }
}

void memory(const LocalFacts& f, CheckList& out)
{
    const SystemResources& r = f.resources;
    if (r.memoryTotal <= 0) {
        out << make(QStringLiteral("resources.memory"), CheckStatus::Skip, Readiness::tr("Memory unknown"));
        return;
    }
    const QString summary =
        Readiness::tr("%1 memory, %2 available").arg(size(r.memoryTotal), size(r.memoryAvailable));
    if (r.memoryAvailable > 0 && r.memoryAvailable < ResourceChecks::memoryWarnBytes)
        out << make(QStringLiteral("resources.memory"), CheckStatus::Warn, summary,
                    Readiness::tr("Under 1 GiB available: containers may be killed for memory."));
    else
        out << make(QStringLiteral("resources.memory"), CheckStatus::Pass, summary);
}

void cpus(const LocalFacts& f, CheckList& out)
{
    const int n = f.resources.cpus > 0 ? f.resources.cpus : (f.engineInfo ? f.engineInfo->cpus : 0);
    if (n <= 0)
        out << make(QStringLiteral("resources.cpus"), CheckStatus::Skip, Readiness::tr("CPU count unknown"));
    else
        out << make(QStringLiteral("resources.cpus"), CheckStatus::Pass,
                    Readiness::tr("%n CPU(s)", nullptr, n));
}

void virtualization(const LocalFacts& f, CheckList& out)
{
    const SystemResources& r = f.resources;
    if (r.cpus <= 0)
        return;
    QStringList parts;
    if (r.vmx)
        parts << Readiness::tr("Intel VT-x (vmx)");
    if (r.svm)
        parts << Readiness::tr("AMD-V (svm)");
    if (r.hypervisor)
        parts << Readiness::tr("this computer is a virtual machine");
    const QString summary = parts.isEmpty()
                                ? Readiness::tr("No hardware virtualization flags")
                                : Readiness::tr("Virtualization: %1").arg(parts.join(QStringLiteral(", ")));
    // Containers do not need VT-x; the line explains BOINC's p_features and VirtualBox jobs.
    out << make(QStringLiteral("resources.virtualization"), CheckStatus::Pass, summary,
                Readiness::tr("Containers do not need hardware virtualization; VirtualBox jobs do."));
}

} // namespace

CheckList ResourceChecks::build(const LocalFacts& facts)
{
    CheckList out;
    disks(facts, out);
    memory(facts, out);
    cpus(facts, out);
    virtualization(facts, out);
    return out;
}

} // namespace bdm::readiness
