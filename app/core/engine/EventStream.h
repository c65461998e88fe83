#pragma once

#include "engine/ContainerEngine.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace bdm::engine {

// One long-lived /events request that survives the engine going away: on a drop it retries
// with growing delays and resumes from the last event seen (`since`), so events that happened
// meanwhile are replayed; the one at the cursor is not delivered twice.
class EventStream : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Connecting,
        Streaming,
        Waiting
    };
    Q_ENUM(State)

    static constexpr int firstRetryMs = 500;
    static constexpr int maxRetryMs = 30000;

    explicit EventStream(ContainerEngine& engine, QObject* parent = nullptr);
    ~EventStream() override;

    void setTypes(const QStringList& types) { m_types = types; }
    // From sinceNano (0: from now). A running stream is restarted.
    void start(qint64 sinceNano = 0);
    void stop();

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    qint64 cursor() const { return m_cursor; }

signals:
    void eventReceived(const bdm::engine::EngineEvent& event);
    void stateChanged(bdm::engine::EventStream::State state, const QString& detail);
    // The stream is back after a drop: anything listed before may be stale.
    void resumed();

private:
    void open();
    void onEvent(const EngineEvent& event);
    void onEnded(const EngineError& error);
    void scheduleRetry(const QString& why);
    void setState(State state, const QString& detail = {});

    ContainerEngine& m_engine;
    QStringList m_types{QStringLiteral("container")};
    State m_state = State::Stopped;
    QString m_lastError;
    RequestId m_request = 0;
    quint64 m_generation = 0; // answers of an abandoned attempt are ignored
    qint64 m_cursor = 0;
    bool m_cursorFromEngine = false;
    QSet<QString> m_atCursor; // events already delivered whose time equals the cursor
    bool m_hadDrop = false;
    int m_retryMs = firstRetryMs;
    QTimer m_retryTimer;
};

} // namespace bdm::engine
