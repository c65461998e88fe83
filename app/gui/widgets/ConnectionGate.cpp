#include "gui/widgets/ConnectionGate.h"

#include "boinc/GuiRpcConnection.h"
#include "gui/ConnectionText.h"
#include "gui/widgets/EmptyState.h"

#include <QEvent>

namespace bdm::gui {

using boinc::ConnectionState;

ConnectionGate::ConnectionGate(boinc::GuiRpcConnection& connection, const boinc::PasswordLookup& password,
                               QWidget* content, QWidget* parent)
    : QStackedWidget(parent), m_connection(connection), m_password(password), m_content(content),
      m_problem(new EmptyState(this))
{
    m_problem->setObjectName(QStringLiteral("connectionProblemState"));
    addWidget(m_problem);
    addWidget(m_content);
    connect(m_problem, &EmptyState::actionTriggered, this, [this] { m_connection.connectToClient(); });
    connect(&m_connection, &boinc::GuiRpcConnection::stateChanged, this, &ConnectionGate::onStateChanged);
    onStateChanged(m_connection.state(), m_connection.stateDetail());
}

bool ConnectionGate::isOpen() const
{
    return currentWidget() == m_content;
}

void ConnectionGate::showPasswordNeeded()
{
    m_passwordNeeded = true;
    showProblem();
}

void ConnectionGate::onStateChanged(ConnectionState state, const QString& detail)
{
    if (state == ConnectionState::Connected) {
        m_shownState = state;
        m_shownDetail.clear();
        m_passwordNeeded = false;
        const bool wasOpen = isOpen();
        setCurrentWidget(m_content);
        if (!wasOpen)
            emit opened();
        return;
    }
    if (ConnectionText::isFailure(state) || !ConnectionText::isFailure(m_shownState)) {
        m_shownState = state;
        m_shownDetail = detail;
    }
    showProblem();
}

void ConnectionGate::showProblem()
{
    const boinc::RpcEndpoint endpoint = m_connection.endpoint();
    if (m_passwordNeeded) {
        m_problem->setIcon(QIcon(QStringLiteral(":/icons/password.svg")));
        m_problem->setTitle(tr("The BOINC client at %1 wants its GUI RPC password").arg(endpoint.toString()));
        m_problem->setExplanation(m_password.error.isEmpty()
                                      ? tr("Start this program with --password-file FILE, naming a copy of "
                                           "the client's gui_rpc_auth.cfg.")
                                      : m_password.error);
        m_problem->setActionText({});
    } else {
        const bool failed = ConnectionText::isFailure(m_shownState);
        const bool wrongPassword = m_shownState == ConnectionState::AuthenticationFailed;
        m_problem->setIcon(QIcon(wrongPassword ? QStringLiteral(":/icons/password.svg")
                                               : QStringLiteral(":/icons/disconnected.svg")));
        m_problem->setTitle(ConnectionText::headline(m_shownState, endpoint));
        m_problem->setExplanation(
            ConnectionText::explanation(m_shownState, m_shownDetail, endpoint, m_password));
        // Retrying with the same password cannot help; the button would only pretend.
        m_problem->setActionText(failed && !wrongPassword ? tr("Retry now") : QString());
    }
    setCurrentWidget(m_problem);
}

void ConnectionGate::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && !isOpen())
        showProblem();
    QStackedWidget::changeEvent(event);
}

} // namespace bdm::gui
