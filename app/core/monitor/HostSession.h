#pragma once

#include "boinc/GuiRpcClient.h"
#include "boinc/GuiRpcConnection.h"
#include "monitor/HostSnapshot.h"
#include "monitor/PollSchedule.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <deque>

namespace bdm::monitor {

// One BOINC host: its own GUI RPC connection, typed client and poll schedule. A dead, slow or
// hanging host only ever delays its own session: requests time out per request, and a failed
// round is retried with growing pauses. Signals carry the host id so a fleet model can route
// them without sender().
class HostSession : public QObject
{
    Q_OBJECT

public:
    // Remote hosts on a LAN answer in milliseconds; 10 s leaves room for a client busy
    // building a large get_state without waiting the reference client's 30 s.
    static constexpr int defaultReplyTimeoutMs = 10000;

    explicit HostSession(QString id, QObject* parent = nullptr);
    ~HostSession() override;

    QString id() const { return m_id; }
    void setEndpoint(const boinc::RpcEndpoint& endpoint);
    boinc::RpcEndpoint endpoint() const { return m_connection.endpoint(); }
    // Held in memory only, for the handshake after each (re)connect.
    void setPassword(const QString& password);
    void setReplyTimeout(int milliseconds);
    void setSchedule(const PollSchedule& schedule) { m_schedule = schedule; }
    PollSchedule schedule() const { return m_schedule; }

    // Polls until stop(); the first round starts at once.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // One round now (or right after the one under way) without starting the schedule.
    void refreshOnce();
    // Re-reads host info in the next round (e.g. after the user installed Docker).
    void refreshHostInfo();
    bool roundInProgress() const { return m_roundRunning; }

    const HostSnapshot& snapshot() const { return m_snapshot; }

    // Suspend, resume or abort a task through the client; results are re-read right after.
    void resultOp(boinc::GuiRpcClient::ResultOp op, const QString& projectUrl, const QString& resultName,
                  const QObject* context, boinc::GuiRpcClient::Done done);
    boinc::GuiRpcClient& client() { return m_client; }

signals:
    void stateChanged(const QString& hostId, bdm::boinc::ConnectionState state);
    void resultsChanged(const QString& hostId);
    void hostInfoChanged(const QString& hostId);
    void ccStatusChanged(const QString& hostId);
    // After every round, successful or not.
    void roundFinished(const QString& hostId);

private:
    enum class Step
    {
        Versions,
        HostInfo,
        State,
        CcStatus,
        Results
    };

    void startRound();
    void runNextStep();
    void finishRound(const boinc::RpcError& error);
    void onVersions(const boinc::RpcResult<boinc::ClientVersion>& reply);
    void onHostInfo(const boinc::RpcResult<boinc::HostInfo>& reply);
    void onState(const boinc::RpcResult<boinc::ClientState>& reply);
    void onCcStatus(const boinc::RpcResult<boinc::CcStatus>& reply);
    void onResults(const boinc::RpcResult<QList<boinc::Result>>& reply);
    // True when the reply reached the client (an <error> reply counts); otherwise ends the round.
    bool contact(const boinc::RpcError& error);
    bool knowsAll(const QList<boinc::Result>& results) const;
    void setState(boinc::ConnectionState state, const QString& detail);
    void resetKnowledge();

    QString m_id;
    boinc::GuiRpcConnection m_connection;
    boinc::GuiRpcClient m_client;
    PollSchedule m_schedule;
    QTimer m_timer;
    bool m_running = false;
    bool m_roundRunning = false;
    bool m_onceRequested = false;
    bool m_needGreeting = true;
    bool m_needHostInfo = true;
    bool m_stateReadThisRound = false;
    std::deque<Step> m_steps;
    QElapsedTimer m_sinceResults;
    bool m_resultsDue = true;
    int m_failures = 0;
    boinc::ClientState m_names; // get_state's lookup tables, without its results
    QSet<QString> m_knownResults;
    HostSnapshot m_snapshot;
};

} // namespace bdm::monitor
