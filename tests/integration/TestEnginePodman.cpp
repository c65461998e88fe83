// Podman's Docker-compatible API (`podman system service`, Debian's podman 4.3) is read by the
// same client and identified as Podman, by its API, by discovery at the rootful socket path, by
// the engine commands, and through the podman CLI fallback. Containers cannot start under
// Podman on the lab machine, so they are only created.
#include "LabTools.h"
#include "engine/CurlWorker.h"
#include "engine/EndpointDiscovery.h"
#include "engine/EngineCli.h"
#include "engine/EngineClient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace bdm::engine;

namespace {

// A private Podman API service in a temporary directory, its socket where rootful Podman's
// would be under that directory (<dir>/fs/run/podman/podman.sock). Stopped by PID.
class LabPodmanService
{
public:
    ~LabPodmanService() { stop(); }

    bool start()
    {
        m_podman = bdm::lab::findProgram(QStringLiteral("podman"), QStringLiteral("podman"), &m_error);
        if (m_podman.isEmpty())
            return false;
        m_dir = std::make_unique<QTemporaryDir>(bdm::lab::labTempRoot() + QStringLiteral("/bdm-pm-XXXXXX"));
        QDir().mkpath(fsRoot() + QStringLiteral("/run/podman"));
        m_process.setProgram(m_podman);
        m_process.setArguments(storage() + QStringList{QStringLiteral("system"), QStringLiteral("service"),
                                                       QStringLiteral("--time"), QStringLiteral("0"),
                                                       QStringLiteral("unix://") + socketPath()});
        m_process.setStandardOutputFile(m_dir->path() + QStringLiteral("/service.log"));
        m_process.setStandardErrorFile(m_dir->path() + QStringLiteral("/service.log"));
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return false;
        }
        const bool up = bdm::lab::waitUntil(
            [this] {
                QLocalSocket s;
                s.connectToServer(socketPath());
                return s.waitForConnected(100);
            },
            20000);
        if (!up)
            m_error = QStringLiteral("podman system service did not listen:\n") +
                      bdm::lab::tailOfFile(m_dir->path() + QStringLiteral("/service.log"));
        return up;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
        // Its own containers and images only (`system reset` would also touch machine-wide networks).
        podman({QStringLiteral("rm"), QStringLiteral("--all"), QStringLiteral("--force")});
        podman({QStringLiteral("rmi"), QStringLiteral("--all"), QStringLiteral("--force")});
    }

    QStringList storage() const
    {
        const QString d = m_dir->path();
        return {QStringLiteral("--root"),           d + QStringLiteral("/root"),
                QStringLiteral("--runroot"),        d + QStringLiteral("/runroot"),
                QStringLiteral("--storage-driver"), QStringLiteral("vfs"),
                QStringLiteral("--cgroup-manager"), QStringLiteral("cgroupfs"),
                QStringLiteral("--events-backend"), QStringLiteral("file")};
    }
    bdm::lab::RunResult podman(const QStringList& args) const
    {
        return bdm::lab::runProcess(m_podman, storage() + args);
    }
    QString fsRoot() const { return m_dir->path() + QStringLiteral("/fs"); }
    QString socketPath() const { return fsRoot() + QStringLiteral("/run/podman/podman.sock"); }
    QString endpoint() const { return QStringLiteral("unix://") + socketPath(); }
    QString directory() const { return m_dir->path(); }
    QString podmanProgram() const { return m_podman; }
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    QString m_podman;
    QString m_error;
};

