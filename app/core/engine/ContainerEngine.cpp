#include "engine/ContainerEngine.h"

#include "engine/EngineCli.h"
#include "engine/EngineClient.h"

namespace bdm::engine {

std::unique_ptr<ContainerEngine> ContainerEngine::create(const EngineEndpoint& endpoint,
                                                         HttpTransport& transport, QObject* parent)
{
    if (endpoint.isHttp())
        return std::make_unique<EngineClient>(transport, endpoint, parent);
    return std::make_unique<EngineCli>(endpoint, parent);
}

} // namespace bdm::engine
