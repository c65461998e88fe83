#pragma once

#include "server/ServerHostStatus.h"
#include "submit/JobSpec.h"
#include "submit/SshEndpoint.h"
#include "submit/SshError.h"

#include <QObject>
#include <memory>
#include <optional>

namespace bdm::submit {
class SshRunner;
struct SshResult;
} // namespace bdm::submit

namespace bdm::server {

// One SSH visit to the project host (inside `docker exec` for a containerised server): runs
// `bin/status -v` in the project directory and reads the last lines of each daemon log
// (log_<host>/*.log), all in one session.
class ServerHostReader : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultLogLines = 40;
    static constexpr int maxLogLines = 2000;
    static constexpr int maxLogFiles = 64;

    explicit ServerHostReader(QObject* parent = nullptr);
    ~ServerHostReader() override;

    // Tests: extra -o options, other programs. Otherwise the endpoint comes from the target.
    void setEndpoint(const submit::SshEndpoint& endpoint);

    // The SSH fields of `target` are used; logLines 0: bin/status only. One read at a time; a new
    // one cancels the one under way.
    void read(const submit::SubmitTarget& target, int logLines = defaultLogLines);
    void cancel();
    bool isReading() const;

    // Why `target` cannot be read (empty: it can): a host and an absolute project directory.
    static QString targetProblem(const submit::SubmitTarget& target);

signals:
    void finished(const bdm::server::ServerHostStatus& status);
    // message: one translated line; error: the SSH details (HostKeyUnknown carries the keys).
    void failed(const QString& message, const bdm::submit::SshError& error);

private:
    void onFinished(const submit::SshResult& result);

    std::optional<submit::SshEndpoint> m_endpoint;
    std::unique_ptr<submit::SshRunner> m_runner;
    QByteArray m_marker;
    QString m_dir;
};

} // namespace bdm::server
