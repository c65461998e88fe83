#pragma once

#include "engine/ContainerEngine.h"

#include <QProcessEnvironment>
#include <map>

class QProcess;

namespace bdm::engine {

// The fallback where no engine socket can be opened: the engine's own CLI, run asynchronously
// with JSON output and mapped to the same structs. Covers `podman`/`docker` on PATH, BOINC's
// WSL distro (`wsl -d boinc-buda-runner -u root podman`), the macOS Run_Podman helper, and
// Windows named pipes (`docker -H npipe:...`), which libcurl cannot open.
class EngineCli final : public ContainerEngine
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 30000;

    explicit EngineCli(EngineEndpoint endpoint, QObject* parent = nullptr);
    ~EngineCli() override; // kills what still runs

    // The command line a cli: or npipe: endpoint stands for.
    static QStringList commandFor(const EngineEndpoint& endpoint);
    // podman or docker, from the program's name: their --format output differs.
    static EngineType flavourOf(const QStringList& command);

    EngineType flavour() const { return m_flavour; }
    // Empty: the programs inherit this process's environment.
    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    EngineEndpoint endpoint() const override { return m_endpoint; }
    void ping(const QObject* context, Handler<PingReply> handler) override;
    void version(const QObject* context, Handler<EngineVersion> handler) override;
    void info(const QObject* context, Handler<EngineInfo> handler) override;
    void listContainers(const ContainerFilter& filter, const QObject* context,
                        Handler<QList<ContainerSummary>> handler) override;
    void inspectContainer(const QString& idOrName, const QObject* context,
                          Handler<ContainerDetails> handler) override;
    // The CLI always primes its reading, so `mode` makes no difference here.
    void containerStats(const QString& idOrName, StatsMode mode, const QObject* context,
                        Handler<StatsSample> handler) override;
    RequestId streamStats(const QString& idOrName, const QObject* context, SampleHandler onSample,
                          Done done) override;
    RequestId logs(const QString& idOrName, const LogOptions& options, const QObject* context,
                   FrameHandler onFrame, Done done) override;
    RequestId events(const EventQuery& query, const QObject* context, EventHandler onEvent,
                     Done done) override;
    void listImages(const QObject* context, Handler<QList<ImageSummary>> handler) override;
    RequestId exportImage(const QString& name, const QString& filePath, const QObject* context,
                          ProgressHandler onProgress, Done done) override;
    void cancel(RequestId id) override;

private:
    struct Run;
    using Output = std::function<void(const QByteArray&)>;
    using Finished = std::function<void(const EngineError& error, const QByteArray& standardOutput)>;

    // Runs the CLI with these arguments. With onStdout/onStderr the output is handed over as
    // it comes; otherwise it is collected for `done`. timeoutMs 0: no limit.
    RequestId run(const QStringList& arguments, const QObject* context, int timeoutMs, Finished done,
                  Output onStdout = {}, Output onStderr = {});
    void finish(RequestId id, EngineError error);
    QStringList jsonFormat() const;
    template <class T>
    void query(const QStringList& arguments, const QObject* context, Handler<T> handler,
               std::function<EngineResult<T>(const QByteArray&)> parse);

    EngineEndpoint m_endpoint;
    QStringList m_command;
    EngineType m_flavour;
    QProcessEnvironment m_environment;
    int m_timeoutMs = defaultTimeoutMs;
    RequestId m_nextId = 1;
    std::map<RequestId, std::shared_ptr<Run>> m_runs;
};

} // namespace bdm::engine
