#include "engine/EventStream.h"

#include <QDateTime>

namespace bdm::engine {
namespace {

QString eventKey(const EngineEvent& e)
{
    return e.type + QLatin1Char('/') + e.action + QLatin1Char('/') + e.id;
}

} // namespace

EventStream::EventStream(ContainerEngine& engine, QObject* parent) : QObject(parent), m_engine(engine)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EventStream::open);
}

EventStream::~EventStream()
{
    if (m_request)
        m_engine.cancel(m_request);
}

void EventStream::start(qint64 sinceNano)
{
    stop();
    // Without a cursor, "now" is the cursor: a reconnect then replays what it missed.
    m_cursor = sinceNano > 0 ? sinceNano : QDateTime::currentMSecsSinceEpoch() * 1000000;
    m_cursorFromEngine = sinceNano > 0;
    m_atCursor.clear();
    m_hadDrop = false;
    m_retryMs = firstRetryMs;
    open();
}

void EventStream::stop()
{
    m_retryTimer.stop();
    ++m_generation;
    if (m_request)
        m_engine.cancel(m_request);
    m_request = 0;
    setState(State::Stopped);
}

void EventStream::open()
{
    const quint64 generation = ++m_generation;
    setState(State::Connecting);
    // /events sends nothing until something happens; a ping first tells "connected" apart
    // from "quiet".
    m_engine.ping(this, [this, generation](const EngineResult<PingReply>& ping) {
        if (generation != m_generation)
            return;
        if (!ping.ok()) {
            scheduleRetry(ping.error.message);
            return;
        }
        EventQuery query;
        query.sinceNano = m_cursor;
        query.types = m_types;
        m_request = m_engine.events(
            query, this,
            [this, generation](const EngineEvent& e) {
                if (generation == m_generation)
                    onEvent(e);
            },
            [this, generation](const EngineError& error) {
                if (generation == m_generation)
                    onEnded(error);
            });
        m_retryMs = firstRetryMs;
        setState(State::Streaming);
        if (m_hadDrop) {
            m_hadDrop = false;
            emit resumed();
        }
    });
}

void EventStream::onEvent(const EngineEvent& e)
{
    // Only the engine's own timestamps are compared with its events: our clock may differ.
    if (m_cursorFromEngine && e.timeNano > 0 && e.timeNano < m_cursor)
        return; // replayed from before the cursor
    const QString key = eventKey(e);
    if (m_cursorFromEngine && e.timeNano == m_cursor && m_atCursor.contains(key))
        return; // replayed at the cursor itself (since is inclusive)
    if (e.timeNano > m_cursor || (!m_cursorFromEngine && e.timeNano > 0)) {
        m_cursorFromEngine = true;
        m_cursor = e.timeNano;
        m_atCursor.clear();
    }
    m_atCursor.insert(key);
    emit eventReceived(e);
}

void EventStream::onEnded(const EngineError& error)
{
    m_request = 0;
    if (error.kind == EngineError::Cancelled)
        return;
    // Even a clean end is a drop: /events without `until` only ends when the engine stops.
    scheduleRetry(error.ok() ? tr("the engine ended the event stream") : error.message);
}

void EventStream::scheduleRetry(const QString& why)
{
    m_lastError = why;
    m_hadDrop = true;
    setState(State::Waiting, why);
    m_retryTimer.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, maxRetryMs);
}

void EventStream::setState(State state, const QString& detail)
{
    if (state == m_state && detail.isEmpty())
        return;
    m_state = state;
    emit stateChanged(state, detail);
}

} // namespace bdm::engine
