#pragma once

#include "readiness/PlanClassSpecFile.h"
#include "submit/JobSpec.h"
#include "submit/SshEndpoint.h"
#include "submit/SshError.h"

#include <QObject>
#include <memory>
#include <optional>

namespace bdm::submit {

class SshRunner;
struct SshResult;

// Reads the project's plan_class_spec.xml over SSH (inside `docker exec` for a containerised
// server), for the wizard's plan-class choice and the admin tools. A project without the file
// has only the scheduler's built-in classes: that is a finished() with no classes and an
// explanatory warning, not a failure.
class ServerPlanClassReader : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxBytes = qint64(4) * 1024 * 1024;

    explicit ServerPlanClassReader(QObject* parent = nullptr);
    ~ServerPlanClassReader() override;

    // Tests: extra -o options, other programs. Otherwise the endpoint comes from the target.
    void setEndpoint(const SshEndpoint& endpoint);

    // One read at a time; a new read() cancels the one under way.
    void read(const SubmitTarget& target);
    void cancel();

signals:
    void finished(const bdm::readiness::PlanClassSpecFile& file);
    // message: one translated line; error: the SSH details (HostKeyUnknown carries the keys).
    void failed(const QString& message, const bdm::submit::SshError& error);

private:
    void onFinished(const SshResult& result);

    std::optional<SshEndpoint> m_endpoint;
    std::unique_ptr<SshRunner> m_runner;
    QString m_source;
};

} // namespace bdm::submit
