// The scheduler's plan class rules against recorded hosts: one table row per host variant and
// plan class, with the verdict and words of the refusal the scheduler would give. Hosts are the
// recorded host_info replies (8.x Linux with Podman, with Docker and NVIDIA GPUs, 7.20 Linux,
// Windows with and without boinc-buda-runner, in the old WSL schema, as a service, macOS) plus
// small edits made in code; plan classes are the project file of tests/data/readiness and a few
// more below for the rules that file does not use.
#include "TestData.h"
#include "boinc/LenientXml.h"
#include "boinc/ReplyParsers.h"
#include "readiness/PlanClassJudge.h"

#include <QtTest>
#include <functional>
#include <map>

using namespace bdm::readiness;
using bdm::boinc::ClientVersion;
using bdm::boinc::HostInfo;

namespace {

const char extraClasses[] = R"(<plan_classes>
  <plan_class><name>libc231</name><min_libc_version>231</min_libc_version></plan_class>
  <plan_class><name>win_22h2</name><min_os_version>1000226210</min_os_version></plan_class>
  <plan_class><name>old_windows</name><max_os_version>1000190000</max_os_version></plan_class>
  <plan_class><name>android</name><min_android_version>40000</min_android_version></plan_class>
  <plan_class><name>upper_sse</name><cpu_feature>SSE2</cpu_feature></plan_class>
  <plan_class><name>amd_cpu</name><cpu_vendor_regex>^AuthenticAMD$</cpu_vendor_regex></plan_class>
  <plan_class><name>xeon</name><cpu_model_regex>Xeon</cpu_model_regex></plan_class>
  <plan_class><name>one_user</name><user_id>42</user_id></plan_class>
  <plan_class><name>bad_regex</name><os_regex>(Linux</os_regex></plan_class>
  <plan_class><name>fast_gpu</name><gpu_type>nvidia</gpu_type><min_gpu_peak_flops>1e14</min_gpu_peak_flops></plan_class>
  <plan_class><name>slow_gpu</name><gpu_type>nvidia</gpu_type><max_driver_version>53000</max_driver_version></plan_class>
  <plan_class><name>intel_by_regex</name><gpu_type_regex>^intel</gpu_type_regex></plan_class>
  <plan_class><name>old_client</name><max_core_client_version>72099</max_core_client_version></plan_class>
  <plan_class><name>intel_ram</name><gpu_type>intel_gpu</gpu_type><min_gpu_ram_mb>512</min_gpu_ram_mb></plan_class>
  <plan_class><name>wsl_libc</name><wsl/><min_libc_version>239</min_libc_version></plan_class>
  <plan_class><name>opencl_dp</name><gpu_type>nvidia</gpu_type><opencl/><double_precision_fp/></plan_class>
  <plan_class><name>opencl_cpu</name><opencl/></plan_class>
</plan_classes>)";

HostInfo recordedHost(const QString& file)
{
    const auto doc = bdm::boinc::XmlDocument::parse(bdm::test::readReply(file));
    return bdm::boinc::parse::hostInfo(doc.root().child("boinc_gui_rpc_reply").child("host_info"));
}

PlanClassHost hostOn(const QString& file, ClientVersion client)
{
    PlanClassHost h;
    h.host = recordedHost(file);
    h.client = client;
    h.config.known = true;
    h.platformName =
        h.host.isWindows() ? QStringLiteral("windows_x86_64") : QStringLiteral("x86_64-pc-linux-gnu");
    return h;
}

bdm::boinc::Gpu& gpu(PlanClassHost& h, const char* type)
{
    for (auto& g : h.host.gpus) {
        if (g.type == QLatin1String(type))
            return g;
    }
    qFatal("no %s GPU in the host", type);
}

// Every host variant of the table, by name: a recorded reply and the edit made to it.
PlanClassHost host(const QString& variant)
{
    const ClientVersion v826{8, 2, 6};
    const QString podman = QStringLiteral("boinc/host_info_8x_linux_podman.reply");
    const QString nvidia = QStringLiteral("boinc/host_info_8x_linux_docker_nvidia.reply");
    const QString buda = QStringLiteral("boinc/host_info_8x_windows_buda.reply");
    const QString noBuda = QStringLiteral("boinc/host_info_8x_windows_no_buda.reply");
    const QString mac = QStringLiteral("boinc/host_info_8x_macos_podman.reply");
    const std::map<QString, std::function<PlanClassHost()>> variants = {
        {QStringLiteral("linux podman"),
         [&] {
             return hostOn(podman, v826);
         }},
        {QStringLiteral("linux no engine"),
         [&] {
             auto h = hostOn(podman, v826);
             h.host.dockerVersion.clear();
             return h;
         }},
        {QStringLiteral("linux dont_use_docker"),
         [&] {
             auto h = hostOn(podman, v826);
             h.config.dontUseDocker = true;
             return h;
         }},
        {QStringLiteral("linux 7.20"),
         [&] {
             return hostOn(QStringLiteral("captures/boinc-7.20.5-debian/get_host_info.reply"),
                           ClientVersion{7, 20, 5});
         }},
        {QStringLiteral("linux 8.3 docker"),
         [&] {
             return hostOn(QStringLiteral("captures/boinc-8.3.0-linux-docker/get_host_info.reply"),
                           ClientVersion{8, 3, 0});
         }},
        {QStringLiteral("linux nvidia"),
         [&] {
             return hostOn(nvidia, ClientVersion{8, 3, 0});
         }},
        {QStringLiteral("linux nvidia cc 3.5"),
         [&] {
             auto h = hostOn(nvidia, ClientVersion{8, 3, 0});
             gpu(h, "NVIDIA").computeMajor = 3;
             gpu(h, "NVIDIA").computeMinor = 5;
             return h;
         }},
        {QStringLiteral("linux nvidia cuda 11.4"),
         [&] {
             auto h = hostOn(nvidia, ClientVersion{8, 3, 0});
             gpu(h, "NVIDIA").cudaVersion = 11040;
             return h;
         }},
        {QStringLiteral("linux nvidia driver 470"),
         [&] {
             auto h = hostOn(nvidia, ClientVersion{8, 3, 0});
             gpu(h, "NVIDIA").driverVersion = 47000;
             return h;
         }},
        {QStringLiteral("linux nvidia 4 GB"),
         [&] {
             auto h = hostOn(nvidia, ClientVersion{8, 3, 0});
             gpu(h, "NVIDIA").totalGlobalMem = 4.0 * 1024 * 1024 * 1024;
             return h;
         }},
        {QStringLiteral("linux nvidia no fp64"),
         [&] {
             auto h = hostOn(nvidia, ClientVersion{8, 3, 0});
             gpu(h, "NVIDIA").openCl.doubleFp = false;
             return h;
         }},
        {QStringLiteral("linux 8 cpus"),
         [&] {
             auto h = hostOn(podman, v826);
             h.host.cpuCount = 8;
             return h;
         }},
        {QStringLiteral("linux 8 cpus 25% allowed"),
         [&] {
             auto h = hostOn(podman, v826);
             h.host.cpuCount = 8;
             h.maxNcpusPct = 25;
             return h;
         }},
        {QStringLiteral("linux 8 cpus 2 GB"),
         [&] {
             auto h = hostOn(podman, v826);
             h.host.cpuCount = 8;
             h.host.memoryBytes = 2.0 * 1024 * 1024 * 1024;
             return h;
         }},
        {QStringLiteral("linux no fma"),
         [&] {
             auto h = hostOn(podman, v826);
             h.host.cpuFeatures.replace(QStringLiteral(" fma "), QStringLiteral(" "));
             return h;
         }},
        {QStringLiteral("linux libc 2.28"),
         [&] {
             auto h = hostOn(podman, v826);
             h.host.osVersion = QStringLiteral("Debian GNU/Linux 10 (buster) [4.19.0-26-amd64|libc 2.28]");
             return h;
         }},
        {QStringLiteral("linux vbox 7.0.14"),
         [&] {
             auto h = hostOn(podman, v826);
             h.host.virtualboxVersion = QStringLiteral("7.0.14");
             return h;
         }},
        {QStringLiteral("linux vbox 7.0.12"),
         [&] {
             auto h = hostOn(podman, v826);
             h.host.virtualboxVersion = QStringLiteral("7.0.12");
             return h;
         }},
        {QStringLiteral("linux vbox 5.1.38"),
         [&] {
             auto h = hostOn(podman, v826);
             h.host.virtualboxVersion = QStringLiteral("5.1.38");
             return h;
         }},
        {QStringLiteral("linux vbox 32-bit client"),
         [&] {
             auto h = hostOn(podman, v826);
             h.host.virtualboxVersion = QStringLiteral("7.0.14");
             h.platformName = QStringLiteral("i686-pc-linux-gnu");
             return h;
         }},
        {QStringLiteral("linux vbox vmx"),
         [&] {
             auto h = hostOn(podman, v826);
             h.host.virtualboxVersion = QStringLiteral("7.0.14");
             h.host.cpuFeatures += QStringLiteral(" vmx");
             return h;
         }},
        {QStringLiteral("linux vbox vmx disabled"),
         [&] {
             auto h = hostOn(podman, v826);
             h.host.virtualboxVersion = QStringLiteral("7.0.14");
             h.host.cpuFeatures += QStringLiteral(" vmx");
             h.host.vmExtensionsDisabled = true;
             return h;
         }},
        {QStringLiteral("windows buda"),
         [&] {
             return hostOn(buda, ClientVersion{8, 2, 8});
         }},
        {QStringLiteral("windows buda v5"),
         [&] {
             auto h = hostOn(buda, ClientVersion{8, 2, 8});
             h.host.wslDistros[0].distroVersion = 5;
             return h;
         }},
        {QStringLiteral("windows buda nvidia"),
         [&] {
             auto h = hostOn(buda, ClientVersion{8, 2, 8});
             h.host.gpus = recordedHost(nvidia).gpus;
             return h;
         }},
        {QStringLiteral("windows buda nvidia no wsl gpu"),
         [&] {
             auto h = hostOn(buda, ClientVersion{8, 2, 8});
             h.host.gpus = recordedHost(nvidia).gpus;
             h.host.wslDistros[0].gpus.clear();
             return h;
         }},
        {QStringLiteral("windows buda dont_use_wsl"),
         [&] {
             auto h = hostOn(buda, ClientVersion{8, 2, 8});
             h.config.dontUseWsl = true;
             return h;
         }},
        {QStringLiteral("windows buda dont_use_docker"),
         [&] {
             auto h = hostOn(buda, ClientVersion{8, 2, 8});
             h.config.dontUseDocker = true;
             h.config.dontUseWsl = true;
             return h;
         }},
        {QStringLiteral("windows ubuntu docker"),
         [&] {
             return hostOn(noBuda, ClientVersion{8, 2, 4});
         }},
        {QStringLiteral("windows ubuntu disallowed"),
         [&] {
             auto h = hostOn(noBuda, ClientVersion{8, 2, 4});
             h.host.wslDistros[0].disallowed = true;
             return h;
         }},
        {QStringLiteral("windows service"),
         [&] {
             return hostOn(QStringLiteral("boinc/host_info_8x_windows_service.reply"),
                           ClientVersion{8, 2, 4});
         }},
        {QStringLiteral("windows old schema"),
         [&] {
             return hostOn(QStringLiteral("boinc/host_info_7x_windows_old_schema.reply"),
                           ClientVersion{7, 24, 1});
         }},
        {QStringLiteral("macos 8.2.5"),
         [&] {
             return hostOn(mac, ClientVersion{8, 2, 5});
         }},
        {QStringLiteral("macos 8.2.6"),
         [&] {
             return hostOn(mac, v826);
         }},
        {QStringLiteral("macos metal 2"),
         [&] {
             auto h = hostOn(mac, v826);
             gpu(h, "apple_gpu").metalSupport = 2;
             return h;
         }},
        {QStringLiteral("cc_config unknown"),
         [&] {
             auto h = hostOn(podman, v826);
             h.config.known = false;
             return h;
         }},
    };
    const auto it = variants.find(variant);
    if (it == variants.end())
        qFatal("unknown host variant %s", qPrintable(variant));
    return it->second();
}

} // namespace

