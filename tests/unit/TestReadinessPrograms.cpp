// Program versions parsed as the BOINC client parses them, and the real programs on this
// machine run through ProgramRunner with a PATH the test controls.
#include "readiness/LocalPrograms.h"
#include "readiness/ProgramRunner.h"
#include "readiness/ProgramVersion.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bdm::readiness;

namespace {

QProcessEnvironment withPath(const QString& path)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), path);
    return env;
}

QList<ProgramRun> runAll(const QList<ProgramRun>& programs, const QProcessEnvironment& env,
                         int timeoutMs = 10000)
{
    ProgramRunner runner;
    runner.setEnvironment(env);
    runner.setTimeout(timeoutMs);
    QList<ProgramRun> result;
    bool done = false;
    runner.run(programs, &runner, [&](const QList<ProgramRun>& runs) {
        result = runs;
        done = true;
    });
    [&] {
        QVERIFY(!done);
    }(); // never inside the call
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs + 10000);
    }();
    return result;
}

// What `program args` prints on stdout here, run the plain way.
QByteArray direct(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(20000);
    return p.readAllStandardOutput();
}

ProgramRun request(const char* program, const QStringList& args)
{
    ProgramRun r;
    r.program = QString::fromLatin1(program);
    r.arguments = args;
    return r;
}

} // namespace

class TestReadinessPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void engineVersionAsTheClientParsesIt_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("version");
        QTest::newRow("docker 20.10 debian") << QByteArray("Docker version 20.10.24+dfsg1, build 297e128\n")
                                             << QStringLiteral("20.10.24+dfsg1");
        QTest::newRow("docker 24") << QByteArray("Docker version 24.0.7, build 24.0.7-0ubuntu2~22.04.1\n")
                                   << QStringLiteral("24.0.7");
        QTest::newRow("docker 28") << QByteArray("Docker version 28.2.2, build e6534b4\n")
                                   << QStringLiteral("28.2.2");
        QTest::newRow("podman 4.3") << QByteArray("podman version 4.3.1\n") << QStringLiteral("4.3.1");
        QTest::newRow("podman 5") << QByteArray("podman version 5.4.2\n") << QStringLiteral("5.4.2");
        QTest::newRow("podman-docker shim")
            << QByteArray("Emulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.\n"
                          "podman version 4.9.3\n")
            << QStringLiteral("4.9.3");
        // The client's parser needs the line's newline when there is no ',' or space after it.
        QTest::newRow("no newline") << QByteArray("podman version 5.0.0") << QString();
        QTest::newRow("garbage") << QByteArray("command not found\n") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void engineVersionAsTheClientParsesIt()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, version);
        QCOMPARE(ProgramVersion::engine(output), version);
    }

    void composeVersions_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("plugin");
        QTest::addColumn<QString>("standalone");
        QTest::addColumn<QString>("podman");
        QTest::newRow("v2 plugin") << QByteArray("Docker Compose version v2.29.1\n")
                                   << QStringLiteral("2.29.1") << QStringLiteral("2.29.1")
                                   << QStringLiteral("2.29.1");
        QTest::newRow("v1") << QByteArray("docker-compose version 1.29.2, build 5becea4c\n") << QString()
                            << QStringLiteral("1.29.2") << QStringLiteral("1.29.2");
        QTest::newRow("podman-compose")
            << QByteArray(
                   "podman-compose version: 1.0.6\n['podman', '--version', '']\nusing podman version: 4.3.1\n"
                   "podman-compose version 1.0.6\npodman --version \npodman version 4.3.1\nexit code: 0\n")
            << QString() << QString() << QStringLiteral("1.0.6");
        QTest::newRow("garbage") << QByteArray("docker: 'compose' is not a docker command.\n") << QString()
                                 << QString() << QString();
    }
    void composeVersions()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, plugin);
        QFETCH(QString, standalone);
        QFETCH(QString, podman);
        QCOMPARE(ProgramVersion::composePlugin(output), plugin);
        QCOMPARE(ProgramVersion::composeStandalone(output), standalone);
        QCOMPARE(ProgramVersion::podmanCompose(output), podman);
    }

    void toolkitVersion()
    {
        QCOMPARE(ProgramVersion::toolkit("NVIDIA Container Toolkit CLI version 1.14.3\ncommit: 53b24618\n"),
                 QStringLiteral("1.14.3"));
        QVERIFY(ProgramVersion::toolkit("nvidia-ctk: command not found").isEmpty());
    }

    void pathOrderDecidesWhichDockerAnswers()
    {
        // /usr/bin/docker is Debian's 20.10, /usr/local/bin/docker a Docker 28 CLI.
        const QByteArray debian = direct(QStringLiteral("/usr/bin/docker"), {QStringLiteral("--version")});
        const QByteArray local =
            direct(QStringLiteral("/usr/local/bin/docker"), {QStringLiteral("--version")});
        QVERIFY2(!debian.isEmpty() && !local.isEmpty(), "both docker CLIs of this machine must run");
        QVERIFY(ProgramVersion::engine(debian) != ProgramVersion::engine(local));

        const LocalPrograms usrFirst = LocalPrograms::fromRuns(
            runAll(LocalPrograms::requests(), withPath(QStringLiteral("/usr/bin:/bin"))));
        QCOMPARE(usrFirst.docker.path, QStringLiteral("/usr/bin/docker"));
        QCOMPARE(usrFirst.dockerVersion, ProgramVersion::engine(debian));
        QVERIFY(usrFirst.dockerVersion.startsWith(QLatin1String("20.10.")));
        const LocalPrograms localFirst = LocalPrograms::fromRuns(
            runAll(LocalPrograms::requests(), withPath(QStringLiteral("/usr/local/bin:/usr/bin:/bin"))));
        QCOMPARE(localFirst.docker.path, QStringLiteral("/usr/local/bin/docker"));
        QCOMPARE(localFirst.dockerVersion, ProgramVersion::engine(local));
    }

    void realPodmanAndTheClientsPick()
    {
        const QByteArray podman = direct(QStringLiteral("/usr/bin/podman"), {QStringLiteral("--version")});
        QVERIFY2(!podman.isEmpty(), "podman must be installed (Debian package podman)");
        const LocalPrograms p = LocalPrograms::fromRuns(
            runAll(LocalPrograms::requests(), withPath(QStringLiteral("/usr/bin:/bin"))));
        QCOMPARE(p.podmanVersion, ProgramVersion::engine(podman));
        QVERIFY(!p.podmanVersion.isEmpty());
        QCOMPARE(p.clientEngine(), QStringLiteral("podman")); // Podman first, as the client
        QCOMPARE(p.clientEngineVersion(), p.podmanVersion);
        QVERIFY(p.boinc.found() && p.boinc.lookOnly && !p.boinc.finished);
        QVERIFY(p.boinccmd.found());
        QVERIFY(!p.nvidiaSmi.found()); // no NVIDIA driver here
        QVERIFY(!p.nvidiaCtk.found());
        // Neither docker here has the compose plugin: the client would report no compose.
        QVERIFY(p.composePlugin.finished);
        QVERIFY(p.composePluginVersion.isEmpty());
    }

    void emptyPathFindsNothingAndStillAnswersLater()
    {
        const LocalPrograms p =
            LocalPrograms::fromRuns(runAll(LocalPrograms::requests(), withPath(QString())));
        QVERIFY(!p.docker.found());
        QVERIFY(!p.podman.found());
        QVERIFY(p.clientEngine().isEmpty());
    }

    void aHangingProgramIsKilledAtTheTimeout()
    {
        QTemporaryDir dir;
        QFile script(dir.filePath(QStringLiteral("docker")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexec sleep 30\n");
        script.close();
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QElapsedTimer timer;
        timer.start();
        const QList<ProgramRun> runs = runAll({request("docker", {QStringLiteral("--version")}),
                                               request("podman", {QStringLiteral("--version")})},
                                              withPath(dir.path() + QStringLiteral(":/usr/bin")), 500);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(runs.size(), 2);
        QVERIFY(runs.at(0).timedOut);
        QVERIFY(!runs.at(0).succeeded());
        QVERIFY(runs.at(1).succeeded()); // the other one is not held up
    }

    void noHandlerOnceTheContextIsGone()
    {
        ProgramRunner runner;
        runner.setEnvironment(withPath(QStringLiteral("/usr/bin")));
        auto* context = new QObject;
        bool called = false;
        runner.run({request("podman", {QStringLiteral("--version")})}, context,
                   [&](const QList<ProgramRun>&) { called = true; });
        delete context;
        QTest::qWait(3000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestReadinessPrograms)
#include "TestReadinessPrograms.moc"
