#include "gui/ConnectionText.h"

namespace bdm::gui {

using boinc::ConnectionState;

QString ConnectionText::headline(ConnectionState state, const boinc::RpcEndpoint& endpoint)
{
    const QString where = endpoint.toString();
    switch (state) {
    case ConnectionState::Connected:
        return tr("Connected to the BOINC client at %1").arg(where);
    case ConnectionState::Disconnected:
    case ConnectionState::Connecting:
    case ConnectionState::Authenticating:
        return tr("Connecting to the BOINC client at %1…").arg(where);
    case ConnectionState::Unreachable:
        return tr("No BOINC client reachable at %1").arg(where);
    case ConnectionState::TimedOut:
        return tr("The BOINC client at %1 is not answering").arg(where);
    case ConnectionState::AuthenticationFailed:
        return tr("Wrong GUI RPC password for the BOINC client at %1").arg(where);
    case ConnectionState::ProtocolError:
        return tr("The program at %1 does not answer like a BOINC client").arg(where);
    }
    return {};
}

QString ConnectionText::advice(ConnectionState state, const boinc::RpcEndpoint& endpoint,
                               const boinc::PasswordLookup& password)
{
    switch (state) {
    case ConnectionState::Unreachable:
        // Commands on lines of their own: wrapped inside a sentence they break at the hyphen.
        if (endpoint.isLocal())
            return tr("Start the BOINC client on this computer. On Debian and Ubuntu:\n"
                      "sudo systemctl start boinc-client\n"
                      "To watch a client on another computer, start this program with --host HOST[:PORT].");
        return tr("Check that the BOINC client runs on that computer, that it accepts GUI RPC from this one "
                  "(remote_hosts.cfg or --allow_remote_gui_rpc), and that no firewall blocks the port.");
    case ConnectionState::TimedOut:
        return tr("The client may be busy or hung. If it stays silent, restart it:\n"
                  "sudo systemctl restart boinc-client");
    case ConnectionState::AuthenticationFailed:
        // The locator's own words say exactly which file and which group, when that was the problem.
        if (!password.error.isEmpty() && !password.found)
            return password.error;
        if (!password.path.isEmpty())
            return tr("The password was read from %1. Start this program with --password-file FILE to give "
                      "the "
                      "right one.")
                .arg(password.path);
        return tr(
            "Start this program with --password-file FILE, naming a copy of the client's gui_rpc_auth.cfg.");
    case ConnectionState::ProtocolError:
        return tr("Check the port: a BOINC client listens on %1 unless it was started with --gui_rpc_port.")
            .arg(boinc::RpcEndpoint::defaultPort);
    case ConnectionState::Disconnected:
    case ConnectionState::Connecting:
    case ConnectionState::Authenticating:
    case ConnectionState::Connected:
        break;
    }
    return {};
}

QString ConnectionText::explanation(ConnectionState state, const QString& detail,
                                    const boinc::RpcEndpoint& endpoint, const boinc::PasswordLookup& password)
{
    QStringList paragraphs;
    const QString what = advice(state, endpoint, password);
    if (!what.isEmpty())
        paragraphs << what;
    if (isFailure(state)) {
        if (!detail.isEmpty())
            paragraphs << tr("Details: %1").arg(detail);
        if (state != ConnectionState::AuthenticationFailed)
            paragraphs << tr("This program keeps trying in the background.");
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString ConnectionText::statusLine(ConnectionState state, const boinc::RpcEndpoint& endpoint,
                                   const boinc::ClientVersion& version, const boinc::PasswordLookup& password)
{
    if (state == ConnectionState::Connected && version.isKnown())
        return tr("Connected to BOINC %1 at %2").arg(version.toString(), endpoint.toString());
    if (state == ConnectionState::AuthenticationFailed)
        return tr("%1. %2").arg(headline(state, endpoint), advice(state, endpoint, password));
    return headline(state, endpoint);
}

bool ConnectionText::isFailure(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Unreachable:
    case ConnectionState::TimedOut:
    case ConnectionState::AuthenticationFailed:
    case ConnectionState::ProtocolError:
        return true;
    case ConnectionState::Disconnected:
    case ConnectionState::Connecting:
    case ConnectionState::Authenticating:
    case ConnectionState::Connected:
        break;
    }
    return false;
}

} // namespace bdm::gui
