// The Engine API readers against exact replies of a real Docker 20.10 and Podman 4.3
// (tests/data/captures), hand-made replies for what that machine lacks (GPU, CDI, cgroup v2;
// tests/data/engine), broken replies, and the CLI fallback's output formats.
#include "TestData.h"
#include "engine/CliParsers.h"
#include "engine/EngineParsers.h"

#include <QtTest>

using namespace bdm::engine;
using bdm::test::readTestData;

namespace {

QByteArray docker(const char* file)
{
    return readTestData(QStringLiteral("captures/docker-20.10-api-1.41/") + QLatin1String(file));
}

QByteArray podman(const char* file)
{
    return readTestData(QStringLiteral("captures/podman-4.3-compat-api/") + QLatin1String(file));
}

QByteArray local(const char* file)
{
    return readTestData(QStringLiteral("engine/") + QLatin1String(file));
}

// A recorded "HTTP/1.1 ..." reply split into the response the transport would deliver.
HttpResponse httpResponse(const QByteArray& raw)
{
    HttpResponse r;
    const qsizetype end = raw.indexOf("\r\n\r\n") >= 0 ? raw.indexOf("\r\n\r\n") : raw.indexOf("\n\n");
    const QList<QByteArray> lines = raw.left(end).split('\n');
    r.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    r.body = raw.mid(end).trimmed();
    return r;
}

} // namespace

class TestEngineParsers : public QObject
{
    Q_OBJECT

private slots:
    void dockerVersionIsDockerSpeakingApi141()
    {
        const EngineResult<EngineVersion> v = parse::version(docker("version.json"));
        QVERIFY(v.ok());
        QCOMPARE(v.value.type, EngineType::Docker);
        QCOMPARE(v.value.version, QStringLiteral("20.10.24+dfsg1"));
        QCOMPARE(v.value.apiVersion, QStringLiteral("1.41"));
        QCOMPARE(v.value.minApiVersion, QStringLiteral("1.12"));
        QCOMPARE(v.value.components.size(), 4);
        QCOMPARE(v.value.components.at(1).name, QStringLiteral("containerd"));
    }

    void podmanCompatVersionIsIdentifiedAsPodman()
    {
        // Podman keeps Docker's /version shape and API 1.41; only the component says Podman.
        const EngineResult<EngineVersion> v = parse::version(podman("version.json"));
        QVERIFY(v.ok());
        QCOMPARE(v.value.type, EngineType::Podman);
        QCOMPARE(v.value.version, QStringLiteral("4.3.1"));
        QCOMPARE(v.value.apiVersion, QStringLiteral("1.41"));
        QCOMPARE(engineTypeName(v.value.type), QStringLiteral("podman"));
    }

    void pingHeadersTellDockerFromPodman()
    {
        const PingReply d = parse::ping(httpResponse(docker("ping.http")));
        QCOMPARE(d.type, EngineType::Docker);
        QCOMPARE(d.apiVersion, QStringLiteral("1.41"));
        QCOMPARE(d.server, QStringLiteral("Docker/20.10.24+dfsg1 (linux)"));
        const PingReply p = parse::ping(httpResponse(podman("ping.http")));
        QCOMPARE(p.type, EngineType::Podman);
        QCOMPARE(p.libpodVersion, QStringLiteral("4.3.1"));
    }

    void apiVersionsCompareNumerically()
    {
        QVERIFY(compareApiVersions(QStringLiteral("1.41"), QStringLiteral("1.9")) > 0);
        QVERIFY(compareApiVersions(QStringLiteral("1.41"), QStringLiteral("1.51")) < 0);
        QCOMPARE(compareApiVersions(QStringLiteral("1.41"), QStringLiteral("1.41.0")), 0);
    }