class TestPlanClassJudge : public QObject
{
    Q_OBJECT

    PlanClassSpecFile m_project;
    PlanClassSpecFile m_extra;

    const PlanClassSpec* spec(const QString& name) const
    {
        const PlanClassSpec* s = m_project.find(name);
        return s ? s : m_extra.find(name);
    }

private slots:
    void initTestCase()
    {
        m_project =
            PlanClassSpecFile::parse(bdm::test::readTestData(QStringLiteral("readiness/plan_class_spec.xml")),
                                     QStringLiteral("project"));
        m_extra = PlanClassSpecFile::parse(QByteArray(extraClasses), QStringLiteral("extra"));
        QVERIFY2(m_project.ok() && m_extra.ok(), qPrintable(m_project.error + m_extra.error));
        QCOMPARE(m_extra.classes.size(), 17);
    }

    void verdict_follows_the_scheduler_rules_data()
    {
        QTest::addColumn<QString>("hostVariant");
        QTest::addColumn<QString>("planClass");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("reason"); // a part of the reason; empty: no reason at all

        const auto row = [](const char* host, const char* pc, bool ok, const char* reason) {
            QTest::addRow("%s | %s", host, pc)
                << QString::fromUtf8(host) << QString::fromUtf8(pc) << ok << QString::fromUtf8(reason);
        };
        // Docker on Linux and macOS: the engine fields, the client's config, the macOS minimum.
        row("linux podman", "docker", true, "");
        row("linux 8.3 docker", "docker", true, "");
        row("linux no engine", "docker", false, "Docker not present");
        row("linux 7.20", "docker", false, "Docker not present");
        row("linux dont_use_docker", "docker", false, "Client config does not allow using Docker");
        row("macos 8.2.5", "docker", false, "Docker jobs need 8.2.6+ client (this client is 8.2.5)");
        row("macos 8.2.6", "docker", true, "");
        row("cc_config unknown", "docker", true,
            "not judged here: the client's cc_config.xml could not be read");
        // Docker on Windows: WSL distros, boinc-buda-runner's version, the client's config.
        row("windows buda", "docker", true, "");
        row("windows ubuntu docker", "docker", true, "");
        row("windows ubuntu disallowed", "docker", false, "No usable WSL distros found");
        row("windows service", "docker", false, "No usable WSL distros found");
        row("windows old schema", "docker", false, "No usable WSL distros found");
        row("windows buda dont_use_wsl", "docker", false, "Client config does not allow using WSL");
        row("windows buda dont_use_docker", "docker", false, "Client config does not allow using Docker");
        row("windows buda v5", "docker_nvidia_cuda", false,
            "Current BOINC WSL distro needed (boinc-buda-runner version 6 or later; this computer has 5)");
        row("windows ubuntu docker", "docker_nvidia_cuda", false, "Current BOINC WSL distro needed");
        row("windows buda", "docker_nvidia_cuda", false, "No NVIDIA GPUs found");
        row("windows buda nvidia", "docker_nvidia_cuda", true, "");
        row("windows buda nvidia no wsl gpu", "docker_nvidia_cuda", false, "NVIDIA GPU not supported in WSL");
        // Plain WSL classes.
        row("windows old schema", "wsl", true, "");
        row("windows service", "wsl", false, "No WSL distros found");
        row("linux podman", "wsl", false, "No WSL distros found");
        row("windows buda dont_use_wsl", "wsl", false, "Client config does not allow using WSL");
        row("windows buda", "wsl_libc", false, "even for WSL and Docker classes");
        // NVIDIA, CUDA and OpenCL bounds.
        row("linux nvidia", "docker_nvidia_cuda", true, "");
        row("linux podman", "docker_nvidia_cuda", false, "No NVIDIA GPUs found");
        row("linux nvidia", "cuda118", true, "");
        row("linux nvidia cc 3.5", "cuda118", false,
            "NVIDIA compute capability required min: 500, supplied: 305");
        row("linux nvidia cuda 11.4", "cuda118", false, "CUDA version required min: 11080, supplied: 11040");
        row("linux nvidia driver 470", "cuda118", false,
            "Driver version required min: 52000, supplied: 47000");
        row("linux nvidia 4 GB", "cuda118", false, "GPU RAM required min: 8192 MB, supplied: 4096 MB");
        row("linux nvidia", "slow_gpu", false, "Driver version required max: 53000, supplied: 55054");
        row("linux nvidia", "fast_gpu", false, "GPU peak FLOPS too low");
        row("linux nvidia", "opencl_nvidia_120", true, "");
        row("linux nvidia", "opencl_intel_gpu", true, "");
        row("linux nvidia", "intel_by_regex", true, "");
        row("linux podman", "intel_by_regex", false, "No GPU type matches gpu_type_regex '^intel'");
        row("linux nvidia", "intel_ram", false, "GPU RAM required min: 512 MB, supplied: 0 MB");
        row("linux nvidia no fp64", "opencl_dp", false, "doesn't support double precision");
        row("linux podman", "opencl_amd", false, "No AMD GPUs found");
        row("linux podman", "opencl_cpu", false, "CPU doesn't support OpenCL");
        row("macos 8.2.6", "apple_metal", true, "");
        row("macos metal 2", "apple_metal", false, "Metal support level required min: 3, supplied: 2");
        // CPUs, memory, features.
        row("linux podman", "docker_mt", false,
            "Not enough CPUs: the plan class needs 4, this computer offers 2");
        row("linux 8 cpus", "docker_mt", true, "");
        row("linux 8 cpus 25% allowed", "mt", false, "this computer offers 2 (of 8");
        row("linux 8 cpus", "mt", true, "");
        row("linux 8 cpus 2 GB", "mt", false, "Insufficient multicore RAM: the plan class needs 3072 MB");
        row("linux podman", "avx2", true, "");
        row("linux no fma", "avx2", false, "CPU lacks feature 'fma'");
        row("linux podman", "upper_sse", false, "can never match");
        row("linux podman", "amd_cpu", false, "CPU vendor 'GenuineIntel' does not match");
        row("linux podman", "xeon", true, "");
        // OS, libc and client versions.
        row("linux podman", "avx512_linux", true, "");
        row("windows buda", "avx512_linux", false, "does not match os_regex");
        row("linux libc 2.28", "libc231", false, "the plan class needs 2.31, this computer reports 2.28");
        row("linux podman", "libc231", true, "");
        row("windows buda", "win_22h2", true, "");
        row("windows buda", "old_windows", false,
            "OS version 'Professional x64 Edition, (10.00.26100.00)' too high");
        row("linux podman", "android", false, "Android only");
        row("linux 7.20", "new_client_only", false, "needs 8.2.6 or later, this client is 7.20.5");
        row("linux podman", "new_client_only", true, "");
        row("linux nvidia", "old_client", false, "Need older BOINC core client");
        // VirtualBox.
        row("linux podman", "vbox64", false, "VirtualBox is not installed");
        row("windows buda", "vbox64", false, "VirtualBox is not usable");
        row("linux vbox 7.0.14", "vbox64", true, "");
        row("linux vbox 7.0.12", "vbox64", false, "VirtualBox version 7.0.12 is excluded");
        row("linux vbox 5.1.38", "vbox64", false, "VirtualBox version too low: needs 5.2.0");
        row("linux vbox 32-bit client", "vbox64", false, "i686-pc-linux-gnu");
        row("linux 7.20", "vbox64", false, "VirtualBox is not installed");
        row("linux vbox 7.0.14", "vbox64_mt", false, "neither vmx nor svm");
        row("linux vbox vmx disabled", "vbox64_mt", false, "disabled");
        row("linux vbox vmx", "vbox64_mt", true, "");
        // What only the server knows is noted, not refused; a broken file is refused outright.
        row("linux podman", "beta_testers", true, "project preference <beta> must be set and match '^1$'");
        row("linux podman", "one_user", true, "not judged here: only user ID 42");
        row("linux podman", "bad_regex", false, "cannot load this plan class file");
    }
    void verdict_follows_the_scheduler_rules()
    {
        QFETCH(QString, hostVariant);
        QFETCH(QString, planClass);
        QFETCH(bool, ok);
        QFETCH(QString, reason);
        const PlanClassSpec* s = spec(planClass);
        QVERIFY2(s, qPrintable(planClass));

        const PlanClassVerdict v = PlanClassJudge(host(hostVariant)).judge(*s);

        QCOMPARE(v.name, planClass);
        QVERIFY2(v.ok == ok, qPrintable(v.reason));
        if (reason.isEmpty())
            QVERIFY2(v.reason.isEmpty(), qPrintable(v.reason));
        else
            QVERIFY2(v.reason.contains(reason), qPrintable(v.reason));
        QCOMPARE(v.rule.isEmpty(), ok);
    }

