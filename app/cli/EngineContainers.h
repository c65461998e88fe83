#pragma once

#include "engine/ContainerSnapshot.h"
#include "engine/CurlWorker.h"
#include "engine/DiscoveryEnvironment.h"
#include "engine/EngineConnector.h"

#include <QObject>
#include <functional>
#include <memory>

namespace bdm::cli {

// The containers of the engine BOINC uses, for commands whose subject is something else (the
// tasks): finding no engine is an outcome, not an error. Keeps the transport, the connection
// and the snapshot alive until the handler has run.
class EngineContainers
{
public:
    struct Outcome
    {
        bool found = false; // an engine answered and listed its containers
        QString why;        // otherwise, why not
        QList<engine::ContainerSnapshot::Entry> entries;
    };

    EngineContainers(const engine::DiscoveryEnvironment& environment, int timeoutMs);
    ~EngineContainers();

    void take(const engine::ContainerFilter& filter, std::function<void(const Outcome&)> done);

private:
    engine::CurlWorker m_transport;
    engine::EngineConnector m_connector;
    std::shared_ptr<engine::EngineConnector::Connection> m_connection;
    std::unique_ptr<engine::ContainerSnapshot> m_snapshot; // declared after the connection: goes first
    QObject m_guard;
};

} // namespace bdm::cli
