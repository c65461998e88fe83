#include "readiness/PlanClassFleetTally.h"

#include "readiness/PlanClassJudge.h"
#include "readiness/ReadinessTr.h"

namespace bdm::readiness {

QList<PlanClassFleetCount> PlanClassFleetTally::tally(const PlanClassSpecFile& file, const QList<Host>& hosts)
{
    QList<PlanClassFleetCount> counts;
    for (const PlanClassSpec& spec : file.classes) {
        PlanClassFleetCount c;
        c.planClass = spec.name;
        c.needs = needs(spec);
        counts << c;
    }
    for (const Host& h : hosts) {
        const PlanClassJudge judge(h.host);
        for (qsizetype i = 0; i < file.classes.size(); ++i) {
            const PlanClassVerdict v = judge.judge(file.classes[i]);
            PlanClassFleetCount& c = counts[i];
            ++c.judged;
            if (v.ok) {
                ++c.qualifying;
                c.qualifyingHosts << h.name;
            } else {
                c.refusals << h.name + QStringLiteral(": ") + v.reason;
            }
        }
    }
    return counts;
}

QString PlanClassFleetTally::needs(const PlanClassSpec& spec)
{
    QStringList parts;
    if (spec.docker)
        parts << Readiness::tr("Docker/Podman");
    if (spec.wsl)
        parts << Readiness::tr("WSL");
    if (spec.virtualbox)
        parts << Readiness::tr("VirtualBox");
    if (!spec.gpuType.isEmpty()) {
        QString gpu = Readiness::tr("GPU: %1").arg(spec.gpuType);
        if (spec.minGpuRamMb > 0)
            gpu += Readiness::tr(", at least %1 MB").arg(spec.minGpuRamMb);
        if (spec.minDriverVersion > 0)
            gpu += Readiness::tr(", driver %1 or later").arg(spec.minDriverVersion);
        parts << gpu;
    }
    if (spec.minNcpus > 0)
        parts << Readiness::tr("at least %1 CPUs").arg(spec.minNcpus);
    return parts.isEmpty() ? Readiness::tr("no container or GPU needs") : parts.join(QStringLiteral("; "));
}

boinc::Json PlanClassFleetTally::toJson(const QList<PlanClassFleetCount>& counts)
{
    boinc::Json list = boinc::Json::array();
    for (const PlanClassFleetCount& c : counts) {
        boinc::Json hosts = boinc::Json::array();
        for (const QString& h : c.qualifyingHosts)
            hosts.push_back(boinc::utf8(h));
        boinc::Json refusals = boinc::Json::array();
        for (const QString& r : c.refusals)
            refusals.push_back(boinc::utf8(r));
        list.push_back({{"plan_class", boinc::utf8(c.planClass)},
                        {"needs", boinc::utf8(c.needs)},
                        {"qualifying", c.qualifying},
                        {"judged", c.judged},
                        {"qualifying_hosts", std::move(hosts)},
                        {"refusals", std::move(refusals)}});
    }
    return list;
}

} // namespace bdm::readiness
