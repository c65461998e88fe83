#include "monitor/HostSession.h"

#include <algorithm>

namespace bdm::monitor {

using boinc::ConnectionState;
using boinc::RpcError;

namespace {

QString keyOf(const boinc::Result& r)
{
    return r.projectUrl + QLatin1Char('\n') + r.name;
}

ConnectionState stateFor(RpcError::Kind kind)
{
    switch (kind) {
    case RpcError::Timeout:
        return ConnectionState::TimedOut;
    case RpcError::AuthenticationFailed:
    case RpcError::Unauthorized: // a remote client refuses everything without the password
        return ConnectionState::AuthenticationFailed;
    case RpcError::Protocol:
        return ConnectionState::ProtocolError;
    default:
        return ConnectionState::Unreachable;
    }
}

} // namespace

HostSession::HostSession(QString id, QObject* parent)
    : QObject(parent), m_id(std::move(id)), m_client(m_connection)
{
    m_connection.setReplyTimeout(defaultReplyTimeoutMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HostSession::startRound);
    // A dropped connection may mean a restarted client with other tasks and a new version.
    connect(&m_connection, &boinc::GuiRpcConnection::stateChanged, this, [this](ConnectionState state) {
        if (state != ConnectionState::Connected && state != ConnectionState::Connecting &&
            state != ConnectionState::Authenticating)
            m_needGreeting = true;
    });
}

HostSession::~HostSession()
{
    m_running = false;
    m_connection.disconnect(this);
}

void HostSession::setEndpoint(const boinc::RpcEndpoint& endpoint)
{
    m_connection.setEndpoint(endpoint); // cancels what was in flight to the old address
    resetKnowledge();
    m_snapshot = HostSnapshot{};
    if (m_running)
        m_timer.start(0);
}

void HostSession::setPassword(const QString& password)
{
    m_connection.setPassword(password);
    m_connection.disconnectFromClient(); // the next round authenticates afresh
    m_failures = 0;
    if (m_running && !m_roundRunning)
        m_timer.start(0);
}

void HostSession::setReplyTimeout(int milliseconds)
{
    m_connection.setReplyTimeout(milliseconds);
}

void HostSession::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    if (!m_roundRunning)
        m_timer.start(0);
}

void HostSession::stop()
{
    m_running = false;
    m_timer.stop();
}

void HostSession::refreshOnce()
{
    if (m_roundRunning) {
        m_onceRequested = true;
        return;
    }
    m_timer.stop();
    startRound();
}

void HostSession::refreshHostInfo()
{
    m_needHostInfo = true;
    if (m_running && !m_roundRunning)
        m_timer.start(0);
}

void HostSession::resultOp(boinc::GuiRpcClient::ResultOp op, const QString& projectUrl,
                           const QString& resultName, const QObject* context, boinc::GuiRpcClient::Done done)
{
    m_client.resultOp(op, projectUrl, resultName, context,
                      [this, done = std::move(done)](const RpcError& error) {
                          m_resultsDue = true;
                          if (m_running && !m_roundRunning)
                              m_timer.start(0);
                          if (done)
                              done(error);
                      });
}

void HostSession::startRound()
{
    if (m_roundRunning)
        return;
    m_roundRunning = true;
    m_stateReadThisRound = false;
    if (m_snapshot.state == ConnectionState::Disconnected)
        setState(ConnectionState::Connecting, m_connection.endpoint().toString());
    m_steps.clear();
    if (m_needGreeting) {
        m_steps.push_back(Step::Versions);
        m_needHostInfo = true;
    }
    if (m_needHostInfo)
        m_steps.push_back(Step::HostInfo);
    if (m_needGreeting && m_schedule.readState)
        m_steps.push_back(Step::State);
    m_steps.push_back(Step::CcStatus);
    if (m_needGreeting || m_resultsDue || !m_sinceResults.isValid() ||
        m_sinceResults.elapsed() >= m_schedule.resultsIntervalMs)
        m_steps.push_back(Step::Results);
    m_needGreeting = false;
    runNextStep();
}

void HostSession::runNextStep()
{
    if (m_steps.empty()) {
        finishRound({});
        return;
    }
    const Step step = m_steps.front();
    m_steps.pop_front();
    switch (step) {
    case Step::Versions:
        m_client.exchangeVersions(this, [this](const auto& r) { onVersions(r); });
        break;
    case Step::HostInfo:
        m_client.getHostInfo(this, [this](const auto& r) { onHostInfo(r); });
        break;
    case Step::State:
        m_stateReadThisRound = true;
        m_client.getState(this, [this](const auto& r) { onState(r); });
        break;
    case Step::CcStatus:
        m_client.getCcStatus(this, [this](const auto& r) { onCcStatus(r); });
        break;
    case Step::Results:
        m_sinceResults.start();
        m_resultsDue = false;
        m_client.getResults(false, this, [this](const auto& r) { onResults(r); });
        break;
    }
}

