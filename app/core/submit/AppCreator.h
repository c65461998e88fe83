#pragma once

#include "submit/AppCreateResult.h"
#include "submit/AppSpec.h"
#include "submit/SshEndpoint.h"
#include "submit/SshError.h"

#include <QObject>
#include <memory>
#include <optional>

namespace bdm::readiness {
struct PlanClassSpecFile;
}

namespace bdm::submit {

class ServerPlanClassReader;
class SshRunner;
struct SshResult;

// Creates a Docker app on the project server: check (plan_class_spec.xml read, so a new class
// never overwrites one of the same name; apps/<app> must not exist) → run boinc2docker
// --new_app → verify (each version.xml and the class in plan_class_spec.xml). boinc2docker
// goes on to make a workunit after the app, which fails in its no-image mode: its exit code
// is reported, and the verification decides.
class AppCreator : public QObject
{
    Q_OBJECT
public:
    enum class Stage
    {
        Checking,
        Creating,
        Verifying
    };
    Q_ENUM(Stage)

    explicit AppCreator(QObject* parent = nullptr);
    ~AppCreator() override;

    void setEndpoint(const SshEndpoint& endpoint); // tests: extra -o options
    void start(const AppSpec& spec);
    void cancel();
    bool isRunning() const;

signals:
    void progress(bdm::submit::AppCreator::Stage stage, const QString& message);
    void finished(const bdm::submit::AppCreateResult& result);
    // refused: the server's state says no (class or app exists, no boinc2docker), nothing
    // was changed; otherwise a connection problem (error carries the SSH details).
    void failed(const QString& message, bool refused, const bdm::submit::SshError& error);

private:
    void onClassesBefore(const bdm::readiness::PlanClassSpecFile& file);
    void onCreated(const SshResult& result);
    void onVerified(const SshResult& result);
    void onClassesAfter(const bdm::readiness::PlanClassSpecFile& file);
    void onReadFailed(const QString& message, const SshError& error);
    void fail(const QString& message, bool refused, const SshError& error = {});
    SshEndpoint endpoint() const;

    std::optional<SshEndpoint> m_endpoint;
    AppSpec m_spec;
    std::unique_ptr<ServerPlanClassReader> m_reader;
    std::unique_ptr<SshRunner> m_runner;
    AppCreateResult m_result;
    bool m_classBefore = false;
    bool m_running = false;
};

} // namespace bdm::submit
