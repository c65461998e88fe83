#include "readiness/PlanClassLoader.h"

#include "engine/DeliveryRelay.h"
#include "engine/HttpTransport.h"
#include "readiness/ReadinessTr.h"

#include <QFile>
#include <QThreadPool>
#include <QUrl>

namespace bdm::readiness {

struct PlanClassLoader::State
{
    State(QString src, engine::HttpTransport& t) : source(std::move(src)), transport(t) {}

    QString source;
    engine::HttpTransport& transport;
    qint64 maxBytes = defaultMaxBytes;
    int timeoutMs = defaultTimeoutMs;
    const QObject* context = nullptr;
    Callback done;
    engine::RequestId request = 0;
    bool active = false;
    int redirects = 0;

    void finish(const PlanClassSpecFile& file)
    {
        if (!active)
            return;
        active = false;
        const Callback cb = std::move(done);
        cb(file);
    }
    void fail(const QString& error)
    {
        PlanClassSpecFile f;
        f.source = source;
        f.error = error;
        finish(f);
    }
};

namespace {

using StatePtr = std::shared_ptr<PlanClassLoader::State>;

// Runs on a pool thread: a file on a slow or hung mount must not stall the caller.
void readFile(const QString& path, qint64 maxBytes, engine::DeliveryRelay* relay)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        relay->postDone(
            engine::EngineError::make(engine::EngineError::Unreachable,
                                      Readiness::tr("cannot open %1: %2").arg(path, f.errorString())),
            {});
        return;
    }
    engine::HttpResponse r;
    r.body = f.read(maxBytes + 1);
    r.bodyBytes = r.body.size();
    if (r.bodyBytes > maxBytes) {
        relay->postDone(
            engine::EngineError::make(engine::EngineError::Protocol,
                                      Readiness::tr("%1 is larger than %2 bytes").arg(path).arg(maxBytes)),
            {});
        return;
    }
    relay->postDone({}, r);
}

void fetch(const StatePtr& state, const QUrl& url);

void onHttpDone(const std::weak_ptr<PlanClassLoader::State>& weak, const QUrl& url,
                const engine::EngineError& e, const engine::HttpResponse& r)
{
    const StatePtr s = weak.lock();
    if (!s || !s->active)
        return;
    s->request = 0;
    const QString where = url.toDisplayString();
    if (e.kind == engine::EngineError::Timeout)
        return s->fail(Readiness::tr("%1 did not answer within %2 s").arg(where).arg(s->timeoutMs / 1000.0));
    if (e.kind == engine::EngineError::Http)
        return s->fail(Readiness::tr("%1 answered HTTP %2").arg(where).arg(e.httpStatus));
    if (!e.ok() && r.bodyBytes > s->maxBytes)
        return s->fail(Readiness::tr("%1 is larger than %2 bytes").arg(where).arg(s->maxBytes));
    if (!e.ok())
        return s->fail(Readiness::tr("cannot fetch %1: %2").arg(where, e.message));
    if (r.status >= 300 && r.status < 400) {
        const QByteArray location = r.header("Location");
        if (location.isEmpty())
            return s->fail(Readiness::tr("%1 answered HTTP %2 without a Location").arg(where).arg(r.status));
        if (++s->redirects > PlanClassLoader::maxRedirects)
            return s->fail(Readiness::tr("%1: too many redirects").arg(s->source));
        return fetch(s, url.resolved(QUrl::fromEncoded(location)));
    }
    if (r.body.trimmed().isEmpty())
        return s->fail(Readiness::tr("%1 returned an empty document (HTTP %2)").arg(where).arg(r.status));
    s->finish(PlanClassSpecFile::parse(r.body, s->source));
}

void fetch(const StatePtr& state, const QUrl& url)
{
    const bool tls = url.scheme() == QLatin1String("https");
    if ((!tls && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
        return state->fail(Readiness::tr("%1 is not an http(s) URL").arg(url.toDisplayString()));
    engine::HttpRequest req;
    req.endpoint.kind = engine::EngineEndpoint::Kind::Tcp;
    req.endpoint.host = url.host();
    req.endpoint.tls = tls;
    req.endpoint.port = static_cast<quint16>(url.port(tls ? 443 : 80));
    req.target = url.path(QUrl::FullyEncoded).toLatin1();
    if (req.target.isEmpty())
        req.target = "/";
    if (url.hasQuery())
        req.target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    req.timeoutMs = state->timeoutMs;
    req.connectTimeoutMs = std::min(state->timeoutMs, engine::HttpRequest::defaultConnectTimeoutMs);
    req.maxBodyBytes = state->maxBytes;
    engine::HttpCallbacks cb;
    cb.onDone = [weak = std::weak_ptr(state), url](const engine::EngineError& e,
                                                   const engine::HttpResponse& r) {
        onHttpDone(weak, url, e, r);
    };
    state->request = state->transport.send(std::move(req), state->context, std::move(cb));
}

} // namespace

PlanClassLoader::PlanClassLoader(QString fileOrUrl, engine::HttpTransport& transport)
    : d(std::make_shared<State>(std::move(fileOrUrl), transport))
{}

PlanClassLoader::~PlanClassLoader()
{
    if (d->active && d->request)
        d->transport.cancel(d->request);
    d->active = false;
}

void PlanClassLoader::setMaxBytes(qint64 bytes)
{
    d->maxBytes = bytes;
}

void PlanClassLoader::setTimeoutMs(int ms)
{
    d->timeoutMs = ms;
}

bool PlanClassLoader::isUrl(const QString& fileOrUrl)
{
    return fileOrUrl.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           fileOrUrl.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

void PlanClassLoader::start(const QObject* context, Callback done)
{
    d->context = context;
    d->done = std::move(done);
    d->active = true;
    d->redirects = 0;
    if (isUrl(d->source))
        return fetch(d, QUrl(d->source));
    const QString path =
        d->source.startsWith(QLatin1String("file:")) ? QUrl(d->source).toLocalFile() : d->source;
    engine::HttpCallbacks cb;
    cb.onDone = [weak = std::weak_ptr(d)](const engine::EngineError& e, const engine::HttpResponse& r) {
        const StatePtr s = weak.lock();
        if (!s)
            return;
        if (!e.ok())
            return s->fail(e.message);
        s->finish(PlanClassSpecFile::parse(r.body, s->source));
    };
    auto* relay = new engine::DeliveryRelay(context, std::move(cb));
    QThreadPool::globalInstance()->start([path, max = d->maxBytes, relay] { readFile(path, max, relay); });
}

} // namespace bdm::readiness