    void dockerInfoListsRuntimesCgroupV1AndNoCdi()
    {
        const EngineResult<EngineInfo> i = parse::info(docker("info.json"));
        QVERIFY(i.ok());
        QCOMPARE(i.value.serverVersion, QStringLiteral("20.10.24+dfsg1"));
        QCOMPARE(i.value.cgroupVersion, QStringLiteral("1"));
        QCOMPARE(i.value.cpus, 2);
        QCOMPARE(i.value.memoryBytes, Q_INT64_C(25276502016));
        QCOMPARE(i.value.runtimes.keys(),
                 QStringList({QStringLiteral("io.containerd.runc.v2"),
                              QStringLiteral("io.containerd.runtime.v1.linux"), QStringLiteral("runc")}));
        QCOMPARE(i.value.defaultRuntime, QStringLiteral("runc"));
        QCOMPARE(i.value.rootDir, QStringLiteral("/var/lib/docker"));
        QVERIFY(!i.value.hasNvidiaRuntime());
        QVERIFY(!i.value.cdiSpecDirs.has_value()); // 20.10 does not report it
        QVERIFY(!i.value.rootless);
        QCOMPARE(i.value.containersPaused, 1);
    }

    void podmanInfoParsesThroughTheSameReader()
    {
        const EngineResult<EngineInfo> i = parse::info(podman("info.json"));
        QVERIFY(i.ok());
        QCOMPARE(i.value.serverVersion, QStringLiteral("4.3.1"));
        QCOMPARE(i.value.rootDir, QStringLiteral("/var/lib/containers/storage"));
        QVERIFY(i.value.hasRuntime(QStringLiteral("crun")));
        QCOMPARE(i.value.cgroupVersion, QStringLiteral("1"));
        QVERIFY(!i.value.rootless);
    }

    void gpuFactsComeFromRuntimesCdiAndDiscoveredDevices()
    {
        const EngineResult<EngineInfo> i = parse::info(local("info_nvidia_cdi_rootless.json"));
        QVERIFY(i.ok());
        QVERIFY(i.value.hasNvidiaRuntime());
        QCOMPARE(i.value.cgroupVersion, QStringLiteral("2"));
        QVERIFY(i.value.rootless); // from SecurityOptions name=rootless
        QCOMPARE(*i.value.cdiSpecDirs,
                 QStringList({QStringLiteral("/etc/cdi"), QStringLiteral("/var/run/cdi")}));
        QCOMPARE(i.value.discoveredDevices.size(), 3);
        QCOMPARE(i.value.cdiGpuDevices(),
                 QStringList({QStringLiteral("nvidia.com/gpu=0"), QStringLiteral("nvidia.com/gpu=all")}));
        const EngineResult<EngineInfo> off = parse::info(local("info_cdi_disabled.json"));
        QVERIFY(off.value.cdiSpecDirs.has_value() &&
                off.value.cdiSpecDirs->isEmpty()); // present but empty: off
        QVERIFY(off.value.discoveredDevices.isEmpty());
    }

    void containerListStripsSlashesAndKeepsStateAndSlotMount()
    {
        const EngineResult<QList<ContainerSummary>> list = parse::containers(docker("containers_all.json"));
        QVERIFY(list.ok());
        QCOMPARE(list.value.size(), 3);
        const ContainerSummary& c = list.value.at(0);
        QCOMPARE(c.name, QStringLiteral("boinc__127.0.0.1_8080_lab_test__lab_wu_0001_0"));
        QVERIFY(c.isBoinc());
        QVERIFY(c.isRunning());
        QCOMPARE(c.created, Q_INT64_C(1795313055));
        QCOMPARE(c.mounts.size(), 1);
        QCOMPARE(c.mounts.at(0).source, QStringLiteral("/var/lib/boinc/slots/2"));
        QCOMPARE(c.mounts.at(0).destination, QStringLiteral("/app"));
        QCOMPARE(list.value.at(2).state, QStringLiteral("paused"));
        QCOMPARE(list.value.at(2).status, QStringLiteral("Up 43 seconds (Paused)"));
    }

    void podmanContainerListParses()
    {
        const EngineResult<QList<ContainerSummary>> list = parse::containers(podman("containers_all.json"));
        QVERIFY(list.ok());
        QCOMPARE(list.value.size(), 1);
        QCOMPARE(list.value.at(0).name, QStringLiteral("boinc_pm_test"));
        QCOMPARE(list.value.at(0).state, QStringLiteral("created"));
        QCOMPARE(list.value.at(0).image, QStringLiteral("localhost/local/busybox:1"));
    }

