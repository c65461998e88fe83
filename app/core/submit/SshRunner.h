#pragma once

#include "submit/SshEndpoint.h"
#include "submit/SshResult.h"

#include <QFile>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <memory>

namespace bdm::submit {

class SshHostKeyScan;

// Runs one remote command at a time through the system OpenSSH client (async QProcess):
// `ssh <endpoint arguments> <destination> <command>`, with optional standard input (a byte
// array, or a local file streamed with byte progress: uploads are `cat > file` commands).
// Transport failures are classified from ssh's own words; on "Host key verification failed"
// the key is fetched with ssh-keyscan so the error carries its fingerprint. The timeout is
// for inactivity: it restarts whenever bytes move.
class SshRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIdleTimeoutMs = 120000;

    explicit SshRunner(const SshEndpoint& endpoint, QObject* parent = nullptr);
    ~SshRunner() override;

    const SshEndpoint& endpoint() const { return m_endpoint; }
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }

    void run(const QString& remoteCommand, const QByteArray& input = {});
    void upload(const QString& localPath, const QString& remoteCommand);
    void cancel(); // ends the running command with Kind::Cancelled
    bool isRunning() const { return m_process != nullptr; }
    qint64 processId() const; // the local ssh process (tests cut the connection with it)

signals:
    void progress(qint64 done, qint64 total);
    void finished(const bdm::submit::SshResult& result);

private:
    void start(const QString& remoteCommand);
    void feed();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onHostKeysScanned(const QStringList& keys, const QStringList& fingerprints, const QString& error);
    void finish(SshResult result);
    void fail(SshError::Kind kind, const QString& message);

    SshEndpoint m_endpoint;
    int m_idleTimeoutMs = defaultIdleTimeoutMs;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<SshHostKeyScan> m_scan;
    QTimer m_idle;
    QByteArray m_input;
    QFile m_file;
    qint64 m_total = 0;
    qint64 m_queued = 0;
    bool m_streaming = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    SshResult m_result;
};

} // namespace bdm::submit
