#include "gui/tasks/TaskPoller.h"

#include "boinc/GuiRpcClient.h"

#include <algorithm>

namespace bdm::gui {
namespace {

QString keyOf(const boinc::Result& r)
{
    return r.projectUrl + QLatin1Char('\n') + r.name;
}

} // namespace

TaskPoller::TaskPoller(boinc::GuiRpcClient& client, QObject* parent) : QObject(parent), m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TaskPoller::startRound);
    // After a reconnect the client may have restarted with other tasks: learn its state afresh.
    connect(&m_client.connection(), &boinc::GuiRpcConnection::ready, this, [this] {
        m_haveState = false;
        startRound();
    });
}

void TaskPoller::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active)
        startRound();
    else
        m_timer.stop();
}

void TaskPoller::startRound()
{
    m_timer.stop();
    if (!m_active || m_roundRunning || m_client.connection().state() != boinc::ConnectionState::Connected)
        return;
    m_roundRunning = true;
    m_client.getCcStatus(this, [this](const boinc::RpcResult<boinc::CcStatus>& cc) {
        if (!cc.ok()) {
            finishRound(cc.error);
            return;
        }
        m_client.getResults(false, this,
                            [this, status = cc.value](const boinc::RpcResult<QList<boinc::Result>>& results) {
                                if (!results.ok()) {
                                    finishRound(results.error);
                                    return;
                                }
                                onResults(results.value, status);
                            });
    });
}

void TaskPoller::onResults(QList<boinc::Result> results, const boinc::CcStatus& status)
{
    if (m_haveState && knowsAll(results)) {
        m_state.annotate(results);
        emit tasksUpdated(results, status);
        finishRound({});
        return;
    }
    m_client.getState(this,
                      [this, results, status](const boinc::RpcResult<boinc::ClientState>& state) mutable {
                          // Without the state the names stay empty, but the tasks themselves are still worth
                          // showing.
                          if (state.ok())
                              remember(state.value);
                          m_state.annotate(results);
                          emit tasksUpdated(results, status);
                          finishRound(state.error);
                      });
}

void TaskPoller::finishRound(const boinc::RpcError& error)
{
    m_roundRunning = false;
    if (!error.ok())
        emit pollFailed(error);
    // Transport failures change the connection's state and its ready() restarts the rounds; a
    // request refused for want of a password would only be refused again.
    const bool retry = error.ok() || error.kind == boinc::RpcError::Server;
    if (m_active && retry)
        m_timer.start(pollIntervalMs);
}

bool TaskPoller::knowsAll(const QList<boinc::Result>& results) const
{
    return std::all_of(results.cbegin(), results.cend(),
                       [this](const boinc::Result& r) { return m_knownResults.contains(keyOf(r)); });
}

void TaskPoller::remember(const boinc::ClientState& state)
{
    m_state = state;
    // Only the lookup tables are needed later; the results are re-read every round anyway.
    m_state.results.clear();
    m_knownResults.clear();
    for (const boinc::Result& r : state.results)
        m_knownResults.insert(keyOf(r));
    m_haveState = true;
}

} // namespace bdm::gui
