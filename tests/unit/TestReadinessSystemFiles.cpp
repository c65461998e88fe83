// The local probes' file readers against a fake machine under a temporary root: accounts,
// subordinate ids, lingering, SELinux, the running client in /proc, socket permissions, memory,
// CPUs, GPU device nodes and free disk.
#include "TestData.h"
#include "readiness/GpuDevices.h"
#include "readiness/ServiceUserProbe.h"
#include "readiness/SocketAccess.h"
#include "readiness/SystemResources.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace bdm;
using namespace bdm::readiness;

namespace {

const char* passwd = "root:x:0:0:root:/root:/bin/bash\n"
                     "alice:x:1000:1000:Alice,,,:/home/alice:/bin/bash\n"
                     "boinc:x:102:105:BOINC core client,,,:/var/lib/boinc-client:/usr/sbin/nologin\n"
                     "carol:x:1001:1001::/home/carol:/bin/bash\n";
const char* group = "root:x:0:\n"
                    "video:x:44:boinc\n"
                    "render:x:107:\n"
                    "docker:x:998:alice,boinc\n"
                    "boinc:x:105:\n"
                    "alice:x:1000:\n"
                    "carol:x:1001:\n";

class FakeRoot
{
public:
    FakeRoot() { QVERIFY(m_dir.isValid()); }
    QString root() const { return m_dir.path(); }
    QString path(const QString& absolute) const { return m_dir.path() + absolute; }
    void write(const QString& absolute, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(path(absolute)).path());
        QFile f(path(absolute));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    void accounts()
    {
        write(QStringLiteral("/etc/passwd"), passwd);
        write(QStringLiteral("/etc/group"), group);
    }

private:
    QTemporaryDir m_dir;
};

// A real listening Unix socket (stat must see a socket, as on /var/run/docker.sock).
int listenAt(const QString& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr = {};
    addr.sun_family = AF_UNIX;
    const QByteArray p = path.toLocal8Bit();
    std::memcpy(addr.sun_path, p.constData(), std::min<size_t>(p.size(), sizeof addr.sun_path - 1));
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd, 1) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

class TestReadinessSystemFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceUserHasGroupsSubordinateIdsAndLingering()
    {
        FakeRoot fake;
        fake.accounts();
        fake.write(QStringLiteral("/etc/subuid"), "alice:100000:65536\nboinc:165536:65536\n");
        // By uid, and split in two ranges that add up.
        fake.write(QStringLiteral("/etc/subgid"),
                   "alice:100000:65536\n102:165536:32768\nboinc:231072:32768\n");
        fake.write(QStringLiteral("/var/lib/systemd/linger/boinc"), {});
        const ServiceUser u = ServiceUserProbe::examine(SystemRoot(fake.root()), QStringLiteral("boinc"));
        QVERIFY(u.exists);
        QCOMPARE(u.uid, 102u);
        QCOMPARE(u.groups,
                 QStringList({QStringLiteral("boinc"), QStringLiteral("video"), QStringLiteral("docker")}));
        QVERIFY(u.inGroup(QStringLiteral("docker")));
        QCOMPARE(u.subuids, 65536);
        QCOMPARE(u.subgids, 65536);
        QVERIFY(u.hasSubordinateIds());
        QVERIFY(u.lingering);
        QCOMPARE(u.home, QStringLiteral("/var/lib/boinc-client"));
    }

    void userWithoutRangesOrLingeringIsSeenAsSuch()
    {
        FakeRoot fake;
        fake.accounts();
        fake.write(QStringLiteral("/etc/subuid"), "alice:100000:65536\n");
        const SystemRoot root(fake.root());
        const ServiceUser carol = ServiceUserProbe::examine(root, QStringLiteral("carol"));
        QVERIFY(carol.exists);
        QCOMPARE(carol.subuids, 0);
        QVERIFY(!carol.hasSubordinateIds());
        QVERIFY(!carol.lingering);
        QVERIFY(!carol.inGroup(QStringLiteral("docker")));
        const ServiceUser ghost = ServiceUserProbe::examine(root, QStringLiteral("nobody-here"));
        QVERIFY(!ghost.exists);
    }

    void selinuxModeComesFromEnforce()
    {
        FakeRoot fake;
        const SystemRoot root(fake.root());
        QCOMPARE(ServiceUserProbe::selinux(root), SelinuxMode::Off);
        fake.write(QStringLiteral("/sys/fs/selinux/enforce"), "0");
        QCOMPARE(ServiceUserProbe::selinux(root), SelinuxMode::Permissive);
        fake.write(QStringLiteral("/sys/fs/selinux/enforce"), "1\n");
        QCOMPARE(ServiceUserProbe::selinux(root), SelinuxMode::Enforcing);
    }

