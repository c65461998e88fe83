#pragma once

#include "engine/HttpTransport.h"

#include <QObject>
#include <QPointer>

namespace bdm::engine {

// Lives on the thread that sent a request and receives that request's results there. A
// worker thread never touches the caller's context object (it may be dying as we speak);
// it only posts to the relay, which outlives every post: the final one deletes it.
class DeliveryRelay final : public QObject
{
public:
    DeliveryRelay(const QObject* context, HttpCallbacks callbacks)
        : m_context(context), m_hasContext(context != nullptr), m_callbacks(std::move(callbacks))
    {}

    // Callable from any thread.
    void postChunk(QByteArray chunk)
    {
        QMetaObject::invokeMethod(
            this, [this, chunk = std::move(chunk)] { chunkArrived(chunk); }, Qt::QueuedConnection);
    }
    void postProgress(qint64 bytes)
    {
        QMetaObject::invokeMethod(
            this, [this, bytes] { progressMade(bytes); }, Qt::QueuedConnection);
    }
    // The last post: the relay is gone after it has run.
    void postDone(EngineError error, HttpResponse response)
    {
        QMetaObject::invokeMethod(
            this,
            [this, error = std::move(error), response = std::move(response)] { finished(error, response); },
            Qt::QueuedConnection);
    }

private:
    bool contextAlive() const { return !m_hasContext || !m_context.isNull(); }
    void chunkArrived(const QByteArray& chunk)
    {
        if (!m_done && contextAlive() && m_callbacks.onChunk)
            m_callbacks.onChunk(chunk);
    }
    void progressMade(qint64 bytes)
    {
        if (!m_done && contextAlive() && m_callbacks.onProgress)
            m_callbacks.onProgress(bytes);
    }
    void finished(const EngineError& error, const HttpResponse& response)
    {
        m_done = true;
        // Moved out first: the handler may destroy what the callbacks captured.
        const HttpCallbacks callbacks = std::move(m_callbacks);
        deleteLater();
        if (contextAlive() && callbacks.onDone)
            callbacks.onDone(error, response);
    }

    QPointer<const QObject> m_context;
    bool m_hasContext;
    HttpCallbacks m_callbacks;
    bool m_done = false;
};

} // namespace bdm::engine
