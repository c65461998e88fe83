#include "boinc/ReplyParsers.h"

namespace bdm::boinc::parse {
namespace {

TimeStats timeStats(const XmlElement& e)
{
    TimeStats t;
    t.now = e.childDouble("now");
    t.clientStartTime = e.childDouble("client_start_time");
    t.onFrac = e.childDouble("on_frac");
    t.activeFrac = e.childDouble("active_frac");
    return t;
}

AppVersion appVersion(const XmlElement& e, const QString& url)
{
    AppVersion v;
    v.projectUrl = url;
    v.appName = e.childText("app_name");
    v.versionNum = static_cast<int>(e.childInt("version_num"));
    v.platform = e.childText("platform");
    v.planClass = e.childText("plan_class");
    v.avgNcpus = e.childDouble("avg_ncpus");
    if (const XmlElement c = e.child("coproc")) {
        v.coprocType = c.childText("type");
        v.coprocCount = c.childDouble("count");
    }
    v.gpuRam = e.childDouble("gpu_ram");
    v.isWrapper = e.flag("is_wrapper");
    v.needsNetwork = e.flag("needs_network");
    return v;
}

Workunit workunit(const XmlElement& e, const QString& url)
{
    Workunit w;
    w.projectUrl = url;
    w.name = e.childText("name");
    w.appName = e.childText("app_name");
    w.versionNum = static_cast<int>(e.childInt("version_num"));
    w.rscFpopsEst = e.childDouble("rsc_fpops_est");
    w.rscFpopsBound = e.childDouble("rsc_fpops_bound");
    w.rscMemoryBound = e.childDouble("rsc_memory_bound");
    w.rscDiskBound = e.childDouble("rsc_disk_bound");
    w.commandLine = e.childText("command_line");
    return w;
}

} // namespace

ClientState clientState(const XmlElement& root)
{
    ClientState s;
    // Apps, versions, workunits and results are siblings that belong to the <project> before them.
    QString currentUrl;
    int major = 0;
    int minor = 0;
    int release = 0;
    for (const XmlElement& e : root.children()) {
        const QByteArrayView n = e.name();
        if (n == "result") {
            Result r = result(e);
            if (r.projectUrl.isEmpty())
                r.projectUrl = currentUrl;
            s.results.append(std::move(r));
        } else if (n == "workunit") {
            s.workunits.append(workunit(e, currentUrl));
        } else if (n == "app_version") {
            s.appVersions.append(appVersion(e, currentUrl));
        } else if (n == "app") {
            s.apps.append(App{currentUrl, e.childText("name"), e.childText("user_friendly_name"),
                              e.flag("non_cpu_intensive")});
        } else if (n == "project") {
            s.projects.append(project(e));
            currentUrl = s.projects.last().masterUrl;
        } else if (n == "host_info") {
            s.hostInfo = hostInfo(e);
        } else if (n == "time_stats") {
            s.timeStats = timeStats(e);
        } else if (n == "platform_name") {
            s.platformName = e.text();
        } else if (n == "core_client_major_version") {
            major = e.number().toInt();
        } else if (n == "core_client_minor_version") {
            minor = e.number().toInt();
        } else if (n == "core_client_release") {
            release = e.number().toInt();
        } else if (n == "executing_as_daemon") {
            s.executingAsDaemon = e.number() == "1";
        }
    }
    s.clientVersion = ClientVersion{major, minor, release};
    s.annotate(s.results);
    return s;
}

ClientVersion serverVersion(const XmlElement& e)
{
    return ClientVersion{static_cast<int>(e.childInt("major")), static_cast<int>(e.childInt("minor")),
                         static_cast<int>(e.childInt("release"))};
}

} // namespace bdm::boinc::parse
