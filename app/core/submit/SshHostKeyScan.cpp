#include "submit/SshHostKeyScan.h"

#include "submit/SubmitTr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

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

namespace {

// Whether a known_hosts host field names `host`: a plain comma-separated list, or OpenSSH's
// hashed form |1|base64(salt)|base64(HMAC-SHA1(salt, host)).
bool namesHost(const QByteArray& field, const QByteArray& host)
{
    if (field.startsWith("|1|")) {
        const QList<QByteArray> parts = field.split('|');
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(2));
        return QMessageAuthenticationCode::hash(host, salt, QCryptographicHash::Sha1) ==
               QByteArray::fromBase64(parts.at(3));
    }
    const QList<QByteArray> names = field.split(',');
    return names.contains(host);
}

} // namespace

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
    // A key of the same type already recorded for this host with other bytes is a changed key:
    // never added beside the old one (ssh would then take either), whoever asks.
    const QByteArray host = endpoint.knownHostsName().toUtf8();
    QHash<QByteArray, QByteArray> recorded; // key type -> key, for this host
    for (const QByteArray& line : existing.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 3 && !f.at(0).startsWith('@') && !f.at(0).startsWith('#') && namesHost(f.at(0), host))
            recorded.insert(f.at(1), f.at(2));
    }
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
        const QByteArray type = fields.at(1).toUtf8();
        const QByteArray blob = fields.at(2).toUtf8();
        if (recorded.contains(type) && recorded.value(type) != blob) {
            if (error) {
                *error =
                    Submit::tr("%1 already holds a different %2 key for %3: the server's key has changed. "
                               "Nothing was added; if the server's administrator confirms the change, "
                               "remove the old key with: ssh-keygen -R '%3' -f '%1'")
                        .arg(path, QString::fromUtf8(type), QString::fromUtf8(host));
            }
            return false;
        }
        if (recorded.value(type) == blob)
            continue; // already trusted
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
