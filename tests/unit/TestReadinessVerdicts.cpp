// Verdicts and client checks against recorded host info of clients that cannot run here
// (BOINC 8.x on Linux, Windows, macOS) and the Debian 7.20 capture.
#include "TestData.h"
#include "boinc/LenientXml.h"
#include "boinc/ReplyParsers.h"
#include "readiness/ClientChecks.h"
#include "readiness/ReadinessReport.h"
#include "readiness/VerdictRules.h"

#include <QTest>

using namespace bdm;
using namespace bdm::readiness;

namespace {

boinc::HostInfo hostInfoOf(const QString& path)
{
    const boinc::XmlDocument doc = boinc::XmlDocument::parse(test::readReply(path));
    return boinc::parse::hostInfo(doc.root().child("boinc_gui_rpc_reply").child("host_info"));
}

ClientFacts factsFor(const QString& path, boinc::ClientVersion version)
{
    ClientFacts facts;
    facts.endpoint = *boinc::RpcEndpoint::parse(QStringLiteral("127.0.0.1"));
    facts.version = version;
    facts.hostInfo = hostInfoOf(path);
    facts.config.known = true;
    facts.config.source = QStringLiteral("get_cc_config");
    return facts;
}

const boinc::ClientVersion v720{7, 20, 5};
const boinc::ClientVersion v830{8, 3, 0};
const boinc::ClientVersion v825{8, 2, 5};

const Check* findCheck(const CheckList& checks, const QString& id)
{
    for (const Check& c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestReadinessVerdicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("dontUseDocker");
        QTest::addColumn<bool>("cpuOk");
        QTest::addColumn<QString>("cpuReason");
        QTest::addColumn<bool>("gpuOk");
        QTest::addColumn<QString>("gpuReason");
        QTest::addColumn<bool>("composeOk");

        const QString cap720 = QStringLiteral("captures/boinc-7.20.5-debian/get_host_info.reply");
        const QString cap830 = QStringLiteral("captures/boinc-8.3.0-linux-docker/get_host_info.reply");
        const QString podman = QStringLiteral("boinc/host_info_8x_linux_podman.reply");
        const QString nvidia = QStringLiteral("boinc/host_info_8x_linux_docker_nvidia.reply");
        const QString mac = QStringLiteral("boinc/host_info_8x_macos_podman.reply");
        const QString buda = QStringLiteral("boinc/host_info_8x_windows_buda.reply");
        const QString noBuda = QStringLiteral("boinc/host_info_8x_windows_no_buda.reply");
        const QString service = QStringLiteral("boinc/host_info_8x_windows_service.reply");
        const QString oldWin = QStringLiteral("boinc/host_info_7x_windows_old_schema.reply");

        QTest::newRow("debian 7.20") << cap720 << v720.packed() << false << false << "Docker not present"
                                     << false << "Docker not present" << false;
        QTest::newRow("8.3 docker, no gpu") << cap830 << v830.packed() << false << true << "Docker 28.2.2"
                                            << false << "No NVIDIA GPU" << false;
        QTest::newRow("8.x podman") << podman << v830.packed() << false << true << "Podman 4.9.3" << false
                                    << "No NVIDIA GPU" << false;
        QTest::newRow("8.x docker+nvidia")
            << nvidia << v830.packed() << false << true << "Docker 28.2.2" << true << "RTX 4090" << true;
        QTest::newRow("dont_use_docker")
            << nvidia << v830.packed() << true << false << "Client config does not allow using Docker"
            << false << "Client config does not allow using Docker" << true;
        QTest::newRow("macos 8.2.5") << mac << v825.packed() << false << false
                                     << "Docker jobs need 8.2.6+ client" << false
                                     << "Docker jobs need 8.2.6+ client" << false;
        QTest::newRow("macos 8.3") << mac << v830.packed() << false << true << "Podman 5.4.1" << false
                                   << "not available on macOS" << false;
        QTest::newRow("windows buda") << buda << v830.packed() << false << true << "boinc-buda-runner" << true
                                      << "NVIDIA GPU with CUDA" << false;
        QTest::newRow("windows no buda") << noBuda << v830.packed() << false << true << "docker 26.1.3"
                                         << false << "Current BOINC WSL distro needed" << false;
        QTest::newRow("windows service")
            << service << v830.packed() << false << false << "No usable WSL distros found" << false
            << "No usable WSL distros found" << false;
        QTest::newRow("windows 7.x") << oldWin << 71602 << false << false << "No usable WSL distros found"
                                     << false << "No usable WSL distros found" << false;
    }

    void verdicts()
    {
        QFETCH(QString, reply);
        QFETCH(int, version);
        QFETCH(bool, dontUseDocker);
        QFETCH(bool, cpuOk);
        QFETCH(QString, cpuReason);
        QFETCH(bool, gpuOk);
        QFETCH(QString, gpuReason);
        QFETCH(bool, composeOk);

        ClientFacts facts = factsFor(reply, {version / 10000, version / 100 % 100, version % 100});
        QVERIFY(facts.hostInfo->cpuCount > 0);
        facts.config.dontUseDocker = dontUseDocker;
        const Verdicts v = VerdictRules::judge(facts, ComputerSummary{});
        QCOMPARE(v.dockerCpu.ok, cpuOk);
        QVERIFY2(v.dockerCpu.reason.contains(cpuReason), qPrintable(v.dockerCpu.reason));
        QCOMPARE(v.dockerGpuNvidia.ok, gpuOk);
        QVERIFY2(v.dockerGpuNvidia.reason.contains(gpuReason), qPrintable(v.dockerGpuNvidia.reason));
        QCOMPARE(v.compose.ok, composeOk);
        // A refusal always says what to do about it, except where nothing can be done here.
        if (!v.dockerCpu.ok)
            QVERIFY(!v.dockerCpu.fix.isEmpty());
    }

    void oldClientIsToldToUpgradeEvenWithAnEngine()
    {
        const ClientFacts facts =
            factsFor(QStringLiteral("captures/boinc-7.20.5-debian/get_host_info.reply"), v720);
        ComputerSummary computer;
        computer.examined = true;
        computer.engineClis = {QStringLiteral("docker 20.10.24")};
        const Verdict cpu = VerdictRules::dockerCpu(facts, computer);
        QVERIFY(!cpu.ok);
        QCOMPARE(cpu.reason, QStringLiteral("Docker not present"));
        QVERIFY2(cpu.detail.contains(QLatin1String("8.2.0")), qPrintable(cpu.detail));
        QVERIFY(cpu.fix.contains(QLatin1String("8.2")));
        const CheckList checks = ClientChecks::build(facts, ClientInstall{});
        const Check* version = findCheck(checks, QStringLiteral("client.version"));
        QVERIFY(version);
        QCOMPARE(version->status, CheckStatus::Fail);
        QVERIFY(version->summary.contains(QLatin1String("7.20.5")));
    }

    void localCausesExplainDockerNotPresent()
    {
        ClientFacts facts = factsFor(QStringLiteral("boinc/host_info_8x_linux_podman.reply"), v830);
        facts.hostInfo->dockerVersion.clear();
        facts.hostInfo->dockerType = boinc::EngineType::None;
        ComputerSummary computer;
        computer.examined = true;
        QVERIFY(VerdictRules::dockerCpu(facts, computer).fix.contains(QLatin1String("apt install podman")));
        computer.engineClis = {QStringLiteral("podman 4.3.1")};
        computer.serviceUserProblems = {QStringLiteral("user boinc is not lingering")};
        computer.serviceUserFixes = {QStringLiteral("sudo loginctl enable-linger boinc")};
        const Verdict cpu = VerdictRules::dockerCpu(facts, computer);
        QCOMPARE(cpu.reason, QStringLiteral("Docker not present"));
        QVERIFY(cpu.detail.contains(QLatin1String("not lingering")));
        QVERIFY(cpu.fix.startsWith(QLatin1String("sudo loginctl enable-linger boinc")));
    }

    void gpuNeedsEngineWiring()
    {
        const ClientFacts facts =
            factsFor(QStringLiteral("boinc/host_info_8x_linux_docker_nvidia.reply"), v830);
        ComputerSummary computer;
        computer.examined = true;
        computer.gpuWiringKnown = true;
        computer.gpuWiring = false;
        computer.gpuWiringFix = QStringLiteral("sudo nvidia-ctk runtime configure --runtime=docker");
        const Verdicts v = VerdictRules::judge(facts, computer);
        QVERIFY(v.dockerCpu.ok);
        QVERIFY(!v.dockerGpuNvidia.ok);
        QCOMPARE(v.dockerGpuNvidia.fix, computer.gpuWiringFix);
        computer.gpuWiring = true;
        QVERIFY(VerdictRules::judge(facts, computer).dockerGpuNvidia.ok);
    }

    void unreachableClientIsAVerdictToo()
    {
        ClientFacts facts;
        facts.endpoint = *boinc::RpcEndpoint::parse(QStringLiteral("127.0.0.1:1"));
        facts.error =
            boinc::RpcError::make(boinc::RpcError::Unreachable, QStringLiteral("Connection refused"));
        const Verdicts v = VerdictRules::judge(facts, ComputerSummary{});
        QVERIFY(!v.dockerCpu.ok);
        QVERIFY(v.dockerCpu.reason.contains(QLatin1String("not reachable")));
        const CheckList checks = ClientChecks::build(facts, ClientInstall{});
        QCOMPARE(findCheck(checks, QStringLiteral("client.reachable"))->status, CheckStatus::Fail);
        QCOMPARE(findCheck(checks, QStringLiteral("client.version"))->status, CheckStatus::Skip);
        QVERIFY(!findCheck(checks, QStringLiteral("detected.engine")));
    }

    void windowsChecksListDistros()
    {
        const ClientFacts facts = factsFor(QStringLiteral("boinc/host_info_8x_windows_no_buda.reply"), v830);
        const CheckList checks = ClientChecks::build(facts, ClientInstall{});
        const Check* wsl = findCheck(checks, QStringLiteral("detected.wsl"));
        QVERIFY(wsl);
        QCOMPARE(wsl->status, CheckStatus::Pass);
        QVERIFY(wsl->detail.contains(QLatin1String("26.1.3")));
        QCOMPARE(findCheck(checks, QStringLiteral("detected.wsl.buda"))->status, CheckStatus::Warn);
        const ClientFacts service =
            factsFor(QStringLiteral("boinc/host_info_8x_windows_service.reply"), v830);
        const CheckList serviceChecks = ClientChecks::build(service, ClientInstall{});
        const Check* none = findCheck(serviceChecks, QStringLiteral("detected.wsl"));
        QCOMPARE(none->status, CheckStatus::Fail);
        QVERIFY(none->detail.contains(QLatin1String("service")));
    }

    void configFlags_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<bool>("known");
        QTest::addColumn<bool>("docker");
        QTest::addColumn<bool>("wsl");
        QTest::addColumn<QStringList>("disallowed");
        QTest::newRow("empty options")
            << QByteArray("<cc_config><options/></cc_config>") << true << false << false << QStringList{};
        QTest::newRow("flag") << QByteArray("<cc_config><options><dont_use_docker/></options></cc_config>")
                              << true << true << false << QStringList{};
        QTest::newRow("alias 1") << QByteArray("<cc_config><options><dont_use_podman>1</dont_use_podman>"
                                               "</options></cc_config>")
                                 << true << true << false << QStringList{};
        QTest::newRow("zero is off") << QByteArray("<cc_config><options><dont_use_docker>0</dont_use_docker>"
                                                   "<dont_use_wsl>1</dont_use_wsl></options></cc_config>")
                                     << true << false << true << QStringList{};
        QTest::newRow("disallowed") << QByteArray(
                                           "<cc_config><options><disallowed_wsl>Ubuntu</disallowed_wsl>"
                                           "<disallowed_wsl> Debian </disallowed_wsl></options></cc_config>")
                                    << true << false << false
                                    << QStringList{QStringLiteral("Ubuntu"), QStringLiteral("Debian")};
        QTest::newRow("cut off") << QByteArray("<cc_config><options><dont_use_docker/>") << false << false
                                 << false << QStringList{};
        QTest::newRow("not config") << QByteArray("<html>nope</html>") << false << false << false
                                    << QStringList{};
        QTest::newRow("garbage") << QByteArray("\x01\x02<<<&&&") << false << false << false << QStringList{};
    }

