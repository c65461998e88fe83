#include "engine/EngineClient.h"

#include "engine/EngineParsers.h"

#include <QRegularExpression>
#include <QUrl>
#include <nlohmann/json.hpp>

namespace bdm::engine {

EngineClient::EngineClient(HttpTransport& transport, EngineEndpoint endpoint, QObject* parent)
    : ContainerEngine(parent), m_transport(transport), m_endpoint(std::move(endpoint))
{}

EngineClient::~EngineClient()
{
    const std::set<RequestId> left = std::move(m_inFlight);
    for (const RequestId id : left)
        m_transport.cancel(id);
}

QByteArray EngineClient::target(const QByteArray& pathAndQuery) const
{
    if (m_apiVersion.isEmpty())
        return pathAndQuery;
    return "/v" + m_apiVersion.toLatin1() + pathAndQuery;
}

QByteArray EngineClient::pathSegment(const QString& idOrName)
{
    // Image names keep their '/' and ':' (the engine's router expects them as they are).
    return QUrl::toPercentEncoding(idOrName, "/:@");
}

RequestId EngineClient::request(HttpRequest req, const QObject* context,
                                std::function<void(const QByteArray&)> onChunk,
                                std::function<void(const EngineError&, const HttpResponse&)> done,
                                std::function<void(qint64)> onProgress)
{
    req.endpoint = m_endpoint;
    req.stream = static_cast<bool>(onChunk);
    // The transport delivers to this client (so nothing arrives after it is gone); the
    // caller's context is checked here, on the same thread.
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto alive = [guard, hasContext] {
        return !hasContext || !guard.isNull();
    };
    auto id = std::make_shared<RequestId>(0);
    HttpCallbacks callbacks;
    if (onChunk) {
        callbacks.onChunk = [alive, onChunk = std::move(onChunk)](const QByteArray& chunk) {
            if (alive())
                onChunk(chunk);
        };
    }
    if (onProgress) {
        callbacks.onProgress = [alive, onProgress = std::move(onProgress)](qint64 bytes) {
            if (alive())
                onProgress(bytes);
        };
    }
    callbacks.onDone = [this, alive, id, done = std::move(done)](const EngineError& error,
                                                                 const HttpResponse& response) {
        m_inFlight.erase(*id);
        if (!alive())
            return;
        if (error.kind == EngineError::Http) {
            const QString message = parse::errorMessage(response.body);
            done(EngineError::make(EngineError::Http, message.isEmpty() ? error.message : message,
                                   error.httpStatus),
                 response);
            return;
        }
        done(error, response);
    };
    *id = m_transport.send(std::move(req), this, std::move(callbacks));
    m_inFlight.insert(*id);
    return *id;
}

template <class T>
void EngineClient::get(const QByteArray& path, const QObject* context, Handler<T> handler,
                       EngineResult<T> (*parse)(QByteArrayView))
{
    HttpRequest req;
    req.target = target(path);
    req.timeoutMs = m_timeoutMs;
    request(std::move(req), context, {},
            [handler = std::move(handler), parse](const EngineError& error, const HttpResponse& response) {
                handler(error.ok() ? parse(response.body) : EngineResult<T>{error, T{}});
            });
}

void EngineClient::ping(const QObject* context, Handler<PingReply> handler)
{
    HttpRequest req;
    req.target = "/_ping"; // unversioned: it must work before negotiation
    req.timeoutMs = m_timeoutMs;
    request(std::move(req), context, {},
            [this, handler = std::move(handler)](const EngineError& error, const HttpResponse& r) {
                if (!error.ok()) {
                    handler({error, {}});
                } else if (r.body.trimmed() != "OK") {
                    handler({EngineError::make(EngineError::Protocol, tr("/_ping did not answer OK")), {}});
                } else {
                    const PingReply reply = parse::ping(r);
                    setEngineType(reply.type);
                    handler({{}, reply});
                }
            });
}

void EngineClient::version(const QObject* context, Handler<EngineVersion> handler)
{
    HttpRequest req;
    req.target = "/version";
    req.timeoutMs = m_timeoutMs;
    request(std::move(req), context, {},
            [this, handler = std::move(handler)](const EngineError& error, const HttpResponse& r) {
                EngineResult<EngineVersion> result =
                    error.ok() ? parse::version(r.body) : EngineResult<EngineVersion>{error, {}};
                if (result.ok())
                    setEngineType(result.value.type);
                if (result.ok() && !result.value.apiVersion.isEmpty()) {
                    const QString ours = QString::fromLatin1(maxApiVersion);
                    m_apiVersion = compareApiVersions(result.value.apiVersion, ours) < 0
                                       ? result.value.apiVersion
                                       : ours;
                }
                handler(result);
            });
}

void EngineClient::info(const QObject* context, Handler<EngineInfo> handler)
{
    get<EngineInfo>("/info", context, std::move(handler), &parse::info);
}

void EngineClient::listContainers(const ContainerFilter& filter, const QObject* context,
                                  Handler<QList<ContainerSummary>> handler)
{
    QByteArray path = "/containers/json?all=" + QByteArray(filter.all ? "1" : "0");
    if (!filter.namePrefix.isEmpty()) {
        // The engine matches `name` as a regular expression against "/name" and "name".
        const QString pattern = QStringLiteral("^/?") + QRegularExpression::escape(filter.namePrefix);
        nlohmann::json filters = nlohmann::json::object();
        filters["name"] = nlohmann::json::array({pattern.toStdString()});
        path += "&filters=" + QByteArray::fromStdString(filters.dump()).toPercentEncoding();
    }
    get<QList<ContainerSummary>>(path, context, std::move(handler), &parse::containers);
}

void EngineClient::inspectContainer(const QString& idOrName, const QObject* context,
                                    Handler<ContainerDetails> handler)
{
    get<ContainerDetails>("/containers/" + pathSegment(idOrName) + "/json", context, std::move(handler),
                          &parse::containerDetails);
}

void EngineClient::containerStats(const QString& idOrName, StatsMode mode, const QObject* context,
                                  Handler<StatsSample> handler)
{
    // one-shot (API 1.41+) skips the engine's priming read: the reply comes at once, and the
    // caller computes CPU % against its previous reading (StatsMath::apply).
    const QByteArray query = mode == StatsMode::OneShot ? "?stream=false&one-shot=true" : "?stream=false";
    get<StatsSample>("/containers/" + pathSegment(idOrName) + "/stats" + query, context, std::move(handler),
                     &parse::stats);
}

void EngineClient::listImages(const QObject* context, Handler<QList<ImageSummary>> handler)
{
    get<QList<ImageSummary>>("/images/json", context, std::move(handler), &parse::images);
}

void EngineClient::cancel(RequestId id)
{
    if (m_inFlight.count(id))
        m_transport.cancel(id);
}

} // namespace bdm::engine
