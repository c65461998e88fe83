#include "boinc/ClientState.h"

#include "boinc/ProjectUrl.h"

#include <QHash>

namespace bdm::boinc {

const Project* ClientState::project(const QString& url) const
{
    const QString key = ProjectUrl::canonical(url);
    for (const Project& p : projects) {
        if (ProjectUrl::canonical(p.masterUrl) == key)
            return &p;
    }
    return nullptr;
}

const Workunit* ClientState::workunit(const QString& projectUrl, const QString& name) const
{
    for (const Workunit& w : workunits) {
        if (w.name == name && w.projectUrl == projectUrl)
            return &w;
    }
    return nullptr;
}

const App* ClientState::app(const QString& projectUrl, const QString& name) const
{
    for (const App& a : apps) {
        if (a.name == name && a.projectUrl == projectUrl)
            return &a;
    }
    return nullptr;
}

void ClientState::annotate(QList<Result>& list) const
{
    // Hash once: a busy host has thousands of results and workunits.
    QHash<QString, const Project*> projectByUrl;
    for (const Project& p : projects)
        projectByUrl.insert(ProjectUrl::canonical(p.masterUrl), &p);
    QHash<QString, const Workunit*> wuByKey;
    for (const Workunit& w : workunits)
        wuByKey.insert(w.projectUrl + QLatin1Char('\n') + w.name, &w);
    QHash<QString, const App*> appByKey;
    for (const App& a : apps)
        appByKey.insert(a.projectUrl + QLatin1Char('\n') + a.name, &a);

    for (Result& r : list) {
        if (const Project* p = projectByUrl.value(ProjectUrl::canonical(r.projectUrl)))
            r.projectName = p->projectName;
        const Workunit* w = wuByKey.value(r.projectUrl + QLatin1Char('\n') + r.wuName);
        if (!w)
            continue;
        r.appName = w->appName;
        if (const App* a = appByKey.value(r.projectUrl + QLatin1Char('\n') + w->appName))
            r.appUserFriendlyName = a->userFriendlyName;
    }
}

} // namespace bdm::boinc
