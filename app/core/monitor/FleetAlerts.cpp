#include "monitor/FleetAlerts.h"

#include <QCoreApplication>
#include <QHash>

namespace bdm::monitor {
namespace {

bool lost(boinc::ConnectionState state)
{
    return state == boinc::ConnectionState::Unreachable || state == boinc::ConnectionState::TimedOut;
}

QString keyOf(const boinc::Result& r)
{
    return r.projectUrl + QLatin1Char('\n') + r.name;
}

} // namespace

bool FleetAlerts::endedWithError(const boinc::Result& r)
{
    if (r.state == boinc::ResultComputeError || r.state == boinc::ResultUploadFailed)
        return true;
    return r.state > boinc::ResultComputeError && r.state != boinc::ResultAborted && r.exitStatus != 0;
}

QList<FleetAlert> FleetAlerts::compare(const QString& hostId, const QString& hostName,
                                       const HostSnapshot& before, const HostSnapshot& after)
{
    QList<FleetAlert> alerts;
    if (before.state == boinc::ConnectionState::Connected && lost(after.state)) {
        FleetAlert a;
        a.kind = FleetAlert::HostLost;
        a.hostId = hostId;
        a.title = QCoreApplication::translate("FleetAlerts", "%1 is not answering").arg(hostName);
        a.message =
            after.state == boinc::ConnectionState::TimedOut
                ? QCoreApplication::translate("FleetAlerts",
                                              "The BOINC client on %1 stopped answering in time.")
                      .arg(hostName)
                : QCoreApplication::translate("FleetAlerts", "The BOINC client on %1 cannot be reached.")
                      .arg(hostName);
        if (!after.stateDetail.isEmpty())
            a.message += QLatin1Char(' ') + after.stateDetail;
        alerts.append(a);
    }
    if (!before.haveResults || !after.haveResults)
        return alerts;
    QHash<QString, const boinc::Result*> previous;
    for (const boinc::Result& r : before.results)
        previous.insert(keyOf(r), &r);
    for (const boinc::Result& r : after.results) {
        if (!r.usesContainer() || !endedWithError(r))
            continue;
        const boinc::Result* old = previous.value(keyOf(r));
        if (!old || endedWithError(*old))
            continue; // unseen before, or already reported
        FleetAlert a;
        a.kind = FleetAlert::ContainerTaskFailed;
        a.hostId = hostId;
        a.subject = r.name;
        a.title = QCoreApplication::translate("FleetAlerts", "A container task failed on %1").arg(hostName);
        a.message = QCoreApplication::translate("FleetAlerts", "%1 ended with exit status %2.")
                        .arg(r.name)
                        .arg(r.exitStatus);
        alerts.append(a);
    }
    return alerts;
}

FleetAlert FleetAlerts::containerOomKilled(const QString& hostId, const QString& hostName,
                                           const QString& container)
{
    FleetAlert a;
    a.kind = FleetAlert::ContainerOomKilled;
    a.hostId = hostId;
    a.subject = container;
    a.title = QCoreApplication::translate("FleetAlerts", "A container ran out of memory on %1").arg(hostName);
    a.message =
        QCoreApplication::translate("FleetAlerts", "The engine killed %1 because it used all the memory it "
                                                   "was allowed.")
            .arg(container);
    return a;
}

FleetAlert FleetAlerts::serverDaemonStopped(const QString& projectUrl, const QString& daemon)
{
    FleetAlert a;
    a.kind = FleetAlert::ServerDaemonStopped;
    a.hostId = projectUrl;
    a.subject = daemon;
    a.title = QCoreApplication::translate("FleetAlerts", "A daemon stopped on %1").arg(projectUrl);
    a.message = QCoreApplication::translate("FleetAlerts", "%1 is not running: the project's jobs wait until "
                                                           "it is started again (bin/start).")
                    .arg(daemon);
    return a;
}

} // namespace bdm::monitor
