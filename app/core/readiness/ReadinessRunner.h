#pragma once

#include "engine/EngineConnector.h"
#include "engine/EngineInfo.h"
#include "readiness/ClientFacts.h"
#include "readiness/ComputerSummary.h"
#include "readiness/LocalFacts.h"
#include "readiness/PlanClassSpecFile.h"
#include "readiness/ReadinessOptions.h"
#include "readiness/ReadinessReport.h"
#include "readiness/RunGuard.h"

#include <QObject>
#include <memory>
#include <optional>

namespace bdm::engine {
class HttpTransport;
}

namespace bdm::readiness {

class ActiveTests;
class ClientProbe;
class LocalProbe;
class PlanClassLoader;

// One readiness run: the client, the engine and this computer are examined in parallel, then the
// verdicts are judged, then (on request) containers are run. The CLI and the GUI both use it.
class ReadinessRunner : public QObject
{
    Q_OBJECT

public:
    ReadinessRunner(engine::EngineConnector& connector, engine::HttpTransport& transport,
                    QObject* parent = nullptr);
    ~ReadinessRunner() override;

    // Starts a run; a run still going is abandoned.
    void start(const ReadinessOptions& options);
    void cancel();
    bool isRunning() const { return m_run.context() != nullptr; }

Q_SIGNALS:
    // `total` 0: the length of the work is unknown (a busy indicator).
    void progress(const QString& step, int done, int total);
    void finished(const bdm::readiness::ReadinessReport& report);

private:
    void clientDone(const ClientFacts& facts);
    void engineDone(const std::shared_ptr<engine::EngineConnector::Connection>& connection);
    void engineInfoDone();
    void examineComputer();
    void planClassesDone(const PlanClassSpecFile& file);
    void maybeJudge();
    void judgePlanClasses();
    void runActiveTests();
    void finish();

    engine::EngineConnector& m_connector;
    engine::HttpTransport& m_transport;
    ReadinessOptions m_options;
    RunGuard m_run; // alive from start() to finish() or cancel()
    ClientProbe* m_clientProbe;
    LocalProbe* m_localProbe;
    ActiveTests* m_active;
    std::unique_ptr<PlanClassLoader> m_planLoader;

    std::optional<ClientFacts> m_client;
    bool m_engineSettled = false;
    std::shared_ptr<engine::EngineConnector::Connection> m_engine;
    std::optional<engine::EngineInfo> m_engineInfo;
    QString m_engineInfoError;
    bool m_computerSettled = false;
    LocalFacts m_local;
    ComputerSummary m_computer; // from m_local, once judged
    bool m_planSettled = false;
    std::optional<PlanClassSpecFile> m_planFile;
    ReadinessReport m_report;
};

} // namespace bdm::readiness
