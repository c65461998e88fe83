#include "boinc/ConnectionState.h"

#include <QCoreApplication>

namespace bdm::boinc {

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected: return QStringLiteral("disconnected");
    case ConnectionState::Connecting: return QStringLiteral("connecting");
    case ConnectionState::Authenticating: return QStringLiteral("authenticating");
    case ConnectionState::Connected: return QStringLiteral("connected");
    case ConnectionState::AuthenticationFailed: return QStringLiteral("auth_failed");
    case ConnectionState::Unreachable: return QStringLiteral("unreachable");
    case ConnectionState::TimedOut: return QStringLiteral("timeout");
    case ConnectionState::ProtocolError: return QStringLiteral("protocol_error");
    }
    return {};
}

QString connectionStateText(ConnectionState state)
{
    const auto tr = [](const char* s) { return QCoreApplication::translate("ConnectionState", s); };
    switch (state) {
    case ConnectionState::Disconnected: return tr("Not connected");
    case ConnectionState::Connecting: return tr("Connecting");
    case ConnectionState::Authenticating: return tr("Authenticating");
    case ConnectionState::Connected: return tr("Connected");
    case ConnectionState::AuthenticationFailed: return tr("Wrong GUI RPC password");
    case ConnectionState::Unreachable: return tr("Unreachable");
    case ConnectionState::TimedOut: return tr("Not answering");
    case ConnectionState::ProtocolError: return tr("Protocol error");
    }
    return {};
}

} // namespace bdm::boinc
