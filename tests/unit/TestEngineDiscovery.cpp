// Endpoint discovery in a temporary root: HOME, XDG_RUNTIME_DIR, /etc/passwd with a boinc user,
// docker contexts, and sockets that answer as Docker or Podman, refuse, do not exist, are not
// sockets, speak something else, or deny permission (checked as user nobody when run as root).
#include "TestData.h"
#include "engine/CurlWorker.h"
#include "engine/EndpointDiscovery.h"
#include "engine/SocketAdvice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <grp.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace bdm::engine;
using Outcome = EndpointCandidate::Outcome;

namespace {

constexpr uint boincUid = 4242;
constexpr uint desktopUid = 1000;

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

// A socket file nobody listens on: what a stopped engine leaves behind.
void deadSocket(const QString& path)
{
    QDir().mkpath(QFileInfo(path).path());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray p = QFile::encodeName(path);
    std::memcpy(addr.sun_path, p.constData(), std::min<size_t>(size_t(p.size()), sizeof(addr.sun_path) - 1));
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0)
        qFatal("cannot bind %s", p.constData());
    ::close(fd);
}

// Answers /_ping with a recorded engine's headers and /containers/json with `containers`.
class FakeEngine : public QObject
{
public:
    FakeEngine(const QString& path, const QByteArray& pingCapture, const QByteArray& containers)
        : m_ping(pingCapture), m_containers(containers)
    {
        QDir().mkpath(QFileInfo(path).path());
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QLocalSocket::readyRead, this, [this, s] { answer(s); });
            }
        });
        if (!m_server.listen(path))
            qFatal("cannot listen on %s", qPrintable(path));
    }

private:
    void answer(QLocalSocket* s)
    {
        const QByteArray request = s->readAll();
        if (m_ping.isEmpty()) { // not an engine at all
            s->write("220 smtp.example ESMTP\r\n");
            s->disconnectFromServer();
            return;
        }
        if (request.startsWith("GET /_ping")) {
            s->write(QByteArray(m_ping).replace("\r\n", "\n").replace("\n", "\r\n"));
        } else {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(m_containers.size()) + "\r\n\r\n" + m_containers);
        }
    }

    QLocalServer m_server;
    QByteArray m_ping;
    QByteArray m_containers;
};

QByteArray capture(const char* file)
{
    return bdm::test::readTestData(QLatin1String(file));
}

const char* dockerPing = "captures/docker-20.10-api-1.41/ping.http";
const char* podmanPing = "captures/podman-4.3-compat-api/ping.http";

