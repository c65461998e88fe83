#pragma once

#include "engine/ContainerEngine.h"

#include <QPointer>
#include <set>

namespace bdm::engine {

// The Docker Engine API (which Podman serves too) over an HttpTransport: typed calls, the
// engine's error messages, API version negotiation. After version() every path carries the
// negotiated version (/v1.41/...), the lower of the engine's and ours, as the docker CLI does.
class EngineClient final : public ContainerEngine
{
    Q_OBJECT

public:
    // Newest API whose replies we know; newer engines answer in this dialect.
    static constexpr const char* maxApiVersion = "1.51";

    EngineClient(HttpTransport& transport, EngineEndpoint endpoint, QObject* parent = nullptr);
    ~EngineClient() override; // cancels what is still running (streams above all)

    EngineEndpoint endpoint() const override { return m_endpoint; }
    QString apiVersion() const { return m_apiVersion; }
    void setApiVersion(const QString& version) { m_apiVersion = version; }
    // Per-request limit of the non-streaming calls.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void ping(const QObject* context, Handler<PingReply> handler) override;
    void version(const QObject* context, Handler<EngineVersion> handler) override;
    void info(const QObject* context, Handler<EngineInfo> handler) override;
    void listContainers(const ContainerFilter& filter, const QObject* context,
                        Handler<QList<ContainerSummary>> handler) override;
    void inspectContainer(const QString& idOrName, const QObject* context,
                          Handler<ContainerDetails> handler) override;
    void containerStats(const QString& idOrName, StatsMode mode, const QObject* context,
                        Handler<StatsSample> handler) override;
    RequestId streamStats(const QString& idOrName, const QObject* context, SampleHandler onSample,
                          Done done) override;
    RequestId logs(const QString& idOrName, const LogOptions& options, const QObject* context,
                   FrameHandler onFrame, Done done) override;
    RequestId events(const EventQuery& query, const QObject* context, EventHandler onEvent,
                     Done done) override;
    void listImages(const QObject* context, Handler<QList<ImageSummary>> handler) override;
    RequestId exportImage(const QString& name, const QString& filePath, const QObject* context,
                          ProgressHandler onProgress, Done done) override;
    void cancel(RequestId id) override;

    // Request targets, public for tests: the versioned path of an API call.
    QByteArray target(const QByteArray& pathAndQuery) const;
    static QByteArray pathSegment(const QString& idOrName);

private:
    // Runs one request; `onChunk` makes it a stream. `done` gets the engine's own message for
    // HTTP errors. Nothing runs once `context` (when given) or this client is gone.
    RequestId request(HttpRequest request, const QObject* context,
                      std::function<void(const QByteArray&)> onChunk,
                      std::function<void(const EngineError&, const HttpResponse&)> done,
                      std::function<void(qint64)> onProgress = {});
    template <class T>
    void get(const QByteArray& target, const QObject* context, Handler<T> handler,
             EngineResult<T> (*parse)(QByteArrayView));

    HttpTransport& m_transport;
    EngineEndpoint m_endpoint;
    QString m_apiVersion;
    int m_timeoutMs = HttpRequest::defaultTimeoutMs;
    std::set<RequestId> m_inFlight;
};

} // namespace bdm::engine
