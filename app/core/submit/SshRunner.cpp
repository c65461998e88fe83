#include "submit/SshRunner.h"

#include "submit/SshHostKeyScan.h"
#include "submit/SubmitTr.h"

namespace bdm::submit {
namespace {

constexpr qint64 chunkBytes = 256 * 1024;
constexpr qint64 maxPendingBytes = 1024 * 1024;
constexpr int sshTransportExit = 255; // ssh's own failures; a remote 255 is rare enough

} // namespace

SshRunner::SshRunner(const SshEndpoint& endpoint, QObject* parent) : QObject(parent), m_endpoint(endpoint)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_process) {
            m_timedOut = true;
            m_process->kill();
        }
    });
}

SshRunner::~SshRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

qint64 SshRunner::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void SshRunner::run(const QString& remoteCommand, const QByteArray& input)
{
    m_input = input;
    m_streaming = false;
    m_total = input.size();
    start(remoteCommand);
}

void SshRunner::upload(const QString& localPath, const QString& remoteCommand)
{
    m_input.clear();
    m_file.close();
    m_file.setFileName(localPath);
    if (!m_file.open(QIODevice::ReadOnly)) {
        const QString message = Submit::tr("Cannot read %1: %2").arg(localPath, m_file.errorString());
        QTimer::singleShot(0, this, [this, message] { fail(SshError::Kind::LocalFile, message); });
        return;
    }
    m_streaming = true;
    m_total = m_file.size();
    start(remoteCommand);
}

void SshRunner::start(const QString& remoteCommand)
{
    m_result = {};
    m_cancelled = false;
    m_timedOut = false;
    m_queued = 0;
    m_process = std::make_unique<QProcess>();
    QProcess* p = m_process.get();
    connect(p, &QProcess::readyReadStandardOutput, this, [this] {
        m_result.standardOutput += m_process->readAllStandardOutput();
        m_idle.start(m_idleTimeoutMs);
    });
    connect(p, &QProcess::readyReadStandardError, this, [this] {
        m_result.standardError += m_process->readAllStandardError();
        m_idle.start(m_idleTimeoutMs);
    });
    connect(p, &QProcess::bytesWritten, this, [this] {
        m_idle.start(m_idleTimeoutMs);
        emit progress(m_queued - m_process->bytesToWrite(), m_total);
        feed();
    });
    connect(p, &QProcess::finished, this, &SshRunner::onFinished);
    connect(p, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            fail(SshError::Kind::ProgramMissing,
                 Submit::tr("Cannot run %1: %2").arg(m_endpoint.sshProgram, m_process->errorString()));
        }
    });
    connect(p, &QProcess::started, this, [this] { feed(); });
    p->start(m_endpoint.sshProgram, m_endpoint.arguments() << m_endpoint.destination << remoteCommand);
    m_idle.start(m_idleTimeoutMs);
}

void SshRunner::feed()
{
    if (!m_process || m_process->state() != QProcess::Running) {
        return;
    }
    if (!m_streaming) {
        if (m_queued == 0 && !m_input.isEmpty()) {
            m_queued = m_process->write(m_input);
        }
        if (m_queued >= m_input.size()) {
            m_process->closeWriteChannel();
        }
        return;
    }
    while (m_process->bytesToWrite() < maxPendingBytes && !m_file.atEnd()) {
        const QByteArray chunk = m_file.read(chunkBytes);
        if (chunk.isEmpty()) {
            break;
        }
        m_queued += m_process->write(chunk);
    }
    if (m_file.atEnd() && m_process->bytesToWrite() == 0) {
        m_file.close();
        m_process->closeWriteChannel();
    } else if (m_file.atEnd()) {
        // closeWriteChannel waits for the pending bytes to be written before closing.
        m_process->closeWriteChannel();
    }
}

void SshRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_idle.stop();
    m_result.standardOutput += m_process->readAllStandardOutput();
    m_result.standardError += m_process->readAllStandardError();
    m_result.exitCode = exitCode;
    m_file.close();
    const QString stderrText = QString::fromLocal8Bit(m_result.standardError);
    m_result.error.standardError = stderrText;
    if (m_cancelled) {
        return fail(SshError::Kind::Cancelled, Submit::tr("Cancelled."));
    }
    if (m_timedOut) {
        return fail(SshError::Kind::Timeout, Submit::tr("No reply from %1 for %2 seconds.")
                                                 .arg(m_endpoint.destination)
                                                 .arg(m_idleTimeoutMs / 1000));
    }
    if (status == QProcess::CrashExit) {
        return fail(SshError::Kind::ConnectionFailed, Submit::tr("The ssh program ended abnormally."));
    }
    if (exitCode != sshTransportExit) {
        return finish(m_result);
    }
    if (stderrText.contains(QLatin1String("REMOTE HOST IDENTIFICATION HAS CHANGED"))) {
        return fail(
            SshError::Kind::HostKeyChanged,
            Submit::tr("The host key of %1 has CHANGED since it was accepted. This can mean that someone is "
                       "intercepting the connection. Nothing was sent. Check with the server's administrator "
                       "before removing the old key from %2.")
                .arg(m_endpoint.knownHostsName(), m_endpoint.effectiveKnownHostsFile()));
    }
    if (stderrText.contains(QLatin1String("Host key verification failed"))) {
        m_scan = std::make_unique<SshHostKeyScan>();
        connect(m_scan.get(), &SshHostKeyScan::finished, this, &SshRunner::onHostKeysScanned);
        m_scan->start(m_endpoint);
        return;
    }
    if (stderrText.contains(QLatin1String("Permission denied"))) {
        return fail(SshError::Kind::AuthenticationFailed,
                    Submit::tr("%1 refused the SSH key (batch mode: no password prompts).")
                        .arg(m_endpoint.destination));
    }
    fail(SshError::Kind::ConnectionFailed,
         Submit::tr("SSH connection to %1 failed: %2").arg(m_endpoint.destination, stderrText.trimmed()));
}

void SshRunner::onHostKeysScanned(const QStringList& keys, const QStringList& fingerprints,
                                  const QString& error)
{
    m_scan.release()->deleteLater();
    m_result.error.scannedKeys = keys;
    m_result.error.fingerprints = fingerprints;
    if (keys.isEmpty()) {
        return fail(SshError::Kind::HostKeyUnknown,
                    Submit::tr("The host key of %1 is not known, and it could not be fetched: %2")
                        .arg(m_endpoint.knownHostsName(), error));
    }
    fail(SshError::Kind::HostKeyUnknown,
         Submit::tr(
             "The host key of %1 is not known yet. Its fingerprint is %2. Accept it only if it matches the "
             "one the server's administrator gave you.")
             .arg(m_endpoint.knownHostsName(), fingerprints.join(QStringLiteral(", "))));
}

void SshRunner::fail(SshError::Kind kind, const QString& message)
{
    m_result.error.kind = kind;
    m_result.error.message = message;
    if (m_result.error.standardError.isEmpty()) {
        m_result.error.standardError = QString::fromLocal8Bit(m_result.standardError);
    }
    finish(m_result);
}

void SshRunner::finish(SshResult result)
{
    m_idle.stop();
    if (m_process) {
        m_process->disconnect(this);
        // Deleting a QProcess from its own signal is unsafe; let the event loop do it.
        QProcess* p = m_process.release();
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(1000);
        }
        p->deleteLater();
    }
    emit finished(result);
}

void SshRunner::cancel()
{
    if (m_scan) {
        m_scan.reset();
        return fail(SshError::Kind::Cancelled, Submit::tr("Cancelled."));
    }
    if (m_process) {
        m_cancelled = true;
        m_process->kill();
    }
}

} // namespace bdm::submit
