// The Engine, Gpu and Resources checklist lines and the verdicts' summary, from facts built
// by hand for machines this one is not (GPUs, rootless Podman, a full disk).
#include "readiness/EngineChecks.h"
#include "readiness/GpuChecks.h"
#include "readiness/LocalSummary.h"
#include "readiness/ResourceChecks.h"

#include <QTest>

using namespace bdm;
using namespace bdm::readiness;

Q_DECLARE_METATYPE(bdm::readiness::LocalFacts)

namespace {

const Check* findCheck(const CheckList& checks, const QString& id)
{
    for (const Check& c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

ProgramRun ran(const char* program, const QByteArray& output)
{
    ProgramRun r;
    r.program = QString::fromLatin1(program);
    r.path = QStringLiteral("/usr/bin/") + r.program;
    r.finished = true;
    r.exitCode = 0;
    r.output = output;
    return r;
}

ServiceUser boincUser()
{
    ServiceUser u;
    u.name = QStringLiteral("boinc");
    u.exists = true;
    u.uid = 102;
    u.gid = 105;
    u.groups = {QStringLiteral("boinc")};
    u.groupIds = {105};
    return u;
}

// A machine with Podman only, its boinc user set up for rootless Podman.
LocalFacts podmanMachine()
{
    LocalFacts f;
    f.examined = true;
    f.programs.podman = ran("podman", "podman version 4.3.1\n");
    f.programs.podmanVersion = QStringLiteral("4.3.1");
    f.serviceUser = boincUser();
    f.serviceUser.subuids = 65536;
    f.serviceUser.subgids = 65536;
    f.serviceUser.lingering = true;
    return f;
}

LocalFacts dockerMachine()
{
    LocalFacts f;
    f.examined = true;
    f.programs.docker = ran("docker", "Docker version 24.0.7, build afdd53b\n");
    f.programs.dockerVersion = QStringLiteral("24.0.7");
    f.serviceUser = boincUser();
    SocketAccess s;
    s.path = QStringLiteral("/var/run/docker.sock");
    s.exists = true;
    s.group = 998;
    s.mode = 0660;
    f.serviceUserSockets << s;
    return f;
}

LocalFacts withNvidia(LocalFacts f, int gpus)
{
    f.nvidia.nvmlLoaded = true;
    f.nvidia.driverVersion = QStringLiteral("550.54.14");
    for (int i = 0; i < gpus; ++i)
        f.nvidia.gpus << NvidiaGpu{i, QStringLiteral("NVIDIA GeForce RTX 3080"), Q_INT64_C(10) << 30,
                                   QStringLiteral("GPU-%1").arg(i)};
    f.nvidia.cudaLoaded = true;
    f.nvidia.cudaVersion = 12040;
    f.nvidia.cudaDevices = gpus;
    f.devices.nvidiaNodes = {QStringLiteral("/dev/nvidia-uvm"), QStringLiteral("/dev/nvidia0"),
                             QStringLiteral("/dev/nvidiactl")};
    return f;
}

engine::EngineInfo info(bool nvidiaRuntime, QStringList cdiDevices, bool rootless = false)
{
    engine::EngineInfo i;
    i.serverVersion = QStringLiteral("28.2.2");
    i.cgroupVersion = QStringLiteral("2");
    i.rootless = rootless;
    i.rootDir = QStringLiteral("/var/lib/docker");
    i.runtimes.insert(QStringLiteral("runc"), QStringLiteral("runc"));
    if (nvidiaRuntime)
        i.runtimes.insert(QStringLiteral("nvidia"), QStringLiteral("nvidia-container-runtime"));
    i.defaultRuntime = QStringLiteral("runc");
    for (const QString& d : cdiDevices)
        i.discoveredDevices << engine::DiscoveredDevice{QStringLiteral("cdi"), d};
    i.cdiSpecDirs = QStringList{QStringLiteral("/etc/cdi"), QStringLiteral("/var/run/cdi")};
    return i;
}

} // namespace

class TestReadinessLocalChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void engineLines_data()
    {
        QTest::addColumn<LocalFacts>("facts");
        QTest::addColumn<QString>("id");
        QTest::addColumn<CheckStatus>("status");
        QTest::addColumn<QString>("text"); // in the summary
        QTest::addColumn<QString>("fix");  // in the fix; empty: no fix

        QTest::newRow("podman picked") << podmanMachine() << QStringLiteral("engine.client_pick")
                                       << CheckStatus::Pass << QStringLiteral("Podman 4.3.1") << QString();
        LocalFacts both = podmanMachine();
        both.programs.docker = ran("docker", "Docker version 20.10.24+dfsg1, build 297e128\n");
        both.programs.dockerVersion = QStringLiteral("20.10.24+dfsg1");
        QTest::newRow("podman before docker")
            << both << QStringLiteral("engine.client_pick") << CheckStatus::Pass
            << QStringLiteral("Podman 4.3.1") << QString();
        QTest::newRow("docker cli line") << both << QStringLiteral("engine.cli.docker") << CheckStatus::Pass
                                         << QStringLiteral("20.10.24+dfsg1") << QString();
        LocalFacts none;
        none.serviceUser = boincUser();
        QTest::newRow("no engine") << none << QStringLiteral("engine.client_pick") << CheckStatus::Fail
                                   << QStringLiteral("Neither") << QStringLiteral("apt install podman");
        QTest::newRow("podman missing") << none << QStringLiteral("engine.cli.podman") << CheckStatus::Skip
                                        << QStringLiteral("not installed") << QString();
        LocalFacts garbled = dockerMachine();
        garbled.programs.docker.output = "something else\n";
        garbled.programs.dockerVersion.clear();
        QTest::newRow("unparsable version") << garbled << QStringLiteral("engine.cli.docker")
                                            << CheckStatus::Warn << QStringLiteral("no version") << QString();

        LocalFacts noSubids = podmanMachine();
        noSubids.serviceUser.subuids = 0;
        QTest::newRow("subids missing")
            << noSubids << QStringLiteral("engine.podman.subids") << CheckStatus::Fail
            << QStringLiteral("subordinate")
            << QStringLiteral("sudo usermod --add-subuids 100000-165535 --add-subgids "
                              "100000-165535 boinc");
        QTest::newRow("subids present") << podmanMachine() << QStringLiteral("engine.podman.subids")
                                        << CheckStatus::Pass << QStringLiteral("65536") << QString();
        LocalFacts noLinger = podmanMachine();
        noLinger.serviceUser.lingering = false;
        QTest::newRow("no linger") << noLinger << QStringLiteral("engine.podman.linger") << CheckStatus::Fail
                                   << QStringLiteral("lingering")
                                   << QStringLiteral("sudo loginctl enable-linger boinc");

        QTest::newRow("not in docker group")
            << dockerMachine() << QStringLiteral("engine.docker.access") << CheckStatus::Fail
            << QStringLiteral("not in group docker") << QStringLiteral("sudo usermod -aG docker boinc");
        LocalFacts member = dockerMachine();
        member.serviceUser.groups << QStringLiteral("docker");
        member.serviceUserSockets[0].usable = true;
        QTest::newRow("docker group member") << member << QStringLiteral("engine.docker.access")
                                             << CheckStatus::Pass << QStringLiteral("may use") << QString();
        LocalFacts ghost = dockerMachine();
        ghost.serviceUser.exists = false;
        QTest::newRow("no boinc user") << ghost << QStringLiteral("engine.service_user") << CheckStatus::Fail
                                       << QStringLiteral("does not exist") << QStringLiteral("boinc-client");
        LocalFacts enforcing = podmanMachine();
        enforcing.selinux = SelinuxMode::Enforcing;
        QTest::newRow("selinux enforcing")
            << enforcing << QStringLiteral("engine.selinux") << CheckStatus::Warn
            << QStringLiteral("enforcing") << QStringLiteral("ausearch");

        LocalFacts reached = dockerMachine();
        reached.engineInfo = info(false, {}, true);
        reached.engineType = engine::EngineType::Docker;
        QTest::newRow("reachable") << reached << QStringLiteral("engine.reachable") << CheckStatus::Pass
                                   << QStringLiteral("docker 28.2.2") << QString();
        QTest::newRow("rootless") << reached << QStringLiteral("engine.rootless") << CheckStatus::Pass
                                  << QStringLiteral("rootless, cgroup v2") << QString();
        LocalFacts unreachable = dockerMachine();
        unreachable.engineError = QStringLiteral("permission denied");
        QTest::newRow("unreachable") << unreachable << QStringLiteral("engine.reachable") << CheckStatus::Warn
                                     << QStringLiteral("cannot reach") << QString();

        LocalFacts compose = dockerMachine();
        compose.programs.composePluginVersion = QStringLiteral("2.29.1");
        QTest::newRow("compose plugin") << compose << QStringLiteral("engine.compose") << CheckStatus::Pass
                                        << QStringLiteral("2.29.1") << QString();
        LocalFacts v1 = dockerMachine();
        v1.programs.composeV1Version = QStringLiteral("1.29.2");
        QTest::newRow("compose v1 only")
            << v1 << QStringLiteral("engine.compose") << CheckStatus::Warn
            << QStringLiteral("docker-compose 1.29.2") << QStringLiteral("docker-compose-plugin");
    }
    void engineLines()
    {
        QFETCH(LocalFacts, facts);
        QFETCH(QString, id);
        QFETCH(CheckStatus, status);
        QFETCH(QString, text);
        QFETCH(QString, fix);
        const CheckList checks = EngineChecks::build(facts);
        const Check* c = findCheck(checks, id);
        QVERIFY2(c, qPrintable(id));
        QCOMPARE(c->group, CheckGroup::Engine);
        QCOMPARE(c->status, status);
        QVERIFY2(c->summary.contains(text), qPrintable(c->summary));
        if (fix.isEmpty())
            QVERIFY2(c->fix.isEmpty() || status != CheckStatus::Pass, qPrintable(c->fix));
        else
            QVERIFY2(c->fix.contains(fix), qPrintable(c->fix));
    }

    void gpuMemoryIsInBinaryUnitsNamedSo()
    {
        // An H200 as NVML reported it on a real one: 143771 MiB, which is 140.4 GiB (not "GB").
        LocalFacts facts = withNvidia(dockerMachine(), 1);
        facts.nvidia.gpus[0].memoryBytes = Q_INT64_C(143771) * 1024 * 1024;
        const CheckList checks = GpuChecks::build(facts);
        const Check* c = findCheck(checks, QStringLiteral("gpu.nvidia.driver"));
        QVERIFY(c);
        QVERIFY2(c->detail.contains(QStringLiteral("140.4 GiB")), qPrintable(c->detail));
    }

    void gpuLines_data()
    {
        QTest::addColumn<LocalFacts>("facts");
        QTest::addColumn<QString>("id");
        QTest::addColumn<CheckStatus>("status");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fix");

        LocalFacts bare = dockerMachine();
        bare.nvidia.nvmlError = QStringLiteral("libnvidia-ml.so.1 not found");
        QTest::newRow("no gpu") << bare << QStringLiteral("gpu.nvidia.driver") << CheckStatus::Skip
                                << QStringLiteral("No NVIDIA") << QString();
        const LocalFacts two = withNvidia(dockerMachine(), 2);
        QTest::newRow("driver") << two << QStringLiteral("gpu.nvidia.driver") << CheckStatus::Pass
                                << QStringLiteral("550.54.14, 2 GPU") << QString();
        QTest::newRow("cuda") << two << QStringLiteral("gpu.nvidia.cuda") << CheckStatus::Pass
                              << QStringLiteral("CUDA 12.4") << QString();
        QTest::newRow("toolkit missing")
            << two << QStringLiteral("gpu.nvidia.toolkit") << CheckStatus::Fail
            << QStringLiteral("not installed") << QStringLiteral("nvidia-container-toolkit");
        LocalFacts moduleOnly = dockerMachine();
        moduleOnly.devices.nvidiaKernelModule = QStringLiteral("550.54.14");
        moduleOnly.nvidiaSmi.error = QStringLiteral("NVIDIA-SMI has failed because it couldn't communicate");
        QTest::newRow("driver not answering")
            << moduleOnly << QStringLiteral("gpu.nvidia.driver") << CheckStatus::Fail
            << QStringLiteral("does not answer") << QStringLiteral("modprobe nvidia");
        QTest::newRow("no cuda") << moduleOnly << QStringLiteral("gpu.nvidia.cuda") << CheckStatus::Fail
                                 << QStringLiteral("no GPU") << QStringLiteral("libcuda1");
        LocalFacts noUvm = two;
        noUvm.devices.nvidiaNodes.removeAll(QStringLiteral("/dev/nvidia-uvm"));
        QTest::newRow("no uvm node") << noUvm << QStringLiteral("gpu.nvidia.devices") << CheckStatus::Warn
                                     << QStringLiteral("/dev/nvidia-uvm")
                                     << QStringLiteral("nvidia-modprobe");

        LocalFacts unwired = two;
        unwired.engineInfo = info(false, {});
        unwired.engineType = engine::EngineType::Docker;
        QTest::newRow("docker unwired")
            << unwired << QStringLiteral("gpu.engine.wiring") << CheckStatus::Fail
            << QStringLiteral("neither")
            << QStringLiteral("sudo nvidia-ctk runtime configure --runtime=docker");
        LocalFacts runtime = two;
        runtime.engineInfo = info(true, {});
        QTest::newRow("nvidia runtime") << runtime << QStringLiteral("gpu.engine.wiring") << CheckStatus::Pass
                                        << QStringLiteral("runtime nvidia") << QString();
        LocalFacts cdi = two;
        cdi.engineInfo = info(false, {QStringLiteral("nvidia.com/gpu=all")});
        QTest::newRow("cdi devices") << cdi << QStringLiteral("gpu.engine.wiring") << CheckStatus::Pass
                                     << QStringLiteral("nvidia.com/gpu=all") << QString();
        LocalFacts cdiOff = two;
        cdiOff.engineInfo = info(true, {});
        cdiOff.engineInfo->cdiSpecDirs = QStringList{};
        QTest::newRow("cdi off") << cdiOff << QStringLiteral("gpu.engine.cdi") << CheckStatus::Warn
                                 << QStringLiteral("CDI is off") << QStringLiteral("daemon.json");
        LocalFacts podmanNoSpec = withNvidia(podmanMachine(), 1);
        podmanNoSpec.engineInfo = info(false, {});
        podmanNoSpec.engineType = engine::EngineType::Podman;
        QTest::newRow("podman needs cdi")
            << podmanNoSpec << QStringLiteral("gpu.cdi.specs") << CheckStatus::Fail
            << QStringLiteral("No CDI spec")
            << QStringLiteral("sudo nvidia-ctk cdi generate --output=/etc/cdi/nvidia.yaml");
        QTest::newRow("podman unwired")
            << podmanNoSpec << QStringLiteral("gpu.engine.wiring") << CheckStatus::Fail
            << QStringLiteral("neither") << QStringLiteral("cdi generate");
        LocalFacts podmanSpec = podmanNoSpec;
        CdiSpec spec;
        spec.path = QStringLiteral("/etc/cdi/nvidia.yaml");
        spec.kind = QStringLiteral("nvidia.com/gpu");
        spec.devices = {QStringLiteral("0"), QStringLiteral("GPU-0"), QStringLiteral("all")};
        podmanSpec.cdiSpecs << spec;
        QTest::newRow("podman reads specs")
            << podmanSpec << QStringLiteral("gpu.engine.wiring") << CheckStatus::Pass
            << QStringLiteral("CDI specs on disk") << QString();
        QTest::newRow("spec matches") << podmanSpec << QStringLiteral("gpu.cdi.stale") << CheckStatus::Pass
                                      << QStringLiteral("match") << QString();
        LocalFacts stale = withNvidia(podmanMachine(), 2);
        stale.cdiSpecs << spec;
        QTest::newRow("stale spec") << stale << QStringLiteral("gpu.cdi.stale") << CheckStatus::Warn
                                    << QStringLiteral("/etc/cdi/nvidia.yaml")
                                    << QStringLiteral(
                                           "sudo nvidia-ctk cdi generate --output=/etc/cdi/nvidia.yaml");
        LocalFacts broken = two;
        CdiSpec bad;
        bad.path = QStringLiteral("/etc/cdi/broken.json");
        bad.error = QStringLiteral("not valid JSON");
        broken.cdiSpecs << bad;
        QTest::newRow("broken spec") << broken << QStringLiteral("gpu.cdi.broken") << CheckStatus::Warn
                                     << QStringLiteral("1 CDI spec") << QStringLiteral("cdi generate");
        LocalFacts rootless = two;
        rootless.engineInfo = info(true, {}, true);
        rootless.devices.toolkitConfig = true;
        rootless.programs.toolkitVersion = QStringLiteral("1.14.3");
        QTest::newRow("rootless no-cgroups")
            << rootless << QStringLiteral("gpu.nvidia.no_cgroups") << CheckStatus::Warn
            << QStringLiteral("no-cgroups") << QStringLiteral("no-cgroups --in-place");
        QTest::newRow("toolkit") << rootless << QStringLiteral("gpu.nvidia.toolkit") << CheckStatus::Pass
                                 << QStringLiteral("1.14.3") << QString();
        LocalFacts amd = dockerMachine();
        amd.devices.amdKfd = true;
        amd.devices.renderNodes = {QStringLiteral("/dev/dri/renderD128")};
        QTest::newRow("amd info") << amd << QStringLiteral("gpu.amd") << CheckStatus::Skip
                                  << QStringLiteral("AMD GPU")
                                  << QStringLiteral("usermod -aG video,render boinc");
        LocalFacts intel = dockerMachine();
        intel.devices.drmVendors = {QStringLiteral("0x8086")};
        QTest::newRow("intel info") << intel << QStringLiteral("gpu.intel") << CheckStatus::Skip
                                    << QStringLiteral("Intel GPU") << QString();
    }
    void gpuLines()
    {
        QFETCH(LocalFacts, facts);
        QFETCH(QString, id);
        QFETCH(CheckStatus, status);
        QFETCH(QString, text);
        QFETCH(QString, fix);
        const CheckList checks = GpuChecks::build(facts);
        const Check* c = findCheck(checks, id);
        QVERIFY2(c, qPrintable(id));
        QCOMPARE(c->group, CheckGroup::Gpu);
        QCOMPARE(c->status, status);
        QVERIFY2(c->summary.contains(text), qPrintable(c->summary));
        if (!fix.isEmpty())
            QVERIFY2(c->fix.contains(fix), qPrintable(c->fix));
    }

    void noNvidiaMeansNoNvidiaNoise()
    {
        const CheckList checks = GpuChecks::build(dockerMachine());
        QVERIFY(!findCheck(checks, QStringLiteral("gpu.nvidia.toolkit")));
        QVERIFY(!findCheck(checks, QStringLiteral("gpu.engine.wiring")));
        for (const Check& c : checks)
            QVERIFY2(c.status != CheckStatus::Fail, qPrintable(c.id));
    }

    void diskThresholds_data()
    {
        QTest::addColumn<qint64>("free");
        QTest::addColumn<CheckStatus>("status");
        QTest::newRow("plenty") << Q_INT64_C(50000000000) << CheckStatus::Pass;
        QTest::newRow("under 10 GB") << Q_INT64_C(9000000000) << CheckStatus::Warn;
        QTest::newRow("under 1 GB") << Q_INT64_C(500000000) << CheckStatus::Fail;
    }
    void diskThresholds()
    {
        QFETCH(qint64, free);
        QFETCH(CheckStatus, status);
        LocalFacts f = dockerMachine();
        f.engineInfo = info(false, {});
        f.serviceUser.dataDir = QStringLiteral("/var/lib/boinc-client");
        DiskSpace images{QStringLiteral("/var/lib/docker"), QStringLiteral("/var/lib"), true, free,
                         Q_INT64_C(100000000000)};
        DiskSpace data{QStringLiteral("/var/lib/boinc-client"), QStringLiteral("/var/lib/boinc-client"), true,
                       Q_INT64_C(80000000000), Q_INT64_C(100000000000)};
        f.resources.disks = {images, data, DiskSpace{QStringLiteral("/srv"), {}, false, 0, 0}};
        const CheckList checks = ResourceChecks::build(f);
        const Check* c = findCheck(checks, QStringLiteral("resources.disk.images"));
        QVERIFY(c);
        QCOMPARE(c->group, CheckGroup::Resources);
        QCOMPARE(c->status, status);
        QVERIFY(c->summary.contains(QLatin1String("/var/lib/docker")));
        QCOMPARE(c->fix.isEmpty(), status == CheckStatus::Pass);
        QCOMPARE(findCheck(checks, QStringLiteral("resources.disk.boinc"))->status, CheckStatus::Pass);
        QCOMPARE(findCheck(checks, QStringLiteral("resources.disk.1"))->status, CheckStatus::Skip);
    }

    void memoryCpusVirtualization()
    {
        LocalFacts f = dockerMachine();
        f.resources.memoryTotal = Q_INT64_C(8) << 30;
        f.resources.memoryAvailable = Q_INT64_C(512) << 20;
        f.resources.cpus = 4;
        f.resources.hypervisor = true;
        const CheckList checks = ResourceChecks::build(f);
        QCOMPARE(findCheck(checks, QStringLiteral("resources.memory"))->status, CheckStatus::Warn);
        QVERIFY(findCheck(checks, QStringLiteral("resources.cpus"))->summary.contains(QLatin1String("4")));
        QVERIFY(findCheck(checks, QStringLiteral("resources.virtualization"))
                    ->summary.contains(QLatin1String("virtual machine")));
        f.resources.memoryAvailable = Q_INT64_C(6) << 30;
        QCOMPARE(findCheck(ResourceChecks::build(f), QStringLiteral("resources.memory"))->status,
                 CheckStatus::Pass);
    }

    void summaryExplainsTheVerdicts()
    {
        LocalFacts f = withNvidia(podmanMachine(), 1);
        f.serviceUser.lingering = false;
        f.serviceUser.subuids = 0;
        f.programs.composeV1Version = QStringLiteral("1.29.2");
        f.engineInfo = info(false, {});
        f.engineType = engine::EngineType::Podman;
        const ComputerSummary s = LocalSummary::summarize(f);
        QVERIFY(s.examined);
        QCOMPARE(s.engineClis, QStringList{QStringLiteral("podman 4.3.1")});
        QCOMPARE(s.serviceUserProblems.size(), 2);
        QVERIFY(s.serviceUserFixes.join(QLatin1Char(' ')).contains(QLatin1String("enable-linger boinc")));
        QVERIFY(s.serviceUserFixes.join(QLatin1Char(' ')).contains(QLatin1String("--add-subuids")));
        QCOMPARE(s.nvidiaGpus, 1);
        QCOMPARE(s.nvidiaDriver, QStringLiteral("550.54.14"));
        QVERIFY(s.gpuWiringKnown);
        QVERIFY(!s.gpuWiring);
        QVERIFY(s.gpuWiringFix.contains(QLatin1String("cdi generate")));
        QCOMPARE(s.composeHere, QStringLiteral("docker-compose 1.29.2"));

        const ComputerSummary fine = LocalSummary::summarize(podmanMachine());
        QVERIFY(fine.serviceUserProblems.isEmpty());
        QVERIFY(!fine.gpuWiringKnown);
        QCOMPARE(fine.nvidiaGpus, 0);
        const CheckList all = LocalSummary::checks(f);
        QVERIFY(findCheck(all, QStringLiteral("engine.client_pick")));
        QVERIFY(findCheck(all, QStringLiteral("gpu.nvidia.driver")));
        QVERIFY(findCheck(all, QStringLiteral("resources.memory")));
    }
};

QTEST_GUILESS_MAIN(TestReadinessLocalChecks)
#include "TestReadinessLocalChecks.moc"
