#pragma once

#include "engine/DiscoveryEnvironment.h"
#include "engine/EndpointCandidate.h"

#include <QCoreApplication>

namespace bdm::engine {

// What to do when a candidate could not be used, as commands a user can paste: join group
// docker; enable lingering and the boinc user's podman.socket; restart a stopped service.
class SocketAdvice
{
    Q_DECLARE_TR_FUNCTIONS(SocketAdvice)

public:
    static QString forCandidate(const EndpointCandidate& candidate, const DiscoveryEnvironment& environment);

private:
    static QString permission(const EndpointCandidate& c, const DiscoveryEnvironment& env,
                              const QString& path);
    static QString missing(const EndpointCandidate& c, const DiscoveryEnvironment& env, const QString& path);
    static QString refused(const EndpointCandidate& c, const DiscoveryEnvironment& env, const QString& path);
    static QString boincPodmanSteps(const DiscoveryEnvironment& env, uint uid, bool needLinger);
};

} // namespace bdm::engine
