#pragma once

#include "boinc/CcStatus.h"
#include "boinc/ClientState.h"
#include "boinc/Result.h"
#include "boinc/RpcError.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace bdm::boinc {
class GuiRpcClient;
}

namespace bdm::gui {

// Polls one client's task list for the Tasks page: get_cc_status and get_results every couple
// of seconds, and get_state (which is large) only at the start and when a result appears that
// the last state did not know, to learn its project and application names.
class TaskPoller : public QObject
{
    Q_OBJECT

public:
    // The pause between the end of one round and the start of the next: rounds never overlap,
    // so a slow client is asked less often instead of being flooded.
    static constexpr int pollIntervalMs = 2000;

    explicit TaskPoller(boinc::GuiRpcClient& client, QObject* parent = nullptr);

    // Polls only while active (the page is on screen) and the connection is usable.
    void setActive(bool active);
    bool isActive() const { return m_active; }

signals:
    void tasksUpdated(const QList<bdm::boinc::Result>& tasks, const bdm::boinc::CcStatus& status);
    void pollFailed(const bdm::boinc::RpcError& error);

private:
    void startRound();
    void onResults(QList<boinc::Result> results, const boinc::CcStatus& status);
    void finishRound(const boinc::RpcError& error);
    bool knowsAll(const QList<boinc::Result>& results) const;
    void remember(const boinc::ClientState& state);

    boinc::GuiRpcClient& m_client;
    QTimer m_timer;
    bool m_active = false;
    bool m_roundRunning = false;
    bool m_haveState = false;
    boinc::ClientState m_state;
    QSet<QString> m_knownResults;
};

} // namespace bdm::gui
