// Proves the lab SSH server fixture: a private sshd with throwaway keys that the real
// OpenSSH client reaches in batch mode, and that strict host key checking guards.

#include "LabSshServer.h"
#include "LabTools.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace bdm::lab;

class TestLabSshServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sshCommandRoundTripsThroughTheLabServer();
    void knownHostsFileHoldsTheHostKeyWithItsFingerprint();
    void unknownHostKeyIsRefusedInBatchMode();
    void stoppedServerNoLongerAcceptsConnections();

private:
    LabSshServer m_server;
};

void TestLabSshServer::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    if (!m_server.start()) {
        QFAIL(qPrintable(m_server.errorString()));
    }
    qInfo("lab sshd: listening after %lld ms", timer.elapsed());
}

void TestLabSshServer::sshCommandRoundTripsThroughTheLabServer()
{
    // Setup: the running server, key authentication for the current user.
    QVERIFY(m_server.pid() > 0);
    QVERIFY(!m_server.user().isEmpty());

    // Action
    int exitCode = -1;
    const QString output = m_server.ssh(QStringLiteral("echo hello"), &exitCode);

    // Verify: output and exit status come back; a remote failure is reported as such.
    QVERIFY2(exitCode == 0, qPrintable(m_server.lastStandardError()));
    QCOMPARE(output, QStringLiteral("hello\n"));
    m_server.ssh(QStringLiteral("exit 3"), &exitCode);
    QCOMPARE(exitCode, 3);
}

void TestLabSshServer::knownHostsFileHoldsTheHostKeyWithItsFingerprint()
{
    // Setup
    QFile knownHosts(m_server.knownHostsFile());
    QVERIFY(knownHosts.open(QIODevice::ReadOnly));

    // Action: ask ssh-keygen for the fingerprint of the known_hosts entry.
    const RunResult lookup =
        runProcess(findProgram(QStringLiteral("ssh-keygen"), QStringLiteral("openssh-client"), nullptr),
                   {QStringLiteral("-l"), QStringLiteral("-f"), m_server.knownHostsFile()});

    // Verify: the entry is for [127.0.0.1]:PORT and matches the server's host key.
    QVERIFY(knownHosts.readAll().startsWith(
        QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(m_server.port()).toUtf8()));
    QVERIFY2(lookup.succeeded(), qPrintable(lookup.describe()));
    QVERIFY(m_server.hostKeyFingerprint().startsWith(QStringLiteral("SHA256:")));
    QVERIFY2(lookup.standardOutput.contains(m_server.hostKeyFingerprint().toUtf8()),
             lookup.standardOutput.constData());
}

void TestLabSshServer::unknownHostKeyIsRefusedInBatchMode()
{
    // Setup: an empty known_hosts file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString emptyKnownHosts = dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(writeFile(emptyKnownHosts, {}, nullptr));

    // Action
    const RunResult result =
        runProcess(m_server.sshProgram(), m_server.sshArguments(emptyKnownHosts)
                                              << m_server.destination() << QStringLiteral("echo hello"));

    // Verify: ssh refuses before running anything, and leaves the file empty.
    QCOMPARE(result.exitCode, 255);
    QVERIFY(!result.standardOutput.contains("hello"));
    QVERIFY2(result.standardError.contains("Host key verification failed"), result.standardError.constData());
    QCOMPARE(QFileInfo(emptyKnownHosts).size(), 0);
}

void TestLabSshServer::stoppedServerNoLongerAcceptsConnections()
{
    // Setup
    const qint64 pid = m_server.pid();

    // Action
    QVERIFY(m_server.stop());

    // Verify
    QVERIFY(!isProcessAlive(pid));
    int exitCode = -1;
    m_server.ssh(QStringLiteral("echo hello"), &exitCode);
    QCOMPARE(exitCode, 255);
    QVERIFY2(m_server.lastStandardError().contains(QStringLiteral("Connection refused")),
             qPrintable(m_server.lastStandardError()));
}

QTEST_GUILESS_MAIN(TestLabSshServer)
#include "TestLabSshServer.moc"
