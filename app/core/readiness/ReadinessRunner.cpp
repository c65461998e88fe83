#include "readiness/ReadinessRunner.h"

#include "readiness/ActiveTests.h"
#include "readiness/ClientChecks.h"
#include "readiness/ClientProbe.h"
#include "readiness/LocalProbe.h"
#include "readiness/LocalSummary.h"
#include "readiness/PlanClassJudge.h"
#include "readiness/PlanClassLoader.h"
#include "readiness/ReadinessTr.h"
#include "readiness/VerdictRules.h"

#include <QDir>
#include <QFileInfo>

namespace bdm::readiness {

namespace {

// The steps a passive run shows (client and engine run side by side, then this computer).
constexpr int passiveSteps = 3;

} // namespace

ReadinessRunner::ReadinessRunner(engine::EngineConnector& connector, engine::HttpTransport& transport,
                                 QObject* parent)
    : QObject(parent), m_connector(connector), m_transport(transport), m_run(this),
      m_clientProbe(new ClientProbe(this)), m_localProbe(new LocalProbe(this)),
      m_active(new ActiveTests(this))
{
    connect(m_active, &ActiveTests::stepStarted, this,
            [this](int index, int count, const QString& description) {
                Q_EMIT progress(description, passiveSteps + index, passiveSteps + count);
            });
}

ReadinessRunner::~ReadinessRunner()
{
    cancel();
}

void ReadinessRunner::cancel()
{
    m_run.stop();
    m_localProbe->cancel();
    m_active->cancel();
    m_planLoader.reset();
}

void ReadinessRunner::start(const ReadinessOptions& options)
{
    cancel();
    m_options = options;
    QObject* context = m_run.start();
    m_client.reset();
    m_engineSettled = false;
    m_engine.reset();
    m_engineInfo.reset();
    m_engineInfoError.clear();
    m_computerSettled = false;
    m_local = LocalFacts{};
    m_computer = ComputerSummary{};
    m_planSettled = options.planClasses.isEmpty();
    m_planFile.reset();
    m_report = ReadinessReport{};
    m_report.host = options.endpoint.toString();
    m_report.planClassSource = options.planClasses;

    Q_EMIT progress(options.recheck
                        ? Readiness::tr("Asking the BOINC client to detect Docker/Podman again…")
                        : Readiness::tr("Asking the BOINC client and looking for the container engine…"),
                    0, passiveSteps);
    ClientProbeOptions probe;
    probe.endpoint = options.endpoint;
    probe.password = options.password;
    probe.timeoutMs = options.timeoutMs;
    probe.resetHostInfo = options.recheck;
    if (!options.password.path.isEmpty())
        probe.configFile =
            QFileInfo(options.password.path).absoluteDir().filePath(QStringLiteral("cc_config.xml"));
    m_clientProbe->run(probe, context, m_run.bind([this](const ClientFacts& facts) { clientDone(facts); }));
    m_connector.connectToEngine(
        context, m_run.bind([this](const std::shared_ptr<engine::EngineConnector::Connection>& connection) {
            engineDone(connection);
        }));
    if (!m_planSettled) {
        m_planLoader = std::make_unique<PlanClassLoader>(options.planClasses, m_transport);
        m_planLoader->start(context,
                            m_run.bind([this](const PlanClassSpecFile& file) { planClassesDone(file); }));
    }
}

void ReadinessRunner::clientDone(const ClientFacts& facts)
{
    m_client = facts;
    maybeJudge();
}

void ReadinessRunner::engineDone(const std::shared_ptr<engine::EngineConnector::Connection>& connection)
{
    m_engine = connection;
    if (!connection->engine) {
        m_engineInfoError = engine::EngineConnector::failureText(*connection);
        engineInfoDone();
        return;
    }
    connection->engine->info(m_run.context(),
                             m_run.bind([this](const engine::EngineResult<engine::EngineInfo>& info) {
                                 if (info.ok())
                                     m_engineInfo = info.value;
                                 else
                                     m_engineInfoError = info.error.message;
                                 engineInfoDone();
                             }));
}

void ReadinessRunner::engineInfoDone()
{
    m_engineSettled = true;
    Q_EMIT progress(Readiness::tr("Examining this computer…"), 1, passiveSteps);
    examineComputer();
}

void ReadinessRunner::examineComputer()
{
    // A remote client's engine and GPUs are on its own host, out of reach from here.
    if (!m_options.endpoint.isLocal()) {
        m_computerSettled = true;
        maybeJudge();
        return;
    }
    LocalProbeOptions options;
    if (m_engine) {
        options.discovery = m_engine->report;
        if (m_engine->engine) {
            options.engineEndpoint = m_engine->engine->endpoint();
            options.engineType = m_engine->engine->engineType();
        }
    }
    options.engineInfo = m_engineInfo;
    options.engineError = m_engineInfoError;
    m_localProbe->run(options, m_run.context(), m_run.bind([this](const LocalFacts& facts) {
        m_local = facts;
        m_computerSettled = true;
        maybeJudge();
    }));
}

void ReadinessRunner::planClassesDone(const PlanClassSpecFile& file)
{
    m_planFile = file;
    m_planSettled = true;
    maybeJudge();
}

void ReadinessRunner::judgePlanClasses()
{
    if (!m_planFile)
        return;
    if (!m_planFile->ok()) {
        m_report.planClassError = m_planFile->error;
        return;
    }
    if (!m_client->hostInfo) {
        m_report.planClassError =
            Readiness::tr("Plan classes are judged on what the client reports, and no client "
                          "answered.");
        return;
    }
    PlanClassHost host;
    host.host = *m_client->hostInfo;
    host.client = m_client->version;
    host.config = m_client->config;
    m_report.planClasses = PlanClassJudge(host).judgeAll(*m_planFile);
}

void ReadinessRunner::maybeJudge()
{
    if (!m_client || !m_engineSettled || !m_computerSettled || !m_planSettled)
        return;
    Q_EMIT progress(Readiness::tr("Judging…"), 2, passiveSteps);
    m_computer = LocalSummary::summarize(m_local);
    m_report.checks = ClientChecks::build(*m_client, LocalSummary::clientInstall(m_local));
    if (m_local.examined) {
        m_report.checks << LocalSummary::checks(m_local);
    } else {
        m_report.checks << Check{
            QStringLiteral("engine.remote"),
            CheckGroup::Engine,
            CheckStatus::Skip,
            Readiness::tr("Remote client: its engine and GPUs are on %1, not examined from here")
                .arg(m_options.endpoint.host),
            {},
            {}};
    }
    m_report.verdicts = VerdictRules::judge(*m_client, m_computer);
    judgePlanClasses();
    if (m_options.active)
        runActiveTests();
    else
        finish();
}

void ReadinessRunner::runActiveTests()
{
    if (!m_engine || !m_engine->engine) {
        m_report.checks << Check{QStringLiteral("active.hello"),
                                 CheckGroup::Active,
                                 CheckStatus::Skip,
                                 Readiness::tr("No container engine to run a test container on"),
                                 m_engineInfoError,
                                 {}};
        finish();
        return;
    }
    ActiveTestOptions options = m_options.activeOptions;
    options.endpoint = m_engine->engine->endpoint();
    options.type = m_engine->engine->engineType();
    options.gpu = m_computer.nvidiaGpus > 0;
    m_active->run(options, m_run.context(), m_run.bind([this](const CheckList& checks) {
        m_report.checks << checks;
        finish();
    }));
}

void ReadinessRunner::finish()
{
    m_report.created = QDateTime::currentDateTimeUtc();
    m_run.stop();
    Q_EMIT finished(m_report);
}

} // namespace bdm::readiness
