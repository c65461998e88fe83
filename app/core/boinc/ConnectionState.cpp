#include "boinc/ConnectionState.h"

#include <QCoreApplication>

namespace bdm::boinc {

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return QStringLiteral("disconnected");
    case ConnectionState::Connecting:
        return QStringLiteral("connecting");
    case ConnectionState::Authenticating:
        return QStringLiteral("authenticating");
    case ConnectionState::Connected:
        return QStringLiteral("connected");
    case ConnectionState::AuthenticationFailed:
        return QStringLiteral("auth_failed");
    case ConnectionState::Unreachable:
        return QStringLiteral("unreachable");
    case ConnectionState::TimedOut:
        return QStringLiteral("timeout");
    case ConnectionState::ProtocolError:
        return QStringLiteral("protocol_error");
    }
    return {};
}

QString connectionStateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return QCoreApplication::translate("ConnectionState", "Not connected");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("ConnectionState", "Connecting");
    case ConnectionState::Authenticating:
        return QCoreApplication::translate("ConnectionState", "Authenticating");
    case ConnectionState::Connected:
        return QCoreApplication::translate("ConnectionState", "Connected");
    case ConnectionState::AuthenticationFailed:
        return QCoreApplication::translate("ConnectionState", "Wrong GUI RPC password");
    case ConnectionState::Unreachable:
        return QCoreApplication::translate("ConnectionState", "Unreachable");
    case ConnectionState::TimedOut:
        return QCoreApplication::translate("ConnectionState", "Not answering");
    case ConnectionState::ProtocolError:
        return QCoreApplication::translate("ConnectionState", "Protocol error");
    }
    return {};
}

} // namespace bdm::boinc
