#include "monitor/Fleet.h"

namespace bdm::monitor {

Fleet::Fleet(QObject* parent) : QObject(parent) {}

Fleet::~Fleet()
{
    // Sessions go before the signals they are wired to could reach a half-destroyed fleet.
    for (auto& [id, member] : m_hosts)
        member.session->disconnect(this);
    m_hosts.clear();
}

HostSession* Fleet::addHost(const QString& id, const QString& name, const boinc::RpcEndpoint& endpoint,
                            const QString& password)
{
    if (id.isEmpty() || m_hosts.count(id))
        return nullptr;
    auto session = std::make_unique<HostSession>(id);
    session->setEndpoint(endpoint);
    session->setPassword(password);
    session->setReplyTimeout(m_replyTimeoutMs);
    session->setSchedule(m_schedule);
    HostSession* s = session.get();
    connect(s, &HostSession::stateChanged, this, [this](const QString& hostId, boinc::ConnectionState state) {
        emit hostStateChanged(hostId, state);
        onSessionChanged(hostId);
    });
    connect(s, &HostSession::resultsChanged, this, &Fleet::onSessionChanged);
    connect(s, &HostSession::hostInfoChanged, this, &Fleet::onSessionChanged);
    connect(s, &HostSession::roundFinished, this, &Fleet::onRoundFinished);

    const int index = size();
    emit hostAboutToBeAdded(index);
    m_hosts.emplace(id, Member{name, std::move(session)});
    m_order.append(id);
    emit hostAdded(id, index);
    if (m_running)
        s->start();
    return s;
}

bool Fleet::removeHost(const QString& id)
{
    const auto it = m_hosts.find(id);
    if (it == m_hosts.end())
        return false;
    const int index = indexOf(id);
    emit hostAboutToBeRemoved(id, index);
    it->second.session->disconnect(this);
    m_hosts.erase(it);
    m_order.removeAt(index);
    if (m_awaitingRound.remove(id) && m_awaitingRound.isEmpty())
        emit roundsFinished();
    emit hostRemoved(id);
    return true;
}

bool Fleet::updateHost(const QString& id, const QString& name, const boinc::RpcEndpoint& endpoint,
                       const std::optional<QString>& password)
{
    const auto it = m_hosts.find(id);
    if (it == m_hosts.end())
        return false;
    Member& m = it->second;
    m.name = name;
    if (password)
        m.session->setPassword(*password);
    if (endpoint.toString() != m.session->endpoint().toString())
        m.session->setEndpoint(endpoint);
    emit hostChanged(id, indexOf(id));
    return true;
}

HostSession* Fleet::session(const QString& id) const
{
    const auto it = m_hosts.find(id);
    return it == m_hosts.end() ? nullptr : it->second.session.get();
}

QString Fleet::name(const QString& id) const
{
    const auto it = m_hosts.find(id);
    return it == m_hosts.end() ? QString() : it->second.name;
}

HostSummary Fleet::summary(const QString& id) const
{
    const auto it = m_hosts.find(id);
    if (it == m_hosts.end())
        return {};
    const HostSession& s = *it->second.session;
    return HostSummary::from(id, it->second.name, s.endpoint().toString(), s.snapshot());
}

QList<HostSummary> Fleet::summaries() const
{
    QList<HostSummary> all;
    all.reserve(m_order.size());
    for (const QString& id : m_order)
        all.append(summary(id));
    return all;
}

void Fleet::setReplyTimeout(int milliseconds)
{
    m_replyTimeoutMs = milliseconds;
    for (auto& [id, member] : m_hosts)
        member.session->setReplyTimeout(milliseconds);
}

void Fleet::setSchedule(const PollSchedule& schedule)
{
    m_schedule = schedule;
    for (auto& [id, member] : m_hosts)
        member.session->setSchedule(schedule);
}

void Fleet::start()
{
    m_running = true;
    for (auto& [id, member] : m_hosts)
        member.session->start();
}

void Fleet::stop()
{
    m_running = false;
    for (auto& [id, member] : m_hosts)
        member.session->stop();
}

void Fleet::refreshAllOnce()
{
    if (m_hosts.empty()) {
        emit roundsFinished();
        return;
    }
    for (const QString& id : std::as_const(m_order))
        m_awaitingRound.insert(id);
    for (auto& [id, member] : m_hosts)
        member.session->refreshOnce();
}

void Fleet::onSessionChanged(const QString& id)
{
    emit hostChanged(id, indexOf(id));
}

void Fleet::onRoundFinished(const QString& id)
{
    emit hostChanged(id, indexOf(id));
    if (m_awaitingRound.remove(id) && m_awaitingRound.isEmpty())
        emit roundsFinished();
}

} // namespace bdm::monitor
