#pragma once

#include "boinc/ClientVersion.h"
#include "boinc/ConnectionState.h"
#include "boinc/PasswordLocator.h"
#include "boinc/RpcEndpoint.h"

#include <QCoreApplication>
#include <QString>

namespace bdm::gui {

// The one place that words the state of the connection to a BOINC client for people: the status
// bar and every page that needs a client say the same thing, with the same advice.
class ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionText)

public:
    // One line: "No BOINC client reachable at 127.0.0.1:31416".
    static QString headline(boinc::ConnectionState state, const boinc::RpcEndpoint& endpoint);
    // What the person can do about the state; empty when there is nothing to do.
    static QString advice(boinc::ConnectionState state, const boinc::RpcEndpoint& endpoint,
                          const boinc::PasswordLookup& password);
    // The advice, then the connection's own detail (the socket error, the timeout...).
    static QString explanation(boinc::ConnectionState state, const QString& detail,
                               const boinc::RpcEndpoint& endpoint, const boinc::PasswordLookup& password);
    // For the status bar: "Connected to BOINC 7.20.5 at 127.0.0.1:31416".
    static QString statusLine(boinc::ConnectionState state, const boinc::RpcEndpoint& endpoint,
                              const boinc::ClientVersion& version, const boinc::PasswordLookup& password);
    // Failed states stay on screen while the connection quietly tries again.
    static bool isFailure(boinc::ConnectionState state);
};

} // namespace bdm::gui
