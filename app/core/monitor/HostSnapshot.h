#pragma once

#include "boinc/CcStatus.h"
#include "boinc/ClientVersion.h"
#include "boinc/ConnectionState.h"
#include "boinc/HostInfo.h"
#include "boinc/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace bdm::monitor {

// Everything one HostSession knows about its host, as of its last poll round. Fields stay at
// their last known values while the host is unreachable, so a view can show how stale they are
// (lastContact) instead of going blank.
struct HostSnapshot
{
    boinc::ConnectionState state = boinc::ConnectionState::Disconnected;
    QString stateDetail; // the reason behind a failure state, for people
    boinc::ClientVersion clientVersion;
    std::optional<boinc::HostInfo> hostInfo;
    std::optional<boinc::CcStatus> ccStatus;
    bool haveResults = false;
    QList<boinc::Result> results; // with project and application names once get_state was read
    QDateTime lastContact;        // UTC, when the client last answered a request
    QString lastError;            // the last failed request's error, kept after recovery
    quint64 rounds = 0;           // completed poll rounds that reached the client
    quint64 failedRounds = 0;
};

} // namespace bdm::monitor
