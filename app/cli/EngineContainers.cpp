#include "EngineContainers.h"

namespace bdm::cli {

EngineContainers::EngineContainers(const engine::DiscoveryEnvironment& environment, int timeoutMs)
    : m_connector(m_transport, environment)
{
    m_connector.setTimeout(timeoutMs);
}

EngineContainers::~EngineContainers() = default;

void EngineContainers::take(const engine::ContainerFilter& filter, std::function<void(const Outcome&)> done)
{
    m_connector.connectToEngine(
        &m_guard, [this, filter, done = std::move(done)](
                      const std::shared_ptr<engine::EngineConnector::Connection>& connection) {
            m_connection = connection;
            if (!connection->engine) {
                done(Outcome{false, engine::EngineConnector::failureText(*connection), {}});
                return;
            }
            m_snapshot = std::make_unique<engine::ContainerSnapshot>(*connection->engine);
            m_snapshot->take(
                filter, &m_guard,
                [done](const engine::EngineResult<QList<engine::ContainerSnapshot::Entry>>& entries) {
                    if (!entries.ok())
                        done(Outcome{false, entries.error.message, {}});
                    else
                        done(Outcome{true, {}, entries.value});
                });
        });
}

} // namespace bdm::cli