template <class T> EngineResult<T> await(const std::function<void(ContainerEngine::Handler<T>)>& call)
{
    EngineResult<T> result;
    bool done = false;
    call([&](const EngineResult<T>& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result.error = EngineError::make(EngineError::Timeout, QStringLiteral("test waited in vain"));
    return result;
}

} // namespace

class TestEnginePodman : public QObject
{
    Q_OBJECT

    LabPodmanService m_podman;
    CurlWorker m_transport;
    std::unique_ptr<EngineClient> m_client;

    QJsonObject cliJson(const QStringList& args, int* exitCode = nullptr)
    {
        const bdm::lab::RunResult r = bdm::lab::runProcess(QStringLiteral(BDM_CLI_PATH), args);
        if (exitCode)
            *exitCode = r.exitCode;
        if (!r.succeeded())
            qWarning("%s", r.standardError.constData());
        return QJsonDocument::fromJson(r.standardOutput).object();
    }

private slots:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        if (!m_podman.start())
            QFAIL(qPrintable(m_podman.errorString()));
        // An image with one file is enough to create containers from.
        const QString tree = m_podman.directory() + QStringLiteral("/image");
        QDir().mkpath(tree + QStringLiteral("/bin"));
        QString error;
        QVERIFY(bdm::lab::writeFile(tree + QStringLiteral("/bin/true"), "#!/bin/sh\n", &error));
        const QString tar = m_podman.directory() + QStringLiteral("/image.tar");
        QVERIFY(bdm::lab::runProcess(QStringLiteral("tar"), {QStringLiteral("-C"), tree,
                                                             QStringLiteral("-cf"), tar, QStringLiteral(".")})
                    .succeeded());
        bdm::lab::RunResult r = m_podman.podman(
            {QStringLiteral("import"), QStringLiteral("-q"), tar, QStringLiteral("local/tiny:1")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        for (const char* name : {"boinc__pm__created", "other-pm"}) {
            r = m_podman.podman({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("--name"),
                                 QLatin1String(name), QStringLiteral("local/tiny:1"),
                                 QStringLiteral("/bin/true")});
            QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        }
        m_client =
            std::make_unique<EngineClient>(m_transport, EngineEndpoint::unixSocket(m_podman.socketPath()));
        qInfo("podman service with 2 containers after %lld ms", timer.elapsed());
    }

    void pingAndVersionSayPodman()
    {
        const EngineResult<PingReply> ping = await<PingReply>([this](auto h) { m_client->ping(this, h); });
        QVERIFY2(ping.ok(), qPrintable(ping.error.message));
        QCOMPARE(ping.value.type, EngineType::Podman);
        QCOMPARE(ping.value.libpodVersion, QStringLiteral("4.3.1"));
        const EngineResult<EngineVersion> v =
            await<EngineVersion>([this](auto h) { m_client->version(this, h); });
        QVERIFY(v.ok());
        QCOMPARE(v.value.type, EngineType::Podman);
        QCOMPARE(v.value.version, QStringLiteral("4.3.1"));
        QCOMPARE(v.value.apiVersion, QStringLiteral("1.41"));
        QCOMPARE(m_client->apiVersion(), QStringLiteral("1.41"));
        const EngineResult<EngineInfo> info = await<EngineInfo>([this](auto h) { m_client->info(this, h); });
        QVERIFY(info.ok());
        QCOMPARE(info.value.serverVersion, QStringLiteral("4.3.1"));
        QCOMPARE(info.value.containers, 2);
    }

    void listingWithTheBoincFilterShowsOnlyBoincsContainer()
    {
        ContainerFilter filter;
        filter.namePrefix = ContainerFilter::boincPrefix();
        const EngineResult<QList<ContainerSummary>> boinc =
            await<QList<ContainerSummary>>([&](auto h) { m_client->listContainers(filter, this, h); });
        QVERIFY2(boinc.ok(), qPrintable(boinc.error.message));
        QCOMPARE(boinc.value.size(), 1);
        QCOMPARE(boinc.value.first().name, QStringLiteral("boinc__pm__created"));
        QCOMPARE(boinc.value.first().state, QStringLiteral("created"));
        QCOMPARE(boinc.value.first().image, QStringLiteral("localhost/local/tiny:1"));
        const EngineResult<QList<ContainerSummary>> all =
            await<QList<ContainerSummary>>([&](auto h) { m_client->listContainers({}, this, h); });
        QCOMPARE(all.value.size(), 2);
        const EngineResult<ContainerDetails> details = await<ContainerDetails>(
            [&](auto h) { m_client->inspectContainer(QStringLiteral("boinc__pm__created"), this, h); });
        QVERIFY(details.ok());
        QCOMPARE(details.value.state.status, QStringLiteral("created"));
        QVERIFY(!details.value.state.hasStarted());
        const EngineResult<ContainerDetails> missing = await<ContainerDetails>(
            [&](auto h) { m_client->inspectContainer(QStringLiteral("nosuch"), this, h); });
        QVERIFY(missing.error.notFound());
    }

    void discoveryFindsItAtTheRootfulPodmanPath()
    {
        DiscoveryEnvironment env;
        env.root = m_podman.fsRoot();
        env.uid = 1000;
        env.home = m_podman.directory() + QStringLiteral("/home");
        EndpointDiscovery discovery(m_transport, env);
        DiscoveryReport report;
        bool done = false;
        discovery.discover(this, [&](const DiscoveryReport& r) {
            report = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY(report.found());
        const EndpointCandidate* chosen = report.chosenCandidate();
        QCOMPARE(chosen->source, QStringLiteral("rootful Podman"));
        QCOMPARE(chosen->type, EngineType::Podman);
        QCOMPARE(chosen->serverVersion, QStringLiteral("4.3.1"));
        QCOMPARE(chosen->boincContainers, 1);
    }

    void engineCommandsSayPodman()
    {
        int exitCode = -1;
        const QStringList engine{QStringLiteral("--engine"), m_podman.endpoint()};
        const QJsonObject containers =
            cliJson(QStringList{QStringLiteral("containers"), QStringLiteral("--json")} + engine, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(
            containers.value(QStringLiteral("engine")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("podman"));
        QCOMPARE(
            containers.value(QStringLiteral("engine")).toObject().value(QStringLiteral("version")).toString(),
            QStringLiteral("4.3.1"));
        const QJsonArray list = containers.value(QStringLiteral("containers")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("created"));
        QVERIFY(list.first().toObject().value(QStringLiteral("exit_code")).isNull());
        const QJsonObject info =
            cliJson(QStringList{QStringLiteral("engine"), QStringLiteral("--json")} + engine, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(info.value(QStringLiteral("engine")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("podman"));
        QCOMPARE(info.value(QStringLiteral("candidates"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("podman"));
    }

    void theEngineCommandThroughTheCliExitsCleanly()
    {
        // Regression: the CLI engine used to be destroyed inside its QProcess's finished()
        // signal, and `boinc-docker engine` crashed (exit 139) whenever the CLI was chosen.
        int exitCode = -1;
        const QString cli =
            QStringLiteral("cli:") +
            (QStringList{m_podman.podmanProgram()} + m_podman.storage()).join(QLatin1Char(' '));
        const QJsonObject info = cliJson(
            {QStringLiteral("engine"), QStringLiteral("--json"), QStringLiteral("--engine"), cli}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(info.value(QStringLiteral("engine")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("podman"));
    }

    void podmanCliFallbackReadsTheSameStore()
    {
        EngineCli cli(EngineEndpoint::cli(QStringList{m_podman.podmanProgram()} + m_podman.storage()));
        QCOMPARE(cli.flavour(), EngineType::Podman);
        const EngineResult<EngineVersion> v = await<EngineVersion>([&](auto h) { cli.version(this, h); });
        QVERIFY2(v.ok(), qPrintable(v.error.message));
        QCOMPARE(v.value.type, EngineType::Podman);
        QCOMPARE(v.value.version, QStringLiteral("4.3.1"));
        ContainerFilter filter;
        filter.namePrefix = ContainerFilter::boincPrefix();
        const EngineResult<QList<ContainerSummary>> list =
            await<QList<ContainerSummary>>([&](auto h) { cli.listContainers(filter, this, h); });
        QVERIFY2(list.ok(), qPrintable(list.error.message));
        QCOMPARE(list.value.size(), 1);
        QCOMPARE(list.value.first().name, QStringLiteral("boinc__pm__created"));
        const EngineResult<ContainerDetails> details = await<ContainerDetails>(
            [&](auto h) { cli.inspectContainer(QStringLiteral("boinc__pm__created"), this, h); });
        QVERIFY2(details.ok(), qPrintable(details.error.message));
        QCOMPARE(details.value.name, QStringLiteral("boinc__pm__created"));
        QCOMPARE(details.value.state.status, QStringLiteral("created"));
        const EngineResult<EngineInfo> info = await<EngineInfo>([&](auto h) { cli.info(this, h); });
        QVERIFY(info.ok());
        QCOMPARE(info.value.containers, 2);
    }
};

QTEST_GUILESS_MAIN(TestEnginePodman)
#include "TestEnginePodman.moc"
