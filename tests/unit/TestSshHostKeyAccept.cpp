// Trusting a scanned host key never hides a changed one: a key of the same type already in
// known_hosts for that host (plain or hashed by ssh-keygen -H) with other bytes is refused and the
// file left as it was; a new key type is added; a key already there is not added twice.
#include "submit/SshHostKeyScan.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace bdm::submit;

namespace {

const QString oldKey = QStringLiteral("AAAAC3NzaC1lZDI1NTE5AAAAIOldOldOldOldOldOldOldOldOldOldOldOldOldOld0");
const QString newKey = QStringLiteral("AAAAC3NzaC1lZDI1NTE5AAAAINewNewNewNewNewNewNewNewNewNewNewNewNewNew0");
const QString rsaKey = QStringLiteral("AAAAB3NzaC1yc2EAAAADAQABAAABAQRsaRsaRsaRsaRsaRsaRsaRsaRsa0");

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

class TestSshHostKeyAccept : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    SshEndpoint endpoint(const QString& file) const
    {
        SshEndpoint e;
        e.destination = QStringLiteral("boincadm@127.0.0.1");
        e.port = 2222;
        e.knownHostsFile = file;
        return e;
    }

private slots:
    void aChangedKeyIsRefusedPlainOrHashed_data()
    {
        QTest::addColumn<bool>("hashed");
        QTest::newRow("plain") << false;
        QTest::newRow("hashed by ssh-keygen -H") << true;
    }

    void aChangedKeyIsRefusedPlainOrHashed()
    {
        // Setup
        QFETCH(bool, hashed);
        const QString file = m_dir.filePath(hashed ? QStringLiteral("hashed") : QStringLiteral("plain"));
        QVERIFY(
            write(file, QStringLiteral("other.example.org ssh-ed25519 %1\n[127.0.0.1]:2222 ssh-ed25519 %2\n")
                            .arg(newKey, oldKey)
                            .toUtf8()));
        if (hashed) {
            QProcess keygen;
            keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), file});
            QVERIFY2(keygen.waitForFinished(10000) && keygen.exitCode() == 0,
                     "ssh-keygen (Debian package openssh-client) is needed");
            QVERIFY(!read(file).contains("127.0.0.1"));
        }
        const QByteArray before = read(file);

        // Action + Verify: the same type with other bytes is refused, nothing written.
        QString error;
        QVERIFY(!SshHostKeyScan::accept(endpoint(file),
                                        {QStringLiteral("[127.0.0.1]:2222 ssh-ed25519 ") + newKey}, &error));
        QVERIFY2(error.contains(QStringLiteral("ssh-keygen -R")), qPrintable(error));
        QCOMPARE(read(file), before);

        // A key type not yet known for the host is added; the known one is not added twice.
        QVERIFY2(SshHostKeyScan::accept(endpoint(file),
                                        {QStringLiteral("[127.0.0.1]:2222 ssh-ed25519 ") + oldKey,
                                         QStringLiteral("[127.0.0.1]:2222 ssh-rsa ") + rsaKey},
                                        &error),
                 qPrintable(error));
        const QByteArray after = read(file);
        QCOMPARE(after.count('\n'), before.count('\n') + 1);
        QVERIFY(after.endsWith(QStringLiteral("[127.0.0.1]:2222 ssh-rsa %1\n").arg(rsaKey).toUtf8()));
    }

    void anotherHostsKeyIsNoObstacle()
    {
        const QString file = m_dir.filePath(QStringLiteral("other"));
        QVERIFY(write(file, QStringLiteral("[127.0.0.1]:2223 ssh-ed25519 %1\n").arg(oldKey).toUtf8()));
        QString error;
        QVERIFY2(SshHostKeyScan::accept(endpoint(file),
                                        {QStringLiteral("[127.0.0.1]:2222 ssh-ed25519 ") + newKey}, &error),
                 qPrintable(error));
        QCOMPARE(read(file).count('\n'), 2);
    }
};

QTEST_GUILESS_MAIN(TestSshHostKeyAccept)
#include "TestSshHostKeyAccept.moc"
