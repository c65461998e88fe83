#pragma once

#include <QMetaType>
#include <QString>

namespace bdm::boinc {

enum class ConnectionState
{
    Disconnected,
    Connecting,
    Authenticating,
    Connected,
    AuthenticationFailed,
    Unreachable,
    TimedOut,
    ProtocolError
};

// Stable machine names ("connected", "auth_failed", "timeout", ...) for JSON and logs.
QString connectionStateName(ConnectionState state);
// Words for people ("Connected", "Wrong GUI RPC password", ...), translated.
QString connectionStateText(ConnectionState state);

} // namespace bdm::boinc

Q_DECLARE_METATYPE(bdm::boinc::ConnectionState)
