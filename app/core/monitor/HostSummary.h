#pragma once

#include "boinc/ConnectionState.h"
#include "boinc/HostInfo.h"
#include "monitor/HostSnapshot.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace bdm::monitor {

// One row of the fleet: what an admin wants to see of each host at a glance. Optional fields
// are unknown until the host has answered the request that tells them.
struct HostSummary
{
    QString id;
    QString name;
    QString address;
    boinc::ConnectionState state = boinc::ConnectionState::Disconnected;
    QString stateDetail;
    QString clientVersion; // empty when unknown
    QString osName;
    QString osVersion;
    // The engine the client reports (on Windows: from its WSL distros, the default one first).
    boinc::EngineType engineType = boinc::EngineType::None;
    QString engineVersion;
    std::optional<bool> qualifiesForContainers; // HostInfo::hasContainerEngine(), once known
    QList<boinc::Gpu> gpus;
    std::optional<int> tasksRunning;
    std::optional<int> containerTasksRunning; // plan class contains "docker", as BOINC decides
    QDateTime lastContact;

    bool hostInfoKnown() const { return qualifiesForContainers.has_value(); }
    // name, address and id are the caller's; the rest comes from the session's snapshot.
    static HostSummary from(const QString& id, const QString& name, const QString& address,
                            const HostSnapshot& snapshot);
};

} // namespace bdm::monitor
