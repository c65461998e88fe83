#pragma once

#include "engine/DiscoveryEnvironment.h"
#include "engine/EndpointCandidate.h"
#include "engine/HttpTransport.h"

#include <QObject>
#include <QProcessEnvironment>
#include <functional>

namespace bdm::engine {

// Finds the engine BOINC uses. Candidates, in rank order: the --engine override (then the
// only one); BOINC's own Podman (the `boinc` user's rootless socket, then rootful Podman) and
// the desktop user's rootless Podman; then Docker: DOCKER_HOST (+ TLS), the docker context,
// rootful /var/run/docker.sock, rootless $XDG_RUNTIME_DIR/docker.sock; Docker Desktop and
// Podman machine sockets on macOS; named pipes on Windows; last the engine CLIs (podman,
// docker, `wsl -d boinc-buda-runner -u root podman`, macOS Run_Podman). Every socket is
// probed at once (connect + GET /_ping + a count of boinc__ containers); CLIs only when no
// socket answered (always on Windows, where BOINC's containers live inside WSL). The engine
// holding BOINC's containers wins, then the type the BOINC client reported, then rank.
class EndpointDiscovery : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const DiscoveryReport&)>;
    static constexpr int defaultProbeTimeoutMs = 3000;

    EndpointDiscovery(HttpTransport& transport, DiscoveryEnvironment environment, QObject* parent = nullptr);

    void setProbeTimeout(int milliseconds) { m_probeTimeoutMs = milliseconds; }
    // For CLI probes (tests point the docker CLI at a private engine with DOCKER_HOST).
    void setProcessEnvironment(const QProcessEnvironment& environment) { m_processEnvironment = environment; }

    // Probes every candidate; the report arrives on this thread, never inside the call.
    void discover(const QObject* context, Handler handler);

    // The ranked candidates for an environment, untried: pure, for tests.
    static QList<EndpointCandidate> candidatesFor(const DiscoveryEnvironment& environment);
    // Picks the winner among the candidates that answered.
    static int choose(const QList<EndpointCandidate>& candidates, EngineType preferred);

private:
    struct Round;
    void probe(const std::shared_ptr<Round>& round, int index);
    void probeEngine(const std::shared_ptr<Round>& round, int index);
    void probed(const std::shared_ptr<Round>& round);
    void finish(const std::shared_ptr<Round>& round);

    HttpTransport& m_transport;
    DiscoveryEnvironment m_env;
    QProcessEnvironment m_processEnvironment;
    int m_probeTimeoutMs = defaultProbeTimeoutMs;
};

} // namespace bdm::engine
