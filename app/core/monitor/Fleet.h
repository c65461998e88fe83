#pragma once

#include "boinc/RpcEndpoint.h"
#include "monitor/HostSession.h"
#include "monitor/HostSummary.h"
#include "monitor/PollSchedule.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>

namespace bdm::monitor {

// Many hosts, each its own HostSession, keyed by a stable id that survives renames and address
// changes (HostEntry::id). Rows keep the order hosts were added in; the about-to/done signal
// pairs let a table model bracket inserts and removals as QAbstractItemModel requires.
class Fleet : public QObject
{
    Q_OBJECT

public:
    explicit Fleet(QObject* parent = nullptr);
    ~Fleet() override;

    // Null when the id is taken. The session starts polling at once if the fleet is running.
    HostSession* addHost(const QString& id, const QString& name, const boinc::RpcEndpoint& endpoint,
                         const QString& password = {});
    bool removeHost(const QString& id);
    // A new endpoint resets what is known about the host; a password is only replaced if given.
    bool updateHost(const QString& id, const QString& name, const boinc::RpcEndpoint& endpoint,
                    const std::optional<QString>& password = std::nullopt);

    QStringList hostIds() const { return m_order; }
    int size() const { return int(m_order.size()); }
    int indexOf(const QString& id) const { return int(m_order.indexOf(id)); }
    HostSession* session(const QString& id) const;
    QString name(const QString& id) const;
    HostSummary summary(const QString& id) const;
    QList<HostSummary> summaries() const;

    // Applied to every session, present and future.
    void setReplyTimeout(int milliseconds);
    void setSchedule(const PollSchedule& schedule);
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // One round on every host at once (the CLI's way); roundsFinished() once all have ended.
    void refreshAllOnce();

signals:
    void hostAboutToBeAdded(int index);
    void hostAdded(const QString& id, int index);
    void hostAboutToBeRemoved(const QString& id, int index);
    void hostRemoved(const QString& id);
    // Anything in the host's summary may have changed (state, results, host info, a round).
    void hostChanged(const QString& id, int index);
    void hostStateChanged(const QString& id, bdm::boinc::ConnectionState state);
    void roundsFinished();

private:
    struct Member
    {
        QString name;
        std::unique_ptr<HostSession> session;
    };

    void onSessionChanged(const QString& id);
    void onRoundFinished(const QString& id);

    std::map<QString, Member> m_hosts;
    QStringList m_order;
    int m_replyTimeoutMs = HostSession::defaultReplyTimeoutMs;
    PollSchedule m_schedule;
    bool m_running = false;
    QSet<QString> m_awaitingRound; // hosts whose refreshAllOnce() round has not ended yet
};

} // namespace bdm::monitor
