#include "engine/EndpointDiscovery.h"

#include "engine/ContainerEngine.h"
#include "engine/EngineCli.h"
#include "engine/EngineClient.h"
#include "engine/SocketAdvice.h"

#include <QFile>
#include <QPointer>
#include <cerrno>
#include <sys/stat.h>

namespace bdm::engine {
namespace {

using Outcome = EndpointCandidate::Outcome;

Outcome outcomeFor(const EngineError& error, const EngineEndpoint& endpoint)
{
    switch (error.kind) {
    case EngineError::PermissionDenied:
        return Outcome::PermissionDenied;
    case EngineError::Timeout:
        return Outcome::Timeout;
    case EngineError::Protocol:
    case EngineError::Http:
        return Outcome::NotAnEngine;
    case EngineError::Unreachable:
        // A CLI that cannot even start is not installed; the socket file was seen to exist.
        if (endpoint.kind == EngineEndpoint::Kind::Cli &&
            error.message.startsWith(QLatin1String("cannot run")))
            return Outcome::Missing;
        return Outcome::Refused;
    case EngineError::None:
    case EngineError::Cancelled:
        break;
    }
    return Outcome::Failed;
}

// "Docker/20.10.24+dfsg1 (linux)" or "Libpod/4.3.1 (linux)" -> the version.
QString versionFromServerHeader(const QString& server)
{
    return server.section(QLatin1Char('/'), 1).section(QLatin1Char(' '), 0, 0);
}

} // namespace

struct EndpointDiscovery::Round
{
    DiscoveryReport report;
    Handler handler;
    QPointer<const QObject> context;
    bool hasContext = false;
    int pending = 0;
    bool cliPhase = false;
};

EndpointDiscovery::EndpointDiscovery(HttpTransport& transport, DiscoveryEnvironment environment,
                                     QObject* parent)
    : QObject(parent), m_transport(transport), m_env(std::move(environment))
{}

void EndpointDiscovery::discover(const QObject* context, Handler handler)
{
    auto round = std::make_shared<Round>();
    round->report.candidates = candidatesFor(m_env);
    round->handler = std::move(handler);
    round->context = context;
    round->hasContext = context != nullptr;
    round->pending = 1; // held until every probe has been started
    for (int i = 0; i < round->report.candidates.size(); ++i) {
        const EndpointCandidate& c = round->report.candidates.at(i);
        if (c.outcome == Outcome::NotTried && c.endpoint.kind != EngineEndpoint::Kind::Cli)
            probe(round, i);
    }
    probed(round);
}

void EndpointDiscovery::probe(const std::shared_ptr<Round>& round, int index)
{
    EndpointCandidate& c = round->report.candidates[index];
    if (c.endpoint.kind == EngineEndpoint::Kind::NamedPipe) {
        // libcurl cannot open a pipe; the docker CLI can, so it is read through that.
        if (m_env.os != DiscoveryEnvironment::Os::Windows) {
            c.outcome = Outcome::Unsupported;
            c.detail = tr("named pipes exist on Windows only");
            return;
        }
        if (m_env.findProgram(QStringLiteral("docker")).isEmpty()) {
            c.outcome = Outcome::Missing;
            c.detail = tr("the docker CLI, through which named pipes are read, is not installed");
            return;
        }
    }
    if (c.endpoint.kind == EngineEndpoint::Kind::Unix) {
        // stat() first: it tells a missing socket from an unreadable directory (another
        // user's /run/user/N) before any connect.
        struct stat st = {};
        if (::stat(QFile::encodeName(c.endpoint.path).constData(), &st) != 0) {
            const int err = errno;
            c.outcome = err == EACCES ? Outcome::PermissionDenied : Outcome::Missing;
            c.detail = err == EACCES ? tr("permission denied on the way to %1").arg(c.endpoint.path)
                                     : tr("%1 does not exist").arg(c.endpoint.path);
            return;
        }
        if (!S_ISSOCK(st.st_mode)) {
            c.outcome = Outcome::NotAnEngine;
            c.detail = tr("%1 is not a socket").arg(c.endpoint.path);
            return;
        }
    }
    probeEngine(round, index);
}

void EndpointDiscovery::probeEngine(const std::shared_ptr<Round>& round, int index)
{
    ++round->pending;
    const EngineEndpoint endpoint = round->report.candidates.at(index).endpoint;
    ContainerEngine* engine = ContainerEngine::create(endpoint, m_transport, this).release();
    if (auto* client = qobject_cast<EngineClient*>(engine))
        client->setTimeout(m_probeTimeoutMs);
    if (auto* cli = qobject_cast<EngineCli*>(engine)) {
        cli->setTimeout(m_probeTimeoutMs * 3); // a CLI starts a process (and WSL a VM) first
        cli->setEnvironment(m_processEnvironment);
    }
    engine->ping(this, [this, round, index, engine, endpoint](const EngineResult<PingReply>& ping) {
        EndpointCandidate& c = round->report.candidates[index];
        if (!ping.ok()) {
            c.outcome = outcomeFor(ping.error, endpoint);
            c.detail = ping.error.message;
            engine->deleteLater();
            probed(round);
            return;
        }
        c.outcome = Outcome::Ok;
        c.type = ping.value.type;
        c.apiVersion = ping.value.apiVersion;
        c.serverVersion = versionFromServerHeader(ping.value.server);
        ContainerFilter boinc;
        boinc.namePrefix = ContainerFilter::boincPrefix();
        engine->listContainers(
            boinc, this, [this, round, index, engine](const EngineResult<QList<ContainerSummary>>& list) {
                EndpointCandidate& candidate = round->report.candidates[index];
                candidate.boincContainers = list.ok() ? static_cast<int>(list.value.size()) : -1;
                engine->deleteLater();
                probed(round);
            });
    });
}

void EndpointDiscovery::probed(const std::shared_ptr<Round>& round)
{
    if (--round->pending > 0)
        return;
    QList<EndpointCandidate>& all = round->report.candidates;
    const bool anyOk = std::any_of(all.cbegin(), all.cend(),
                                   [](const EndpointCandidate& c) { return c.outcome == Outcome::Ok; });
    const bool boincFound = std::any_of(all.cbegin(), all.cend(), [](const EndpointCandidate& c) {
        return c.outcome == Outcome::Ok && c.boincContainers > 0;
    });
    // CLIs cost a process each: only when no socket answered, or on Windows (where BOINC's
    // containers are inside WSL) when no socket holds them.
    const bool wantCli = !anyOk || (m_env.os == DiscoveryEnvironment::Os::Windows && !boincFound);
    if (!round->cliPhase && wantCli) {
        round->cliPhase = true;
        round->pending = 1;
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).outcome == Outcome::NotTried &&
                all.at(i).endpoint.kind == EngineEndpoint::Kind::Cli)
                probeEngine(round, i);
        }
        probed(round);
        return;
    }
    finish(round);
}

void EndpointDiscovery::finish(const std::shared_ptr<Round>& round)
{
    DiscoveryReport& report = round->report;
    for (EndpointCandidate& c : report.candidates)
        c.advice = SocketAdvice::forCandidate(c, m_env);
    report.chosen = choose(report.candidates, m_env.preferredType);
    // Queued: when nothing needed probing, this would otherwise run inside discover().
    QMetaObject::invokeMethod(
        this,
        [round] {
            if (!round->hasContext || round->context)
                round->handler(round->report);
        },
        Qt::QueuedConnection);
}

} // namespace bdm::engine