    void the_first_refusal_wins_in_the_schedulers_order()
    {
        // No engine, too few CPUs and an old client at once: the CPU count comes first.
        PlanClassHost h = host(QStringLiteral("linux 7.20"));
        PlanClassSpec s;
        s.name = QStringLiteral("everything");
        s.docker = true;
        s.minNcpus = 16;
        s.minCoreClientVersion = 80206;
        QCOMPARE(PlanClassJudge(h).judge(s).rule, QStringLiteral("min_ncpus"));
        s.minNcpus = 0;
        QCOMPARE(PlanClassJudge(h).judge(s).rule, QStringLiteral("min_core_client_version"));
        s.minCoreClientVersion = 0;
        QCOMPARE(PlanClassJudge(h).judge(s).reason, QStringLiteral("Docker not present"));
    }

    void json_has_name_ok_and_reason_for_every_class_in_file_order()
    {
        const PlanClassJudge judge(host(QStringLiteral("linux podman")));
        const auto verdicts = judge.judgeAll(m_project);
        QCOMPARE(verdicts.size(), m_project.classes.size());

        const bdm::boinc::Json json = PlanClassJudge::toJson(verdicts);

        QVERIFY(json.is_array());
        QCOMPARE(json.size(), size_t(m_project.classes.size()));
        QCOMPARE(json[0].dump(), std::string(R"({"name":"docker","ok":true,"reason":""})"));
        QCOMPARE(json[1].dump(),
                 std::string(R"({"name":"docker_nvidia_cuda","ok":false,"reason":"No NVIDIA GPUs found"})"));
    }
};

QTEST_GUILESS_MAIN(TestPlanClassJudge)
#include "TestPlanClassJudge.moc"
