#include "TestData.h"
#include "boinc/ReplyParsers.h"

#include <QElapsedTimer>
#include <QTest>

using namespace bdm::boinc;
using bdm::test::readReply;

namespace {

XmlElement replyOf(const QString& path)
{
    static QList<XmlDocument> keep; // documents must outlive the elements handed out
    keep.append(XmlDocument::parse(readReply(path)));
    return keep.last().root().child("boinc_gui_rpc_reply");
}

const QString cap83 = QStringLiteral("captures/boinc-8.3.0-linux-docker/");
const QString cap720 = QStringLiteral("captures/boinc-7.20.5-debian/");

} // namespace

class TestReplyParsers : public QObject
{
    Q_OBJECT

private slots:
    void host_info_of_boinc_8_3_reports_docker()
    {
        const HostInfo h =
            parse::hostInfo(replyOf(cap83 + QStringLiteral("get_host_info.reply")).child("host_info"));
        QCOMPARE(h.dockerVersion, QStringLiteral("28.2.2"));
        QCOMPARE(h.dockerType, EngineType::Docker);
        QCOMPARE(h.cpuCount, 2);
        QCOMPARE(h.libcVersion(), QStringLiteral("2.36"));
        QVERIFY(h.hasContainerEngine());
        QVERIFY(h.gpus.isEmpty());
    }

    void host_info_of_boinc_7_20_has_no_engine()
    {
        const HostInfo h =
            parse::hostInfo(replyOf(cap720 + QStringLiteral("get_host_info.reply")).child("host_info"));
        QVERIFY(h.dockerVersion.isEmpty());
        QCOMPARE(h.dockerType, EngineType::None);
        QVERIFY(!h.hasContainerEngine());
        QVERIFY(!h.osName.isEmpty());
    }

    void host_info_with_podman_and_compose()
    {
        const HostInfo podman = parse::hostInfo(
            replyOf(QStringLiteral("boinc/host_info_8x_linux_podman.reply")).child("host_info"));
        QCOMPARE(podman.dockerType, EngineType::Podman);
        QCOMPARE(podman.dockerVersion, QStringLiteral("4.9.3"));
        const HostInfo docker = parse::hostInfo(
            replyOf(QStringLiteral("boinc/host_info_8x_linux_docker_nvidia.reply")).child("host_info"));
        QCOMPARE(docker.compose.version, QStringLiteral("2.29.1"));
        QCOMPARE(docker.compose.type, EngineType::Docker);
    }

    void nvidia_and_intel_gpus_are_read_with_driver_and_cuda_versions()
    {
        const HostInfo h = parse::hostInfo(
            replyOf(QStringLiteral("boinc/host_info_8x_linux_docker_nvidia.reply")).child("host_info"));
        QCOMPARE(h.gpus.size(), 2);
        const Gpu& nv = h.gpus[0];
        QCOMPARE(nv.type, QStringLiteral("NVIDIA"));
        QCOMPARE(nv.count, 2);
        QCOMPARE(nv.name, QStringLiteral("NVIDIA GeForce RTX 4090"));
        QCOMPARE(nv.cudaVersionText(), QStringLiteral("12.4"));
        QCOMPARE(nv.driverVersionText(), QStringLiteral("550.54"));
        QCOMPARE(nv.computeMajor, 8);
        QCOMPARE(nv.openClDriverVersion, QStringLiteral("550.54.14"));
        QVERIFY(nv.haveCuda);
        QCOMPARE(h.gpus[1].type, QStringLiteral("intel_gpu"));
        QCOMPARE(h.gpus[1].openClDriverVersion, QStringLiteral("23.17.26241.33"));
    }

    void windows_with_the_boinc_wsl_distro_new_schema()
    {
        const HostInfo h = parse::hostInfo(
            replyOf(QStringLiteral("boinc/host_info_8x_windows_buda.reply")).child("host_info"));
        QVERIFY(h.isWindows());
        QVERIFY(h.dockerVersion.isEmpty()); // no top-level fields on Windows
        QCOMPARE(h.wslDistros.size(), 1);
        const WslDistro& d = h.wslDistros[0];
        QCOMPARE(d.name, QStringLiteral("boinc-buda-runner"));
        QCOMPARE(d.distroVersion, 6);
        QCOMPARE(d.dockerType, EngineType::Podman);
        QCOMPARE(d.libcVersion, QStringLiteral("2.39"));
        QCOMPARE(d.gpus.size(), 1);
        QVERIFY(d.gpus[0].hasCuda);
        QVERIFY(h.hasContainerEngine());
        QVERIFY(h.virtualboxVersion.contains(QLatin1String("unusable")));
    }

