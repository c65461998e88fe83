#pragma once

#include "engine/EngineEndpoint.h"
#include "engine/EngineError.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <functional>

class QObject;

namespace bdm::engine {

using RequestId = quint64;

struct HttpRequest
{
    static constexpr int defaultTimeoutMs = 30000;
    static constexpr int defaultConnectTimeoutMs = 5000;
    static constexpr qint64 defaultMaxBodyBytes = qint64(256) * 1024 * 1024;

    EngineEndpoint endpoint;
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray target; // path and query: /v1.41/containers/json?all=1
    QByteArray body;
    QByteArray contentType;
    int timeoutMs = defaultTimeoutMs; // the whole transfer; 0: none (streams)
    int connectTimeoutMs = defaultConnectTimeoutMs;
    // Body bytes go to HttpCallbacks::onChunk as they arrive instead of into the response.
    bool stream = false;
    // Body bytes are written to this file by the transport (never through the caller's
    // thread); it appears under its name only when the transfer succeeded.
    QString outputFile;
    qint64 maxBodyBytes = defaultMaxBodyBytes; // kept in memory; beyond it the peer is broken
};

struct HttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // whole body; for streams and files only an error status's body
    qint64 bodyBytes = 0;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// Everything is called on the thread of the context given to send(), and not at all once
// that context is destroyed. onDone comes last and exactly once (unless the context died).
struct HttpCallbacks
{
    std::function<void(const QByteArray& chunk)> onChunk;
    std::function<void(qint64 bytesWritten)> onProgress;
    // HTTP statuses >= 400 arrive as EngineError::Http with the status; the engine's own
    // message is in the response body.
    std::function<void(const EngineError& error, const HttpResponse& response)> onDone;
};

// The HTTP side of the engine client: CurlWorker for real, a recording fake in tests.
class HttpTransport
{
public:
    virtual ~HttpTransport() = default;
    virtual RequestId send(HttpRequest request, const QObject* context, HttpCallbacks callbacks) = 0;
    // The request ends with EngineError::Cancelled (delivered like any other completion).
    // Unknown or finished ids are ignored.
    virtual void cancel(RequestId id) = 0;
};

} // namespace bdm::engine
