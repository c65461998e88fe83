#pragma once

#include "engine/ContainerEngine.h"
#include "engine/EndpointDiscovery.h"

#include <QObject>
#include <QProcessEnvironment>
#include <memory>

namespace bdm::engine {

// Discovery, then the engine it chose, then /version (which settles the API version): what
// every user of the engine does first. The CLI's engine commands and the GUI share it.
class EngineConnector : public QObject
{
    Q_OBJECT

public:
    struct Connection
    {
        DiscoveryReport report;
        std::unique_ptr<ContainerEngine> engine; // set when an engine answered /version
        EngineVersion version;
        EngineError error; // why there is no engine: the chosen one failed, or none answered
    };
    // Shared: the handler keeps the connection (and its engine) alive as long as it needs.
    using Handler = std::function<void(const std::shared_ptr<Connection>& connection)>;

    EngineConnector(HttpTransport& transport, DiscoveryEnvironment environment, QObject* parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setProcessEnvironment(const QProcessEnvironment& environment) { m_processEnvironment = environment; }

    // The handler gets the connection (and may take its engine); not called once `context`
    // is gone.
    void connectToEngine(const QObject* context, Handler handler);
    // Why there is no engine, with what to do about it, in a few lines for a terminal.
    static QString failureText(const Connection& connection);

private:
    HttpTransport& m_transport;
    DiscoveryEnvironment m_env;
    QProcessEnvironment m_processEnvironment;
    int m_timeoutMs = HttpRequest::defaultTimeoutMs;
};

} // namespace bdm::engine
