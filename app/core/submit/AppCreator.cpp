#include "submit/AppCreator.h"

#include "readiness/PlanClassSpecFile.h"
#include "submit/AppCreatePlan.h"
#include "submit/RemoteShell.h"
#include "submit/ServerPlanClassReader.h"
#include "submit/SshRunner.h"
#include "submit/SubmitTr.h"

namespace bdm::submit {

AppCreator::AppCreator(QObject* parent) : QObject(parent) {}

AppCreator::~AppCreator() = default;

void AppCreator::setEndpoint(const SshEndpoint& endpoint)
{
    m_endpoint = endpoint;
}

SshEndpoint AppCreator::endpoint() const
{
    return m_endpoint.value_or(SshEndpoint::fromTarget(m_spec.target));
}

bool AppCreator::isRunning() const
{
    return m_running;
}

void AppCreator::start(const AppSpec& spec)
{
    cancel();
    m_spec = spec;
    m_result = AppCreateResult{};
    m_result.app = spec.app;
    m_result.planClass = spec.planClassName();
    m_running = true;
    m_reader = std::make_unique<ServerPlanClassReader>();
    m_reader->setEndpoint(endpoint());
    connect(m_reader.get(), &ServerPlanClassReader::finished, this, &AppCreator::onClassesBefore);
    connect(m_reader.get(), &ServerPlanClassReader::failed, this, &AppCreator::onReadFailed);
    emit progress(Stage::Checking, Submit::tr("Reading the server's plan classes…"));
    m_reader->read(spec.target);
}

void AppCreator::cancel()
{
    if (m_reader)
        m_reader->disconnect(this);
    if (m_runner)
        m_runner->disconnect(this);
    m_reader.reset();
    m_runner.reset();
    m_running = false;
}

void AppCreator::fail(const QString& message, bool refused, const SshError& error)
{
    m_running = false;
    emit failed(message, refused, error);
}

void AppCreator::onReadFailed(const QString& message, const SshError& error)
{
    fail(message, false, error);
}

void AppCreator::onClassesBefore(const readiness::PlanClassSpecFile& file)
{
    const QString name = m_spec.planClassName();
    m_classBefore = file.find(name) != nullptr;
    if (m_spec.newPlanClass && m_classBefore)
        return fail(Submit::tr("The plan class '%1' already exists on the server; choose it as an existing "
                               "class or give the new one another name.")
                        .arg(name),
                    true);
    if (!m_spec.newPlanClass && !m_classBefore)
        m_result.warnings << Submit::tr("The plan class '%1' is not in the server's plan_class_spec.xml; the "
                                        "scheduler must know it from elsewhere.")
                                 .arg(name);
    m_runner = std::make_unique<SshRunner>(endpoint());
    connect(m_runner.get(), &SshRunner::finished, this, &AppCreator::onCreated);
    emit progress(Stage::Creating, Submit::tr("Running boinc2docker --new_app for '%1'…").arg(m_spec.app));
    m_runner->run(RemoteShell::wrap(AppCreatePlan::createScript(m_spec), m_spec.target.dockerExec,
                                    m_spec.target.dockerExecUser));
}

void AppCreator::onCreated(const SshResult& result)
{
    if (!result.error.ok())
        return fail(result.error.message, false, result.error);
    if (result.exitCode == AppCreatePlan::appExistsExit)
        return fail(Submit::tr("The app directory apps/%1 already exists on the server; nothing was changed.")
                        .arg(m_spec.app),
                    true);
    if (result.exitCode == AppCreatePlan::noToolExit)
        return fail(
            Submit::tr("The project directory %1 has no bin/boinc2docker_create_work (or is not writable).")
                .arg(m_spec.target.projectDir),
            true);
    m_result.toolExitCode = result.exitCode;
    m_result.toolOutput = QString::fromUtf8(result.standardOutput + result.standardError);
    if (result.exitCode != 0)
        m_result.warnings << Submit::tr("boinc2docker exited with %1 (it makes a workunit after the app, "
                                        "which can fail); checking what was created.")
                                 .arg(result.exitCode);
    auto runner = std::make_unique<SshRunner>(endpoint());
    connect(runner.get(), &SshRunner::finished, this, &AppCreator::onVerified);
    emit progress(Stage::Verifying, Submit::tr("Checking the app versions on the server…"));
    runner->run(RemoteShell::wrap(AppCreatePlan::verifyScript(m_spec), m_spec.target.dockerExec,
                                  m_spec.target.dockerExecUser));
    // The finished runner may be the sender of this call: release it later.
    m_runner.release()->deleteLater();
    m_runner = std::move(runner);
}

void AppCreator::onVerified(const SshResult& result)
{
    if (!result.error.ok())
        return fail(result.error.message, false, result.error);
    const QStringList found =
        QString::fromUtf8(result.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& f : AppCreatePlan::versionFiles(m_spec))
        (found.contains(f) ? m_result.created : m_result.missing) << f;
    m_reader->disconnect(this);
    connect(m_reader.get(), &ServerPlanClassReader::finished, this, &AppCreator::onClassesAfter);
    connect(m_reader.get(), &ServerPlanClassReader::failed, this, &AppCreator::onReadFailed);
    m_reader->read(m_spec.target);
}

void AppCreator::onClassesAfter(const readiness::PlanClassSpecFile& file)
{
    m_result.planClassPresent = file.find(m_spec.planClassName()) != nullptr;
    m_result.planClassAdded = m_result.planClassPresent && !m_classBefore;
    m_running = false;
    emit finished(m_result);
}

} // namespace bdm::submit
