#pragma once

#include "engine/EngineEndpoint.h"

#include <QString>
#include <optional>

namespace bdm::engine {

// The docker CLI's current context: DOCKER_CONTEXT, else `currentContext` of config.json, and
// the endpoint stored for it under contexts/meta/<sha256 of name>/meta.json (TLS files under
// contexts/tls/<same>/docker/). "default" (or none) means DOCKER_HOST or the default socket.
struct DockerContext
{
    QString name;
    std::optional<EngineEndpoint> endpoint;
    QString error; // why a named context could not be read

    bool isDefault() const { return name.isEmpty() || name == QLatin1String("default"); }

    static DockerContext current(const QString& configDir, const QString& contextOverride);
};

} // namespace bdm::engine