    void configFlags()
    {
        QFETCH(QByteArray, xml);
        const ClientConfigFlags flags = ClientConfigFlags::parse(xml, QStringLiteral("test"));
        QTEST(flags.known, "known");
        QTEST(flags.dontUseDocker, "docker");
        QTEST(flags.dontUseWsl, "wsl");
        QTEST(flags.disallowedWsl, "disallowed");
    }

    void reportJsonAndMarkdown()
    {
        ReadinessReport report;
        report.host = QStringLiteral("127.0.0.1:31416");
        report.created = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        report.checks << Check{QStringLiteral("client.version"),
                               CheckGroup::Client,
                               CheckStatus::Fail,
                               QStringLiteral("BOINC 7.20.5 | too old"),
                               QStringLiteral("line1\nline2"),
                               QStringLiteral("upgrade")};
        report.verdicts.dockerCpu =
            Verdict{false, QStringLiteral("Docker not present"), {}, QStringLiteral("x")};
        report.planClassSource = QStringLiteral("spec.xml");
        report.planClasses << PlanClassVerdict{QStringLiteral("docker"),
                                               false,
                                               QStringLiteral("Docker not present"),
                                               QStringLiteral("docker"),
                                               {}};
        const boinc::Json json = report.toJson();
        QVERIFY(json["checks"][0]["id"] == "client.version");
        QVERIFY(json["checks"][0]["status"] == "fail");
        QVERIFY(json["checks"][0]["group"] == "client");
        QVERIFY(json["verdicts"]["docker_cpu"]["ok"] == false);
        QVERIFY(json["verdicts"]["docker_cpu"]["reason"] == "Docker not present");
        QVERIFY(json["verdicts"]["docker_cpu"]["detail"].is_null());
        QVERIFY(json["verdicts"]["compose"]["ok"] == false);
        QVERIFY(json["plan_classes"][0]["name"] == "docker");
        QVERIFY(json["created"] == "2027-01-15T08:00:00Z");
        const QString md = report.toMarkdown();
        QVERIFY(md.contains(QLatin1String("does not qualify")));
        // Table cells must not be broken by the summary's '|' or the detail's newline.
        QVERIFY(md.contains(QLatin1String("BOINC 7.20.5 \\| too old")));
        QVERIFY(md.contains(QLatin1String("`docker`")));
    }
};

QTEST_GUILESS_MAIN(TestReadinessVerdicts)
#include "TestReadinessVerdicts.moc"
