#include "submit/SshHostKeyScan.h"

#include "submit/SubmitTr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bdm::submit {

SshHostKeyScan::SshHostKeyScan(QObject* parent) : QObject(parent) {}

SshHostKeyScan::~SshHostKeyScan()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void SshHostKeyScan::start(const SshEndpoint& endpoint)
{
    m_endpoint = endpoint;
    m_keys.clear();
    m_process.disconnect(this);
    connect(&m_process, &QProcess::finished, this, &SshHostKeyScan::onScanFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            emit finished({}, {},
                          Submit::tr("Cannot run %1: %2").arg(m_process.program(), m_process.errorString()));
        }
    });
    m_process.start(endpoint.keyscanProgram,
                    {QStringLiteral("-p"), QString::number(endpoint.port), QStringLiteral("-T"),
                     QString::number(endpoint.connectTimeoutS), endpoint.hostName()});
}

void SshHostKeyScan::onScanFinished()
{
    const QList<QByteArray> lines = m_process.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        const QByteArray l = line.trimmed();
        if (!l.isEmpty() && !l.startsWith('#')) {
            m_keys << QString::fromUtf8(l);
        }
    }
    if (m_keys.isEmpty()) {
        emit finished({}, {},
                      Submit::tr("The server offered no host key to ssh-keyscan: %1")
                          .arg(QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed()));
        return;
    }
    m_process.disconnect(this);
    connect(&m_process, &QProcess::finished, this, &SshHostKeyScan::onFingerprintsFinished);
    m_process.start(m_endpoint.keygenProgram,
                    {QStringLiteral("-l"), QStringLiteral("-f"), QStringLiteral("-")});
    m_process.write((m_keys.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    m_process.closeWriteChannel();
}

void SshHostKeyScan::onFingerprintsFinished()
{
    // "256 SHA256:abc... [host]:port (ED25519)"
    QStringList fingerprints;
    const QList<QByteArray> lines = m_process.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        const QStringList fields = QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() >= 2 && fields[1].startsWith(QLatin1String("SHA256:"))) {
            fingerprints << (fields.size() >= 4 ? fields[1] + QLatin1Char(' ') + fields.last() : fields[1]);
        }
    }
    if (fingerprints.isEmpty()) {
        emit finished({}, {},
                      Submit::tr("ssh-keygen could not read the server's host keys: %1")
                          .arg(QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed()));
        return;
    }
    emit finished(m_keys, fingerprints, {});
}

bool SshHostKeyScan::accept(const SshEndpoint& endpoint, const QStringList& keys, QString* error)
{
    const QString path = endpoint.effectiveKnownHostsFile();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        if (error) {
            *error = Submit::tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    const QByteArray existing = file.readAll();
    QByteArray add;
    if (!existing.isEmpty() && !existing.endsWith('\n')) {
        add += '\n';
    }
    for (const QString& key : keys) {
        // Only well-formed "host keytype base64" lines, never anything else a server sent.
        const QStringList fields = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() != 3 || key.contains(QLatin1Char('\n'))) {
            if (error) {
                *error = Submit::tr("Refusing a malformed host key line: %1").arg(key);
            }
            return false;
        }
        add += key.toUtf8() + '\n';
    }
    if (file.write(add) != add.size() || !file.flush()) {
        if (error) {
            *error = Submit::tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace bdm::submit