    void runningClientGivesTheUserAndDataDirectory()
    {
        FakeRoot fake;
        fake.accounts();
        // boinccmd and boincmgr are not the client; the client is pid 812, running as uid 102.
        fake.write(QStringLiteral("/proc/77/comm"), "boinccmd\n");
        fake.write(QStringLiteral("/proc/77/status"), "Name:\tboinccmd\nUid:\t1000\t1000\t1000\t1000\n");
        fake.write(QStringLiteral("/proc/812/comm"), "boinc\n");
        fake.write(QStringLiteral("/proc/812/status"),
                   "Name:\tboinc\nUmask:\t0002\nUid:\t102\t102\t102\t102\n");
        QDir().mkpath(fake.path(QStringLiteral("/var/lib/boinc-client")));
        QVERIFY(QFile::link(fake.path(QStringLiteral("/var/lib/boinc-client")),
                            fake.path(QStringLiteral("/proc/812/cwd"))));
        fake.write(QStringLiteral("/proc/self/comm"), "bash\n");
        const SystemRoot root(fake.root());
        const std::optional<BoincProcess> client = ServiceUserProbe::findClient(root);
        QVERIFY(client);
        QCOMPARE(client->pid, 812);
        QCOMPARE(client->uid, 102u);
        QCOMPARE(client->user, QStringLiteral("boinc"));
        QCOMPARE(client->dataDir, QStringLiteral("/var/lib/boinc-client"));
        const ServiceUser u = ServiceUserProbe::examineClientUser(root, QStringLiteral("carol"));
        QVERIFY(u.fromProcess);
        QCOMPARE(u.name, QStringLiteral("boinc"));
        QCOMPARE(u.dataDir, QStringLiteral("/var/lib/boinc-client"));
    }

    void withoutARunningClientTheGivenNameIsUsed()
    {
        FakeRoot fake;
        fake.accounts();
        fake.write(QStringLiteral("/proc/1/comm"), "systemd\n");
        const ServiceUser u =
            ServiceUserProbe::examineClientUser(SystemRoot(fake.root()), QStringLiteral("boinc"));
        QVERIFY(!u.fromProcess);
        QCOMPARE(u.name, QStringLiteral("boinc"));
        QVERIFY(u.exists);
    }

    void thisMachinesProcIsReadable()
    {
        // The real /proc: whatever runs, the scan must not fail and a found client has a pid.
        const std::optional<BoincProcess> client = ServiceUserProbe::findClient(SystemRoot());
        if (client)
            QVERIFY(client->pid > 0);
        QVERIFY(ServiceUserProbe::examine(SystemRoot(), QStringLiteral("root")).exists);
    }

    void socketAccessFollowsOwnerGroupModeAndDirectories()
    {
        FakeRoot fake;
        QDir().mkpath(fake.path(QStringLiteral("/run")));
        const int fd = listenAt(fake.path(QStringLiteral("/run/docker.sock")));
        QVERIFY(fd >= 0);
        const QByteArray sock = fake.path(QStringLiteral("/run/docker.sock")).toLocal8Bit();
        struct stat st = {};
        QVERIFY(::stat(sock.constData(), &st) == 0);
        ServiceUser member;
        member.exists = true;
        member.uid = 4242;
        member.groupIds = {4242, st.st_gid};
        ServiceUser stranger;
        stranger.exists = true;
        stranger.uid = 4343;
        stranger.groupIds = {4343};
        ServiceUser root;
        root.exists = true;
        const SystemRoot sys(fake.root());
        const QString path = QStringLiteral("/run/docker.sock");

        QVERIFY(::chmod(sock.constData(), 0660) == 0);
        SocketAccess a = SocketAccess::check(sys, path, member);
        QVERIFY(a.exists);
        QCOMPARE(a.mode, 0660u);
        QVERIFY(a.usable);
        a = SocketAccess::check(sys, path, stranger);
        QVERIFY(!a.usable);
        QCOMPARE(a.blocker, path);
        QVERIFY(SocketAccess::check(sys, path, root).usable);

        QVERIFY(::chmod(sock.constData(), 0666) == 0);
        QVERIFY(SocketAccess::check(sys, path, stranger).usable);
        // A directory the user may not enter stops it, whatever the socket's mode.
        QVERIFY(::chmod(fake.path(QStringLiteral("/run")).toLocal8Bit().constData(), 0700) == 0);
        a = SocketAccess::check(sys, path, stranger);
        QVERIFY(!a.usable);
        QCOMPARE(a.blocker, QStringLiteral("/run"));
        QVERIFY(!SocketAccess::check(sys, QStringLiteral("/run/podman/podman.sock"), root).exists);
        ::close(fd);
    }