bool HostSession::contact(const RpcError& error)
{
    if (error.ok() || error.kind == RpcError::Server) {
        m_snapshot.lastContact = QDateTime::currentDateTimeUtc();
        if (!error.ok())
            m_snapshot.lastError = error.message;
        setState(ConnectionState::Connected, m_connection.endpoint().toString());
        return true;
    }
    finishRound(error);
    return false;
}

void HostSession::onVersions(const boinc::RpcResult<boinc::ClientVersion>& reply)
{
    if (!contact(reply.error))
        return;
    // Clients too old for exchange_versions still report their version in get_state.
    if (reply.ok())
        m_snapshot.clientVersion = reply.value;
    runNextStep();
}

void HostSession::onHostInfo(const boinc::RpcResult<boinc::HostInfo>& reply)
{
    if (!contact(reply.error))
        return;
    if (reply.ok()) {
        m_snapshot.hostInfo = reply.value;
        m_needHostInfo = false;
        emit hostInfoChanged(m_id);
    }
    runNextStep();
}

void HostSession::onState(const boinc::RpcResult<boinc::ClientState>& reply)
{
    if (!contact(reply.error))
        return;
    if (reply.ok()) {
        m_names = reply.value;
        if (!m_snapshot.clientVersion.isKnown())
            m_snapshot.clientVersion = m_names.clientVersion;
        m_knownResults.clear();
        for (const boinc::Result& r : std::as_const(m_names.results))
            m_knownResults.insert(keyOf(r));
        m_names.results.clear(); // only the lookup tables are needed; results are polled anyway
        if (m_snapshot.haveResults) {
            m_names.annotate(m_snapshot.results);
            emit resultsChanged(m_id);
        }
    }
    runNextStep();
}

void HostSession::onCcStatus(const boinc::RpcResult<boinc::CcStatus>& reply)
{
    if (!contact(reply.error))
        return;
    if (reply.ok()) {
        m_snapshot.ccStatus = reply.value;
        emit ccStatusChanged(m_id);
    }
    runNextStep();
}

void HostSession::onResults(const boinc::RpcResult<QList<boinc::Result>>& reply)
{
    if (!contact(reply.error))
        return;
    if (reply.ok()) {
        m_snapshot.results = reply.value;
        m_snapshot.haveResults = true;
        m_names.annotate(m_snapshot.results);
        emit resultsChanged(m_id);
        // New tasks or projects: learn their names once (never twice in one round).
        if (m_schedule.readState && !m_stateReadThisRound && !knowsAll(m_snapshot.results))
            m_steps.push_back(Step::State);
    }
    runNextStep();
}

void HostSession::finishRound(const RpcError& error)
{
    m_steps.clear();
    m_roundRunning = false;
    int pause = m_schedule.roundPauseMs;
    if (error.kind == RpcError::Cancelled) {
        // The endpoint or password changed under the round; whoever did it starts the next.
    } else if (!error.ok()) {
        ++m_snapshot.failedRounds;
        m_snapshot.lastError = error.message;
        // The failing request's error says it best: the connection's own state may not have
        // caught up yet when its queued requests are failed.
        setState(stateFor(error.kind), error.message.isEmpty() ? m_connection.stateDetail() : error.message);
        ++m_failures;
        const int shift = std::min(m_failures - 1, 16);
        pause =
            static_cast<int>(std::min<qint64>(qint64(m_schedule.retryMinMs) << shift, m_schedule.retryMaxMs));
    } else {
        ++m_snapshot.rounds;
        m_failures = 0;
    }
    emit roundFinished(m_id);
    if (m_onceRequested) {
        m_onceRequested = false;
        m_timer.start(0);
    } else if (m_running && error.kind != RpcError::Cancelled) {
        m_timer.start(pause);
    }
}

bool HostSession::knowsAll(const QList<boinc::Result>& results) const
{
    return std::all_of(results.cbegin(), results.cend(),
                       [this](const boinc::Result& r) { return m_knownResults.contains(keyOf(r)); });
}

void HostSession::setState(ConnectionState state, const QString& detail)
{
    if (m_snapshot.state == state && m_snapshot.stateDetail == detail)
        return;
    const bool changed = m_snapshot.state != state;
    m_snapshot.state = state;
    m_snapshot.stateDetail = detail;
    if (changed)
        emit stateChanged(m_id, state);
}

void HostSession::resetKnowledge()
{
    m_timer.stop();
    m_steps.clear();
    m_needGreeting = true;
    m_needHostInfo = true;
    m_resultsDue = true;
    m_failures = 0;
    m_names = {};
    m_knownResults.clear();
}

} // namespace bdm::monitor