    void exitCodeComesFromStatusText_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("code"); // -1: none
        QTest::newRow("docker exited 3") << QStringLiteral("Exited (3) 5 seconds ago") << 3;
        QTest::newRow("killed") << QStringLiteral("Exited (137) About a minute ago") << 137;
        QTest::newRow("running") << QStringLiteral("Up 24 seconds") << -1;
        QTest::newRow("paused") << QStringLiteral("Up 43 seconds (Paused)") << -1;
        QTest::newRow("created") << QStringLiteral("Created") << -1;
    }
    void exitCodeComesFromStatusText()
    {
        QFETCH(QString, status);
        QFETCH(int, code);
        ContainerSummary c;
        c.status = status;
        QCOMPARE(c.exitCodeFromStatus().value_or(-1), code);
    }

    void inspectGivesStateExitCodeMountsAndTty()
    {
        const EngineResult<ContainerDetails> running =
            parse::containerDetails(docker("inspect_running_boinc.json"));
        QVERIFY(running.ok());
        QCOMPARE(running.value.name, QStringLiteral("boinc__127.0.0.1_8080_lab_test__lab_wu_0002_0"));
        QCOMPARE(running.value.image, QStringLiteral("boinc__127.0.0.1_8080_lab_test__lab_wu_0002"));
        QVERIFY(running.value.state.running);
        QVERIFY(running.value.state.hasStarted());
        QCOMPARE(running.value.state.startedAt, QStringLiteral("2026-11-22T02:03:57.216900973Z"));
        QVERIFY(!running.value.tty);
        QCOMPARE(running.value.mounts.at(0).source, QStringLiteral("/var/lib/boinc/slots/1"));
        QVERIFY(!running.value.requestsGpus());

        const EngineResult<ContainerDetails> paused =
            parse::containerDetails(docker("inspect_paused_boinc.json"));
        QVERIFY(paused.ok());
        QCOMPARE(paused.value.state.status, QStringLiteral("paused"));
        QVERIFY(paused.value.state.paused);

        const EngineResult<ContainerDetails> exited =
            parse::containerDetails(docker("inspect_exited_code3.json"));
        QVERIFY(exited.ok());
        QCOMPARE(exited.value.state.status, QStringLiteral("exited"));
        QCOMPARE(exited.value.state.exitCode, 3);
        QCOMPARE(exited.value.command.size(), 3);
    }

    void inspectShowsGpuRequestsDevicesRuntimeAndTty()
    {
        const EngineResult<ContainerDetails> d = parse::containerDetails(local("inspect_gpu_tty.json"));
        QVERIFY(d.ok());
        QVERIFY(d.value.requestsGpus());
        QCOMPARE(d.value.deviceRequests.at(0).count, -1);
        QCOMPARE(d.value.deviceRequests.at(0).capabilities, QList<QStringList>({{QStringLiteral("gpu")}}));
        QCOMPARE(d.value.devices.at(0).pathOnHost, QStringLiteral("/dev/dri/renderD128"));
        QCOMPARE(d.value.runtime, QStringLiteral("nvidia"));
        QVERIFY(d.value.tty);
    }

    void everyEventLineParses()
    {
        const QList<QByteArray> lines = docker("events_last10min.jsonl").split('\n');
        int parsed = 0;
        int dies = 0;
        for (const QByteArray& line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            const EngineResult<EngineEvent> e = parse::event(line);
            QVERIFY2(e.ok(), line.constData());
            ++parsed;
            if (e.value.action == QLatin1String("die")) {
                ++dies;
                QCOMPARE(e.value.attributes.value(QStringLiteral("exitCode")), QStringLiteral("0"));
            }
            QVERIFY(e.value.timeNano > Q_INT64_C(1795313000000000000));
        }
        QCOMPARE(parsed, 35);
        QCOMPARE(dies, 2);
        const EngineResult<EngineEvent> pause = parse::event(lines.at(30));
        QCOMPARE(pause.value.action, QStringLiteral("pause"));
        QCOMPARE(pause.value.type, QStringLiteral("container"));
        QCOMPARE(pause.value.name(), QStringLiteral("boinc__127.0.0.1_8080_lab_test__lab_wu_0000_0"));
        QCOMPARE(EngineEvent::cursorText(pause.value.timeNano), QStringLiteral("1795313055.157098842"));
    }

    void errorBodiesGiveTheEngineMessage()
    {
        QCOMPARE(parse::errorMessage(docker("error_no_such_container.json")),
                 QStringLiteral("No such container: nosuch"));
        const QByteArray podmanError = "{\"cause\":\"no such container\",\"message\":\"no container with "
                                       "name or ID \\\"nosuch\\\" found: no "
                                       "such container\",\"response\":404}";
        QVERIFY(parse::errorMessage(podmanError).startsWith(QStringLiteral("no container with name or ID")));
        QCOMPARE(parse::errorMessage("plain text\n"), QStringLiteral("plain text"));
    }

    void brokenRepliesAreProtocolErrors()
    {
        const QByteArray truncated = local("stats_truncated.json");
        const QByteArray garbage = local("not_json.txt");
        QCOMPARE(parse::stats(truncated).error.kind, EngineError::Protocol);
        QCOMPARE(parse::stats(garbage).error.kind, EngineError::Protocol);
        QCOMPARE(parse::stats("{}").error.kind, EngineError::Protocol);
        QCOMPARE(parse::info(local("info_as_array.json")).error.kind, EngineError::Protocol);
        QCOMPARE(parse::version(garbage).error.kind, EngineError::Protocol);
        QCOMPARE(parse::version("{}").error.kind, EngineError::Protocol);
        QCOMPARE(parse::containers("{}").error.kind, EngineError::Protocol);
        QCOMPARE(parse::containerDetails("[]").error.kind, EngineError::Protocol);
        QCOMPARE(parse::event("[1]").error.kind, EngineError::Protocol);
        QCOMPARE(parse::images(truncated).error.kind, EngineError::Protocol);
        // Wrong types and nulls read as empty, not as a crash.
        const EngineResult<QList<ContainerSummary>> odd = parse::containers(
            "[{\"Id\":5,\"Names\":null,\"Created\":\"x\",\"Labels\":[1],\"Mounts\":{\"a\":1}}, 7, null]");
        QVERIFY(odd.ok());
        QCOMPARE(odd.value.size(), 1);
        QVERIFY(odd.value.at(0).id.isEmpty());
    }

    void dockerCliLinesMapToTheSameStructs()
    {
        const EngineResult<QList<ContainerSummary>> ps = parse::cli::containers(local("docker_cli_ps.jsonl"));
        QVERIFY(ps.ok());
        QCOMPARE(ps.value.size(), 4);
        QHash<QString, ContainerSummary> byName;
        for (const ContainerSummary& c : ps.value)
            byName.insert(c.name, c);
        QCOMPARE(byName.value(QStringLiteral("boinc__t__ex")).state, QStringLiteral("exited"));
        QCOMPARE(byName.value(QStringLiteral("boinc__t__ex")).exitCodeFromStatus().value_or(-1), 3);
        QCOMPARE(byName.value(QStringLiteral("boinc__t__pz")).state, QStringLiteral("paused"));
        QCOMPARE(byName.value(QStringLiteral("boinc__t__run")).id.size(), 64);
        QCOMPARE(byName.value(QStringLiteral("boinc__t__run")).created,
                 Q_INT64_C(1795315334)); // 02:42:14 UTC

        const EngineResult<StatsSample> stats = parse::cli::stats(local("docker_cli_stats.jsonl"));
        QVERIFY(stats.ok());
        QVERIFY(!stats.value.hasCounters);
        QCOMPARE(*stats.value.cpuPercent, 98.64);
        QCOMPARE(stats.value.memoryBytes, quint64(320 * 1024));
        QCOMPARE(stats.value.name, QStringLiteral("boinc__t__run"));

        const EngineResult<QList<ImageSummary>> images = parse::cli::images(local("docker_cli_images.jsonl"));
        QCOMPARE(images.value.size(), 2);
        QStringList tags;
        for (const ImageSummary& image : images.value)
            tags += image.repoTags;
        QVERIFY2(tags.contains(QStringLiteral("local/busybox:1")), qPrintable(tags.join(QLatin1Char(' '))));
        QCOMPARE(images.value.at(0).size, qint64(1980000));
    }

    void podmanCliOutputMapsToTheSameStructs()
    {
        const EngineResult<QList<ContainerSummary>> ps = parse::cli::containers(local("podman_cli_ps.json"));
        QVERIFY(ps.ok());
        QCOMPARE(ps.value.size(), 1);
        QCOMPARE(ps.value.at(0).name, QStringLiteral("boinc__pm__c1"));
        QCOMPARE(ps.value.at(0).state, QStringLiteral("created"));
        const EngineResult<EngineVersion> v =
            parse::cli::version(local("podman_cli_version.json"), EngineType::Podman);
        QVERIFY(v.ok());
        QCOMPARE(v.value.type, EngineType::Podman);
        QCOMPARE(v.value.version, QStringLiteral("4.3.1"));
        const EngineResult<EngineInfo> i =
            parse::cli::info(local("podman_cli_info.json"), EngineType::Podman);
        QVERIFY(i.ok());
        QCOMPARE(i.value.cgroupVersion, QStringLiteral("1"));
        QCOMPARE(i.value.defaultRuntime, QStringLiteral("runc"));
        QCOMPARE(i.value.rootDir, QStringLiteral("/var/lib/containers/root"));
        QCOMPARE(i.value.containers, 1);
        QCOMPARE(parse::cli::images(local("podman_cli_images.json")).value.size(), 1);
        QVERIFY(parse::cli::containers("[]").ok());
        QCOMPARE(parse::cli::containers("garbage").error.kind, EngineError::Protocol);
    }

    void sizesInBothUnitSystems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: unreadable
        QTest::newRow("docker KiB") << QStringLiteral("320KiB") << qint64(327680);
        QTest::newRow("docker GiB") << QStringLiteral("23.54GiB") << qint64(25275882537);
        QTest::newRow("bytes") << QStringLiteral("0B") << qint64(0);
        QTest::newRow("podman kB") << QStringLiteral("512kB") << qint64(512000);
        QTest::newRow("podman MB") << QStringLiteral("1.98MB") << qint64(1980000);
        QTest::newRow("spaces") << QStringLiteral(" 2 MiB ") << qint64(2097152);
        QTest::newRow("garbage") << QStringLiteral("lots") << qint64(-1);
        QTest::newRow("huge") << QStringLiteral("99999999999PB") << qint64(-1);
    }
    void sizesInBothUnitSystems()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const std::optional<quint64> parsed = parse::cli::byteSize(text);
        QCOMPARE(parsed ? qint64(*parsed) : qint64(-1), bytes);
    }

    void cliFailuresAreClassifiedLikeApiErrors_data()
    {
        QTest::addColumn<QString>("standardError");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("no container")
            << QStringLiteral("Error: No such container: nosuch") << int(EngineError::Http) << 404;
        QTest::newRow("podman none") << QStringLiteral("Error: no container with name or ID \"x\" found")
                                     << int(EngineError::Http) << 404;
        QTest::newRow("daemon down")
            << QStringLiteral(
                   "Cannot connect to the Docker daemon at unix:///x. Is the docker daemon running?")
            << int(EngineError::Unreachable) << 0;
        QTest::newRow("group") << QStringLiteral("permission denied while trying to connect to the Docker "
                                                 "daemon socket at unix:///var/run/docker.sock")
                               << int(EngineError::PermissionDenied) << 0;
        QTest::newRow("other") << QStringLiteral("Error: something else") << int(EngineError::Http) << 500;
    }
    void cliFailuresAreClassifiedLikeApiErrors()
    {
        QFETCH(QString, standardError);
        QFETCH(int, kind);
        QFETCH(int, status);
        const EngineError e = parse::cli::failure(1, standardError);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
    }
};

QTEST_GUILESS_MAIN(TestEngineParsers)
#include "TestEngineParsers.moc"
