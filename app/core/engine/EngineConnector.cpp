#include "engine/EngineConnector.h"

#include "engine/EngineCli.h"
#include "engine/EngineClient.h"

#include <QPointer>

namespace bdm::engine {

EngineConnector::EngineConnector(HttpTransport& transport, DiscoveryEnvironment environment, QObject* parent)
    : QObject(parent), m_transport(transport), m_env(std::move(environment))
{}

void EngineConnector::connectToEngine(const QObject* context, Handler handler)
{
    auto* discovery = new EndpointDiscovery(m_transport, m_env, this);
    discovery->setProbeTimeout(std::min(m_timeoutMs, EndpointDiscovery::defaultProbeTimeoutMs * 2));
    discovery->setProcessEnvironment(m_processEnvironment);
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    discovery->discover(this, [this, discovery, guard, hasContext,
                               handler = std::move(handler)](const DiscoveryReport& report) {
        discovery->deleteLater();
        if (hasContext && !guard)
            return;
        auto connection = std::make_shared<Connection>();
        connection->report = report;
        const EndpointCandidate* chosen = report.chosenCandidate();
        if (!chosen) {
            // The kind of the most telling failure, so callers can word it (permission first).
            EngineError::Kind kind = EngineError::Unreachable;
            for (const EndpointCandidate& c : report.candidates) {
                if (c.outcome == EndpointCandidate::Outcome::PermissionDenied)
                    kind = EngineError::PermissionDenied;
            }
            connection->error = EngineError::make(kind, tr("no container engine answered"));
            handler(connection);
            return;
        }
        connection->engine = ContainerEngine::create(chosen->endpoint, m_transport);
        if (auto* client = qobject_cast<EngineClient*>(connection->engine.get()))
            client->setTimeout(m_timeoutMs);
        if (auto* cli = qobject_cast<EngineCli*>(connection->engine.get())) {
            cli->setTimeout(m_timeoutMs);
            cli->setEnvironment(m_processEnvironment);
        }
        ContainerEngine* engine = connection->engine.get();
        engine->version(this,
                        [connection, guard, hasContext, handler](const EngineResult<EngineVersion>& version) {
                            if (hasContext && !guard)
                                return;
                            connection->version = version.value;
                            connection->error = version.error;
                            if (!version.ok())
                                connection->engine.reset();
                            handler(connection);
                        });
    });
}

QString EngineConnector::failureText(const Connection& c)
{
    if (const EndpointCandidate* chosen = c.report.chosenCandidate())
        return tr("%1 (%2) answered /_ping but then: %3")
            .arg(chosen->endpoint.toString(), chosen->source, c.error.message);
    QString text = tr("no container engine could be reached. Tried:");
    for (const EndpointCandidate& candidate : c.report.candidates) {
        text += QStringLiteral("\n  %1: %2 (%3)")
                    .arg(EndpointCandidate::outcomeName(candidate.outcome), candidate.endpoint.toString(),
                         candidate.source);
        if (!candidate.detail.isEmpty())
            text += QStringLiteral(": ") + candidate.detail;
    }
    const QString advice = c.report.advice();
    if (!advice.isEmpty())
        text += QStringLiteral("\n") + advice;
    return text;
}

} // namespace bdm::engine
