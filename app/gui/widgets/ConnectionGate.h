#pragma once

#include "boinc/ConnectionState.h"
#include "boinc/PasswordLocator.h"

#include <QStackedWidget>

namespace bdm::boinc {
class GuiRpcConnection;
}

namespace bdm::gui {

class EmptyState;

// Stands in front of a page's content while there is no usable connection to the BOINC client,
// and says why, with a "Retry now" button. Every page that needs a client uses this one, so the
// words for "unreachable", "wrong password"... are the same everywhere.
class ConnectionGate : public QStackedWidget
{
    Q_OBJECT

public:
    ConnectionGate(boinc::GuiRpcConnection& connection, const boinc::PasswordLookup& password,
                   QWidget* content, QWidget* parent = nullptr);

    bool isOpen() const;
    // For replies the client refused for want of a password: the connection itself is fine,
    // but the page has nothing to show until the user gives one.
    void showPasswordNeeded();
    // The state on screen (the problem page), for tests and accessibility.
    const EmptyState* problemState() const { return m_problem; }

signals:
    // The content became visible because the connection is usable (again).
    void opened();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onStateChanged(boinc::ConnectionState state, const QString& detail);
    void showProblem();

    boinc::GuiRpcConnection& m_connection;
    boinc::PasswordLookup m_password;
    QWidget* m_content;
    EmptyState* m_problem;
    // The last failure stays on screen while the connection retries, so the page does not
    // flicker between "connecting" and "unreachable" on every attempt.
    boinc::ConnectionState m_shownState = boinc::ConnectionState::Connecting;
    QString m_shownDetail;
    bool m_passwordNeeded = false;
};

} // namespace bdm::gui
