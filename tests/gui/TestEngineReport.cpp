#include "gui/readiness/EngineReport.h"

#include <QTest>

using bdm::boinc::ClientVersion;
using bdm::boinc::EngineType;
using bdm::boinc::HostInfo;
using bdm::gui::EngineReport;

namespace {

HostInfo linuxHost()
{
    HostInfo host;
    host.osName = QStringLiteral("Linux Debian");
    host.osVersion = QStringLiteral("Debian GNU/Linux 12 (bookworm) [6.1.0|libc 2.36]");
    return host;
}

} // namespace

class TestEngineReport : public QObject
{
    Q_OBJECT

private slots:
    void aClientBefore820NeverReportsAnEngine()
    {
        const QString text = EngineReport::describe(linuxHost(), ClientVersion{7, 20, 5});
        QVERIFY(text.contains(QStringLiteral("BOINC 7.20.5 never reports Docker or Podman")));
        QVERIFY(text.contains(QStringLiteral("8.2.0")));
    }

    void aLinuxClientNamesItsEngineAndCompose()
    {
        HostInfo host = linuxHost();
        host.dockerVersion = QStringLiteral("4.9.3");
        host.dockerType = EngineType::Podman;
        host.compose.version = QStringLiteral("2.29.1");
        host.compose.type = EngineType::Docker;
        QCOMPARE(EngineReport::describe(host, ClientVersion{8, 2, 1}),
                 QStringLiteral("Podman 4.9.3, with Docker Compose 2.29.1"));
    }

    void aLinuxClientWithoutAnEngineSaysWhatItTested()
    {
        const QString text = EngineReport::describe(linuxHost(), ClientVersion{8, 2, 1});
        QVERIFY(text.startsWith(QStringLiteral("None reported")));
        QVERIFY(text.contains(QStringLiteral("hello-world")));
    }

    void aWindowsClientListsTheDistrosWithAnEngine()
    {
        HostInfo host;
        host.osName = QStringLiteral("Microsoft Windows 11");
        bdm::boinc::WslDistro plain;
        plain.name = QStringLiteral("Ubuntu");
        bdm::boinc::WslDistro runner;
        runner.name = QStringLiteral("boinc-buda-runner");
        runner.dockerVersion = QStringLiteral("5.0.3");
        runner.dockerType = EngineType::Podman;
        host.wslDistros = {plain, runner};
        QCOMPARE(EngineReport::describe(host, ClientVersion{8, 2, 4}),
                 QStringLiteral("Podman 5.0.3 in the WSL distro boinc-buda-runner"));
    }

    void aWindowsServiceReportsNoDistros()
    {
        HostInfo host;
        host.osName = QStringLiteral("Microsoft Windows 10");
        QVERIFY(
            EngineReport::describe(host, ClientVersion{8, 2, 4}).contains(QStringLiteral("Windows service")));
    }

    void macOsNeeds826ForDockerJobs()
    {
        HostInfo host;
        host.osName = QStringLiteral("Darwin");
        host.dockerVersion = QStringLiteral("5.2.0");
        host.dockerType = EngineType::Podman;
        QVERIFY(EngineReport::describe(host, ClientVersion{8, 2, 2}).contains(QStringLiteral("8.2.6")));
        QCOMPARE(EngineReport::describe(host, ClientVersion{8, 2, 6}), QStringLiteral("Podman 5.2.0"));
    }
};

QTEST_GUILESS_MAIN(TestEngineReport)
#include "TestEngineReport.moc"