    void windows_without_the_boinc_distro_and_a_disallowed_one()
    {
        const HostInfo h = parse::hostInfo(
            replyOf(QStringLiteral("boinc/host_info_8x_windows_no_buda.reply")).child("host_info"));
        QCOMPARE(h.wslDistros.size(), 2);
        QVERIFY(h.wslDistros[0].isDefault);
        QCOMPARE(h.wslDistros[0].dockerType, EngineType::Docker);
        QVERIFY(h.wslDistros[1].disallowed);
        QVERIFY(h.hasContainerEngine());
    }

    void windows_client_running_as_a_service_reports_no_engine()
    {
        const HostInfo h = parse::hostInfo(
            replyOf(QStringLiteral("boinc/host_info_8x_windows_service.reply")).child("host_info"));
        QVERIFY(h.hasWslBlock);
        QVERIFY(h.wslDistros.isEmpty());
        QVERIFY(!h.hasContainerEngine());
    }

    void windows_old_wsl_schema_is_read()
    {
        const HostInfo h = parse::hostInfo(
            replyOf(QStringLiteral("boinc/host_info_7x_windows_old_schema.reply")).child("host_info"));
        QVERIFY(h.wslAvailable);
        QCOMPARE(h.wslDistros.size(), 1);
        QCOMPARE(h.wslDistros[0].name, QStringLiteral("Ubuntu"));
        QCOMPARE(h.wslDistros[0].osVersion, QStringLiteral("20.04"));
        QVERIFY(h.wslDistros[0].isDefault);
        QVERIFY(!h.hasContainerEngine());
    }

    void macos_with_podman_and_an_apple_gpu()
    {
        const HostInfo h = parse::hostInfo(
            replyOf(QStringLiteral("boinc/host_info_8x_macos_podman.reply")).child("host_info"));
        QVERIFY(h.isMac());
        QCOMPARE(h.dockerType, EngineType::Podman);
        QCOMPARE(h.gpus.size(), 1);
        QCOMPARE(h.gpus[0].type, QStringLiteral("apple_gpu"));
        QCOMPARE(h.gpus[0].name, QStringLiteral("Apple M2 Pro"));
    }

    void active_results_of_the_docker_lab()
    {
        const QList<Result> rs =
            parse::results(replyOf(cap83 + QStringLiteral("get_results_active_only.reply")).child("results"));
        QCOMPARE(rs.size(), 3);
        const Result& r0 = rs[0];
        QCOMPARE(r0.name, QStringLiteral("Lab_WU_0000_0"));
        QCOMPARE(r0.projectUrl, QStringLiteral("http://127.0.0.1:8080/Lab_Test/"));
        QCOMPARE(r0.planClass, QStringLiteral("docker"));
        QVERIFY(r0.usesContainer());
        QVERIFY(r0.suspendedViaGui);
        QVERIFY(r0.activeTask.has_value());
        QCOMPARE(r0.activeTask->schedulerState, 1);
        QCOMPARE(r0.activeTask->slot, 0);
        QCOMPARE(r0.activeTask->fractionDone, 0.5);
        QVERIFY(!rs[1].suspendedViaGui);
        QCOMPARE(rs[1].activeTask->activeTaskState, 1);
        QCOMPARE(rs[1].reportDeadline, 1795917836.0);
    }

    void get_state_links_siblings_to_their_project()
    {
        for (const QString& dir : {cap83, cap720}) {
            const ClientState s =
                parse::clientState(replyOf(dir + QStringLiteral("get_state.reply")).child("client_state"));
            QCOMPARE(s.projects.size(), 1);
            QVERIFY(!s.results.isEmpty());
            QVERIFY(!s.workunits.isEmpty());
            QVERIFY(!s.apps.isEmpty());
            for (const Result& r : s.results) {
                QCOMPARE(r.projectUrl, s.projects[0].masterUrl);
                QCOMPARE(r.projectName, s.projects[0].projectName);
                QVERIFY2(!r.appName.isEmpty(), qPrintable(r.name));
            }
            for (const Workunit& w : s.workunits)
                QCOMPARE(w.projectUrl, s.projects[0].masterUrl);
            QVERIFY(s.clientVersion.isKnown());
            QVERIFY(s.timeStats.now > 0);
        }
        const ClientState s83 =
            parse::clientState(replyOf(cap83 + QStringLiteral("get_state.reply")).child("client_state"));
        QCOMPARE(s83.clientVersion.toString(), QStringLiteral("8.3.0"));
        QCOMPARE(s83.results.size(), 4);
    }