    void memoryCpusAndVirtualizationFlags()
    {
        FakeRoot fake;
        fake.write(QStringLiteral("/proc/meminfo"),
                   test::readTestData(QStringLiteral("readiness/proc/meminfo")));
        fake.write(QStringLiteral("/proc/cpuinfo"),
                   test::readTestData(QStringLiteral("readiness/proc/cpuinfo")));
        const SystemResources r = SystemResources::read(SystemRoot(fake.root()), {});
        QCOMPARE(r.memoryTotal, Q_INT64_C(16314436) * 1024);
        QCOMPARE(r.memoryAvailable, Q_INT64_C(9876544) * 1024);
        QCOMPARE(r.cpus, 4);
        QVERIFY(r.vmx);
        QVERIFY(!r.svm);
        QVERIFY(r.hypervisor);
    }

    void thisMachinesResourcesAreRead()
    {
        const SystemResources r = SystemResources::read(SystemRoot(), {QStringLiteral("/tmp")});
        QVERIFY(r.memoryTotal > 0);
        QVERIFY(r.memoryAvailable > 0);
        QVERIFY(r.cpus > 0);
        QCOMPARE(r.disks.size(), 1);
        QVERIFY(r.disks.at(0).known);
        QVERIFY(r.disks.at(0).totalBytes >= r.disks.at(0).freeBytes);
    }

    void diskOfAMissingDirectoryIsThatOfItsParent()
    {
        FakeRoot fake;
        QDir().mkpath(fake.path(QStringLiteral("/var/lib")));
        const DiskSpace d =
            SystemResources::disk(SystemRoot(fake.root()), QStringLiteral("/var/lib/docker/overlay2"));
        QVERIFY(d.known);
        QCOMPARE(d.measured, QStringLiteral("/var/lib"));
        QVERIFY(d.totalBytes > 0);
    }

    void nvidiaAmdAndIntelNodes()
    {
        FakeRoot fake;
        fake.write(QStringLiteral("/proc/driver/nvidia/version"),
                   test::readTestData(QStringLiteral("readiness/proc/nvidia_version")));
        for (const char* node : {"/dev/nvidia0", "/dev/nvidiactl", "/dev/nvidia-uvm", "/dev/kfd",
                                 "/dev/dri/renderD128", "/dev/dri/renderD129"})
            fake.write(QString::fromLatin1(node), {});
        fake.write(QStringLiteral("/sys/class/drm/card0/device/vendor"), "0x8086\n");
        fake.write(QStringLiteral("/sys/class/drm/card1/device/vendor"), "0x10de\n");
        fake.write(QStringLiteral("/sys/class/drm/card1-HDMI-A-1/device/vendor"), "0x9999\n");
        fake.write(QStringLiteral("/etc/nvidia-container-runtime/config.toml"),
                   "[nvidia-container-cli]\n#no-cgroups = false\nno-cgroups = true\nldconfig = "
                   "\"@/sbin/ldconfig\"\n");
        const GpuDevices d = GpuDevices::read(SystemRoot(fake.root()));
        QCOMPARE(d.nvidiaKernelModule, QStringLiteral("550.54.14"));
        QCOMPARE(d.nvidiaNodes,
                 QStringList({QStringLiteral("/dev/nvidia-uvm"), QStringLiteral("/dev/nvidia0"),
                              QStringLiteral("/dev/nvidiactl")}));
        QVERIFY(d.hasNvidiaNodes());
        QVERIFY(d.amdKfd);
        QCOMPARE(d.renderNodes.size(), 2);
        QCOMPARE(d.drmVendors, QStringList({QStringLiteral("0x8086"), QStringLiteral("0x10de")}));
        QVERIFY(d.toolkitConfig);
        QCOMPARE(d.noCgroups, std::optional<bool>(true));
    }

    void openKernelModuleVersionAndAMachineWithoutGpus()
    {
        QCOMPARE(GpuDevices::kernelModuleVersion(QString::fromUtf8(
                     test::readTestData(QStringLiteral("readiness/proc/nvidia_version_open")))),
                 QStringLiteral("560.35.03"));
        FakeRoot fake;
        fake.write(QStringLiteral("/etc/nvidia-container-runtime/config.toml"), "#no-cgroups = false\n");
        const GpuDevices d = GpuDevices::read(SystemRoot(fake.root()));
        QVERIFY(d.nvidiaKernelModule.isEmpty());
        QVERIFY(d.nvidiaNodes.isEmpty());
        QVERIFY(!d.amdKfd);
        QVERIFY(!d.noCgroups.has_value()); // commented out: the default
    }
};

QTEST_GUILESS_MAIN(TestReadinessSystemFiles)
#include "TestReadinessSystemFiles.moc"