DiscoveryReport discover(const DiscoveryEnvironment& env)
{
    CurlWorker transport;
    EndpointDiscovery discovery(transport, env);
    discovery.setProbeTimeout(2000);
    DiscoveryReport report;
    bool done = false;
    QObject context;
    discovery.discover(&context, [&](const DiscoveryReport& r) {
        report = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("discovery did not finish");
    return report;
}

const EndpointCandidate* bySource(const DiscoveryReport& report, const QString& start)
{
    for (const EndpointCandidate& c : report.candidates) {
        if (c.source.startsWith(start))
            return &c;
    }
    return nullptr;
}

} // namespace

class TestEngineDiscovery : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    DiscoveryEnvironment m_env;

private slots:
    void init()
    {
        // Short and world-readable: Unix socket paths stay under 108 bytes, and nobody can look in.
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/bdm-dsc-XXXXXX"));
        m_root = m_dir->path();
        QFile::setPermissions(m_root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::ExeOther);
        writeFile(
            m_root + QStringLiteral("/etc/passwd"),
            "root:x:0:0:root:/root:/bin/bash\nboinc:x:4242:4242:BOINC core client,,,:/var/lib/boinc-client:"
            "/usr/sbin/nologin\n");
        m_env = DiscoveryEnvironment();
        m_env.root = m_root;
        m_env.uid = desktopUid;
        m_env.home = m_root + QStringLiteral("/home/me");
        m_env.xdgRuntimeDir = m_root + QStringLiteral("/run/user/1000");
        QDir().mkpath(m_env.home);
        QDir().mkpath(m_env.xdgRuntimeDir);
    }

    void candidatesPutBoincsPodmanFirstThenDocker()
    {
        m_env.dockerHost = QStringLiteral("unix://") + m_root + QStringLiteral("/custom/docker.sock");
        const QList<EndpointCandidate> list = EndpointDiscovery::candidatesFor(m_env);
        QStringList endpoints;
        for (const EndpointCandidate& c : list)
            endpoints.append(c.endpoint.toString().replace(m_root, QStringLiteral("<root>")));
        QCOMPARE(endpoints, QStringList({QStringLiteral("unix://<root>/run/user/4242/podman/podman.sock"),
                                         QStringLiteral("unix://<root>/run/podman/podman.sock"),
                                         QStringLiteral("unix://<root>/run/user/1000/podman/podman.sock"),
                                         QStringLiteral("unix://<root>/custom/docker.sock"),
                                         QStringLiteral("unix://<root>/var/run/docker.sock"),
                                         QStringLiteral("unix://<root>/run/user/1000/docker.sock"),
                                         QStringLiteral("cli:podman"), QStringLiteral("cli:docker")}));
        QVERIFY(list.at(0).boincsOwn);
        QCOMPARE(list.at(0).source, QStringLiteral("rootless Podman of user boinc (uid 4242), BOINC's"));
        QCOMPARE(list.at(3).source, QStringLiteral("DOCKER_HOST"));
        QCOMPARE(list.at(6).outcome, Outcome::Missing); // PATH is empty here
    }

    void sameAddressFoundTwiceIsTriedOnce()
    {
        m_env.dockerHost = QStringLiteral("unix://") + m_root + QStringLiteral("/var/run/docker.sock");
        int count = 0;
        for (const EndpointCandidate& c : EndpointDiscovery::candidatesFor(m_env))
            count += c.endpoint.path.endsWith(QLatin1String("/var/run/docker.sock")) ? 1 : 0;
        QCOMPARE(count, 1);
    }

    void noBoincUserIsSaidPlainly()
    {
        writeFile(m_root + QStringLiteral("/etc/passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        const EndpointCandidate first = EndpointDiscovery::candidatesFor(m_env).first();
        QCOMPARE(first.outcome, Outcome::Missing);
        QVERIFY(first.detail.contains(QStringLiteral("no user 'boinc'")));
    }

    void dockerHostOverTcpTakesTlsFromCertPath()
    {
        m_env.dockerHost = QStringLiteral("tcp://engine.lan:2376");
        m_env.dockerTlsVerify = QStringLiteral("1");
        m_env.dockerCertPath = QStringLiteral("/etc/bdm/certs");
        const EndpointCandidate* c = nullptr;
        const QList<EndpointCandidate> list = EndpointDiscovery::candidatesFor(m_env);
        for (const EndpointCandidate& e : list)
            c = e.source == QLatin1String("DOCKER_HOST") ? &e : c;
        QVERIFY(c);
        QVERIFY(c->endpoint.tls && c->endpoint.tlsVerify);
        QCOMPARE(c->endpoint.caFile, QStringLiteral("/etc/bdm/certs/ca.pem"));
        QCOMPARE(c->endpoint.certFile, QStringLiteral("/etc/bdm/certs/cert.pem"));
        QCOMPARE(c->endpoint.keyFile, QStringLiteral("/etc/bdm/certs/key.pem"));
        QCOMPARE(c->endpoint.baseUrl(), QStringLiteral("https://engine.lan:2376"));
    }

    void currentDockerContextIsRead()
    {
        const QString docker = m_env.home + QStringLiteral("/.docker");
        writeFile(docker + QStringLiteral("/config.json"), "{\"auths\":{},\"currentContext\":\"lab\"}");
        const QString id =
            QString::fromLatin1(QCryptographicHash::hash("lab", QCryptographicHash::Sha256).toHex());
        writeFile(
            docker + QStringLiteral("/contexts/meta/") + id + QStringLiteral("/meta.json"),
            "{\"Name\":\"lab\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"tcp://10.1.2.3:2376\","
            "\"SkipTLSVerify\":true}}}");
        for (const char* pem : {"ca.pem", "cert.pem", "key.pem"})
            writeFile(docker + QStringLiteral("/contexts/tls/") + id + QStringLiteral("/docker/") +
                          QLatin1String(pem),
                      "x");
        const QList<EndpointCandidate> list = EndpointDiscovery::candidatesFor(m_env);
        const auto it = std::find_if(list.cbegin(), list.cend(), [](const EndpointCandidate& c) {
            return c.source == QLatin1String("docker context 'lab'");
        });
        QVERIFY(it != list.cend());
        QCOMPARE(it->endpoint.toString(), QStringLiteral("tcp://10.1.2.3:2376"));
        QVERIFY(it->endpoint.tls);
        QVERIFY(!it->endpoint.tlsVerify);
        QVERIFY(it->endpoint.caFile.endsWith(QStringLiteral("/docker/ca.pem")));

        // DOCKER_CONTEXT wins over config.json; a context found by scanning meta.json names.
        writeFile(docker + QStringLiteral("/contexts/meta/handmade/meta.json"),
                  "{\"Name\":\"other\",\"Endpoints\":{\"docker\":{\"Host\":\"unix:///srv/other.sock\"}}}");
        m_env.dockerContext = QStringLiteral("other");
        const QList<EndpointCandidate> other = EndpointDiscovery::candidatesFor(m_env);
        QVERIFY(std::any_of(other.cbegin(), other.cend(), [](const EndpointCandidate& c) {
            return c.endpoint.toString() == QLatin1String("unix:///srv/other.sock");
        }));
        m_env.dockerContext = QStringLiteral("gone");
        const QList<EndpointCandidate> gone = EndpointDiscovery::candidatesFor(m_env);
        const auto broken = std::find_if(gone.cbegin(), gone.cend(), [](const EndpointCandidate& c) {
            return c.source == QLatin1String("docker context 'gone'");
        });
        QVERIFY(broken != gone.cend());
        QCOMPARE(broken->outcome, Outcome::Failed);
        QVERIFY(broken->detail.contains(QStringLiteral("no meta.json")));
    }

    void engineOverrideIsTheOnlyCandidate()
    {
        m_env.engineOverride = QStringLiteral("tcp://127.0.0.1:1");
        m_env.dockerHost = QStringLiteral("unix:///var/run/docker.sock");
        const QList<EndpointCandidate> list = EndpointDiscovery::candidatesFor(m_env);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().source, QStringLiteral("--engine"));
        const DiscoveryReport report = discover(m_env);
        QVERIFY(!report.found());
        QCOMPARE(report.candidates.first().outcome, Outcome::Refused);
    }

    void everyWayOfFailingIsReportedWithAdvice()
    {
        // rootful Podman: a socket left behind; /var/run/docker.sock: a plain file;
        // rootless Docker: something that is not an engine; the boinc user: no runtime dir.
        deadSocket(m_root + QStringLiteral("/run/podman/podman.sock"));
        writeFile(m_root + QStringLiteral("/var/run/docker.sock"), "not a socket");
        FakeEngine smtp(m_env.xdgRuntimeDir + QStringLiteral("/docker.sock"), {}, {});
        const DiscoveryReport report = discover(m_env);
        QVERIFY(!report.found());

        const EndpointCandidate* boinc = bySource(report, QStringLiteral("rootless Podman of user boinc"));
        QCOMPARE(boinc->outcome, Outcome::Missing);
        QVERIFY2(boinc->advice.contains(QStringLiteral("sudo loginctl enable-linger boinc")),
                 qPrintable(boinc->advice));
        QVERIFY(boinc->advice.contains(QStringLiteral(
            "sudo -u boinc XDG_RUNTIME_DIR=/run/user/4242 systemctl --user enable --now podman.socket")));
        QCOMPARE(bySource(report, QStringLiteral("rootful Podman"))->outcome, Outcome::Refused);
        QVERIFY(bySource(report, QStringLiteral("rootful Podman"))
                    ->advice.contains(QStringLiteral("restart podman.socket")));
        QCOMPARE(bySource(report, QStringLiteral("rootful Docker"))->outcome, Outcome::NotAnEngine);
        QCOMPARE(bySource(report, QStringLiteral("rootless Docker"))->outcome, Outcome::NotAnEngine);
        QCOMPARE(bySource(report, QStringLiteral("podman CLI"))->outcome, Outcome::Missing);
        QVERIFY(!report.advice().isEmpty());

        // With lingering on (the runtime dir exists) only the socket is left to enable.
        QDir().mkpath(m_root + QStringLiteral("/run/user/4242"));
        const DiscoveryReport again = discover(m_env);
        const QString advice = bySource(again, QStringLiteral("rootless Podman of user boinc"))->advice;
        QVERIFY(!advice.contains(QStringLiteral("enable-linger")));
        QVERIFY(advice.contains(QStringLiteral("systemctl --user enable --now podman.socket")));
    }

    void answeringEngineIsChosenAndIdentified()
    {
        m_env.dockerHost = QStringLiteral("unix://") + m_root + QStringLiteral("/d/docker.sock");
        FakeEngine docker(m_root + QStringLiteral("/d/docker.sock"), capture(dockerPing), "[]");
        const DiscoveryReport report = discover(m_env);
        QVERIFY(report.found());
        const EndpointCandidate* chosen = report.chosenCandidate();
        QCOMPARE(chosen->source, QStringLiteral("DOCKER_HOST"));
        QCOMPARE(chosen->type, EngineType::Docker);
        QCOMPARE(chosen->serverVersion, QStringLiteral("20.10.24+dfsg1"));
        QCOMPARE(chosen->apiVersion, QStringLiteral("1.41"));
        QCOMPARE(chosen->boincContainers, 0);
        // A socket answered, so no CLI was run.
        QCOMPARE(bySource(report, QStringLiteral("docker CLI"))->outcome, Outcome::Missing);
    }

    void engineHoldingBoincContainersWinsThenTheReportedTypeThenRank()
    {
        FakeEngine podman(m_root + QStringLiteral("/run/podman/podman.sock"), capture(podmanPing), "[]");
        FakeEngine docker(m_root + QStringLiteral("/var/run/docker.sock"), capture(dockerPing),
                          capture("captures/docker-20.10-api-1.41/containers_all.json"));
        DiscoveryReport report = discover(m_env);
        QCOMPARE(report.chosenCandidate()->source, QStringLiteral("rootful Docker"));
        QCOMPARE(report.chosenCandidate()->boincContainers, 3);
        QCOMPARE(bySource(report, QStringLiteral("rootful Podman"))->type, EngineType::Podman);
        QCOMPARE(bySource(report, QStringLiteral("rootful Podman"))->serverVersion, QStringLiteral("4.3.1"));

        // Neither holds BOINC containers: BOINC's order (Podman first) unless it told us otherwise.
        QCOMPARE(
            report.candidates.at(EndpointDiscovery::choose(report.candidates, EngineType::Podman)).source,
            QStringLiteral("rootful Docker")); // BOINC containers count before the type
        QList<EndpointCandidate> none = report.candidates;
        for (EndpointCandidate& c : none)
            c.boincContainers = 0;
        QCOMPARE(none.at(EndpointDiscovery::choose(none, EngineType::Unknown)).source,
                 QStringLiteral("rootful Podman"));
        QCOMPARE(none.at(EndpointDiscovery::choose(none, EngineType::Docker)).source,
                 QStringLiteral("rootful Docker"));
    }

    void cliFallbackRunsOnlyWhenNoSocketAnswers()
    {
        const QString bin = m_root + QStringLiteral("/bin");
        const QString version =
            QFileInfo(QStringLiteral(BDM_TEST_DATA_DIR "/engine/podman_cli_version.json")).absoluteFilePath();
        writeFile(bin + QStringLiteral("/podman"), "#!/bin/sh\ncase \"$1\" in\n  version) cat '" +
                                                       version.toUtf8() +
                                                       "';;\n  ps) echo '[]';;\n  *) exit 125;;\nesac\n");
        QFile::setPermissions(bin + QStringLiteral("/podman"),
                              QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        m_env.path = QStringList{bin};
        const DiscoveryReport report = discover(m_env);
        QVERIFY(report.found());
        QCOMPARE(report.chosenCandidate()->endpoint.toString(), QStringLiteral("cli:podman"));
        QCOMPARE(report.chosenCandidate()->type, EngineType::Podman);
        QCOMPARE(report.chosenCandidate()->boincContainers, 0);
    }

    void windowsLooksInBoincsWslDistroAndNamedPipes()
    {
        m_env.os = DiscoveryEnvironment::Os::Windows;
        const QList<EndpointCandidate> list = EndpointDiscovery::candidatesFor(m_env);
        QCOMPARE(
            list.first().endpoint.command,
            QStringList({QStringLiteral("wsl"), QStringLiteral("-d"), QStringLiteral("boinc-buda-runner"),
                         QStringLiteral("-u"), QStringLiteral("root"), QStringLiteral("podman")}));
        QVERIFY(list.first().boincsOwn);
        QStringList pipes;
        for (const EndpointCandidate& c : list) {
            if (c.endpoint.kind == EngineEndpoint::Kind::NamedPipe)
                pipes.append(c.endpoint.toString());
            QVERIFY(!c.endpoint.path.contains(QLatin1String("/var/run/")));
        }
        QCOMPARE(pipes, QStringList({QStringLiteral("npipe:////./pipe/docker_engine"),
                                     QStringLiteral("npipe:////./pipe/podman-machine-default")}));
        const DiscoveryReport report = discover(m_env);
        QCOMPARE(report.candidates.first().outcome, Outcome::Missing); // no wsl here
        QVERIFY(report.candidates.first().advice.contains(QStringLiteral("Installing-Podman-on-Windows")));
        // Pipes are read through the docker CLI, which this PATH lacks.
        QCOMPARE(bySource(report, QStringLiteral("Docker Desktop"))->outcome, Outcome::Missing);
    }

    void macLooksAtPodmanMachinesDockerDesktopAndRunPodman()
    {
        m_env.os = DiscoveryEnvironment::Os::MacOs;
        QStringList all;
        for (const EndpointCandidate& c : EndpointDiscovery::candidatesFor(m_env))
            all.append(c.endpoint.toString().replace(m_root, QStringLiteral("<root>")));
        QVERIFY(all.contains(QStringLiteral("unix://<root>/Library/Application Support/BOINC "
                                            "podman/containers/podman/machine/qemu/podman.sock")));
        QVERIFY(all.contains(QStringLiteral("unix://<root>/home/me/.docker/run/docker.sock")));
        QVERIFY(all.contains(
            QStringLiteral("cli:/Library/Application Support/BOINC Data/Run_Podman /opt/podman/bin/podman")));
        QVERIFY(!all.contains(QStringLiteral("unix://<root>/run/podman/podman.sock")));
    }

    void permissionDeniedSaysWhatToDo()
    {
        const QByteArray childRoot = qgetenv("BDM_DISCOVERY_ROOT");
        if (childRoot.isEmpty() && ::geteuid() == 0) {
            // Root opens everything: build the sockets here, check them as user nobody.
            QVERIFY(getgrnam("docker") != nullptr);
            deadSocket(m_root + QStringLiteral("/var/run/docker.sock"));
            QVERIFY(::chown(QFile::encodeName(m_root + QStringLiteral("/var/run/docker.sock")).constData(), 0,
                            getgrnam("docker")->gr_gid) == 0);
            QFile::setPermissions(m_root + QStringLiteral("/var/run/docker.sock"),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                      QFile::WriteGroup);
            deadSocket(m_root + QStringLiteral("/run/podman/podman.sock"));
            QFile::setPermissions(m_root + QStringLiteral("/run/podman/podman.sock"),
                                  QFile::ReadOwner | QFile::WriteOwner);
            const QString boincRun = m_root + QStringLiteral("/run/user/4242");
            deadSocket(boincRun + QStringLiteral("/podman/podman.sock"));
            QVERIFY(::chown(QFile::encodeName(boincRun).constData(), boincUid, boincUid) == 0);
            QFile::setPermissions(boincRun, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("BDM_DISCOVERY_ROOT"), m_root);
            child.setProcessEnvironment(env);
            child.start(QStringLiteral("/usr/sbin/runuser"),
                        {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                         QCoreApplication::applicationFilePath(),
                         QStringLiteral("permissionDeniedSaysWhatToDo")});
            QVERIFY(child.waitForFinished(60000));
            QVERIFY2(child.exitCode() == 0, child.readAll().constData());
            return;
        }
        // As an unprivileged user (the child above, or a developer's run).
        DiscoveryEnvironment env = m_env;
        if (!childRoot.isEmpty())
            env.root = QString::fromLocal8Bit(childRoot);
        else
            QSKIP("needs root to prepare sockets owned by others");
        env.uid = ::getuid();
        env.home = env.root + QStringLiteral("/home/me");
        env.xdgRuntimeDir.clear();
        const DiscoveryReport report = discover(env);
        QVERIFY(!report.found());

        const EndpointCandidate* boinc = bySource(report, QStringLiteral("rootless Podman of user boinc"));
        QCOMPARE(boinc->outcome, Outcome::PermissionDenied);
        QVERIFY2(boinc->advice.contains(QStringLiteral("which no other user can open")),
                 qPrintable(boinc->advice));
        QVERIFY(boinc->advice.contains(QStringLiteral("sudo -u boinc boinc-docker")));
        QVERIFY(boinc->advice.contains(QStringLiteral("sudo loginctl enable-linger boinc")));
        QVERIFY(boinc->advice.contains(QStringLiteral("XDG_RUNTIME_DIR=/run/user/4242")));

        const EndpointCandidate* docker = bySource(report, QStringLiteral("rootful Docker"));
        QCOMPARE(docker->outcome, Outcome::PermissionDenied);
        QVERIFY2(docker->advice.contains(QStringLiteral("sudo usermod -aG docker $USER")),
                 qPrintable(docker->advice));
        QVERIFY(docker->advice.contains(QStringLiteral("log out and in")));

        const EndpointCandidate* podman = bySource(report, QStringLiteral("rootful Podman"));
        QCOMPARE(podman->outcome, Outcome::PermissionDenied);
        QVERIFY(podman->advice.contains(QStringLiteral("SocketGroup=podman")));
        QCOMPARE(report.advice(), boinc->advice); // BOINC's own engine first
    }
};

QTEST_GUILESS_MAIN(TestEngineDiscovery)
#include "TestEngineDiscovery.moc"
