#pragma once

#include "boinc/ClientVersion.h"
#include "boinc/HostInfo.h"
#include "boinc/Project.h"
#include "boinc/Result.h"

#include <QList>
#include <QString>

namespace bdm::boinc {

struct App
{
    QString projectUrl;
    QString name;
    QString userFriendlyName;
    bool nonCpuIntensive = false;
};

struct AppVersion
{
    QString projectUrl;
    QString appName;
    int versionNum = 0;
    QString platform;
    QString planClass;
    double avgNcpus = 0;
    QString coprocType;
    double coprocCount = 0;
    double gpuRam = 0;
    bool isWrapper = false;
    bool needsNetwork = false;
};

struct Workunit
{
    QString projectUrl;
    QString name;
    QString appName;
    int versionNum = 0;
    double rscFpopsEst = 0;
    double rscFpopsBound = 0;
    double rscMemoryBound = 0;
    double rscDiskBound = 0;
    QString commandLine;
};

struct TimeStats
{
    double now = 0; // the client host's clock, to measure skew
    double clientStartTime = 0;
    double onFrac = 0;
    double activeFrac = 0;
};

// get_state: the whole client state, with siblings linked to the project they follow.
struct ClientState
{
    HostInfo hostInfo;
    TimeStats timeStats;
    QList<Project> projects;
    QList<App> apps;
    QList<AppVersion> appVersions;
    QList<Workunit> workunits;
    QList<Result> results;
    QString platformName;
    ClientVersion clientVersion;
    bool executingAsDaemon = false;

    const Project* project(const QString& url) const;
    const Workunit* workunit(const QString& projectUrl, const QString& name) const;
    const App* app(const QString& projectUrl, const QString& name) const;
    // Fills each result's project and application names from the state's records.
    void annotate(QList<Result>& results) const;
};

} // namespace bdm::boinc