    void cc_status_messages_notices_disk_usage()
    {
        const CcStatus cc =
            parse::ccStatus(replyOf(cap83 + QStringLiteral("get_cc_status.reply")).child("cc_status"));
        QCOMPARE(cc.taskMode, 2);
        QCOMPARE(cc.networkStatus, 1);
        QCOMPARE(cc.maxEventLogLines, 2000);

        const QList<Message> msgs =
            parse::messages(replyOf(cap720 + QStringLiteral("get_messages.reply")).child("msgs"));
        QVERIFY(msgs.size() > 3);
        QCOMPARE(msgs[0].seqno, 1);
        QCOMPARE(msgs[0].body, QStringLiteral("cc_config.xml not found - using defaults"));
        QCOMPARE(msgs[1].time, 1795313094);

        const QList<Notice> notices =
            parse::notices(replyOf(cap83 + QStringLiteral("get_notices.reply")).child("notices"));
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices[0].category, QStringLiteral("client"));
        QVERIFY(notices[0].description.contains(QLatin1String("BOINC can't access Internet")));

        const DiskUsage du = parse::diskUsage(
            replyOf(cap83 + QStringLiteral("get_disk_usage.reply")).child("disk_usage_summary"));
        QCOMPARE(du.projects.size(), 1);
        QCOMPARE(du.projects[0].bytes, 3846144.0);
        QVERIFY(du.allowed > 0);
    }

    void raw_ampersand_and_latin1_in_a_project_name()
    {
        const ClientState s = parse::clientState(
            replyOf(QStringLiteral("boinc/get_state_raw_amp_latin1.reply")).child("client_state"));
        QCOMPARE(s.projects.size(), 1);
        QCOMPARE(s.projects[0].projectName, QStringLiteral("Lab & <Friends> \u00e9t\u00e9"));
        QCOMPARE(s.results.size(), 4); // nothing after the broken field was lost
    }

    void a_truncated_reply_is_detected()
    {
        const auto doc = XmlDocument::parse(readReply(QStringLiteral("boinc/get_state_truncated.reply")));
        QVERIFY(!doc.isComplete());
    }

    void missing_tags_leave_defaults()
    {
        const auto doc =
            XmlDocument::parse("<boinc_gui_rpc_reply><results><result><name>x</name></result></results>"
                               "</boinc_gui_rpc_reply>");
        const QList<Result> rs = parse::results(doc.root().child("boinc_gui_rpc_reply").child("results"));
        QCOMPARE(rs.size(), 1);
        QCOMPARE(rs[0].name, QStringLiteral("x"));
        QVERIFY(!rs[0].activeTask);
        QCOMPARE(rs[0].state, 0);
    }

    void a_five_megabyte_get_state_parses_completely()
    {
        // A state with thousands of results, built from the real 8.3 capture's records.
        const QByteArray base = readReply(cap83 + QStringLiteral("get_state.reply"));
        const qsizetype from = base.indexOf("<workunit>");
        const qsizetype to = base.indexOf("<platform_name>");
        const QByteArray records = base.mid(from, to - from);
        QByteArray big = base.left(from);
        int copies = 0;
        while (big.size() < 5 * 1024 * 1024) {
            QByteArray chunk = records;
            chunk.replace("Lab_WU_", "Lab_WU_" + QByteArray::number(copies) + "_");
            big += chunk;
            ++copies;
        }
        big += base.mid(to);
        const auto doc = XmlDocument::parse(big);
        QVERIFY(doc.isComplete());
        const ClientState s =
            parse::clientState(doc.root().child("boinc_gui_rpc_reply").child("client_state"));
        QCOMPARE(s.results.size(), copies * 4);
        QCOMPARE(s.workunits.size(), copies * 4);
        QCOMPARE(s.results.last().appName, s.results.first().appName);
    }
};

QTEST_GUILESS_MAIN(TestReplyParsers)
#include "TestReplyParsers.moc"
