// The GUI at rest next to BOINC Manager: one real BOINC client holding many tasks, our window on
// its Tasks page and boinc-manager (Debian's boincmgr) on its Tasks tab, both under the same Xvfb
// and both refreshing the task list every second, measured over the same minute: CPU time (from
// /proc/PID/stat) and resident memory at the end, side by side, and the ratios.
// Usage: bench_gui_at_rest [TASKS] [SECONDS]
#include "LabBoincClient.h"
#include "LabTools.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <unistd.h>

namespace {

// utime + stime of a process, in seconds.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

double residentMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void waitSeconds(int seconds)
{
    bdm::lab::waitUntil([] { return false; }, seconds * 1000);
}

bool startProgram(QProcess& process, const QString& program, const QStringList& args,
                  const QProcessEnvironment& env)
{
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(program), qPrintable(process.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int tasks = argc > 1 ? std::atoi(argv[1]) : 500;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 60;
    QString error;
    const QString xvfb = bdm::lab::findProgram(QStringLiteral("Xvfb"), QStringLiteral("xvfb"), &error);
    const QString boincmgr =
        bdm::lab::findProgram(QStringLiteral("boincmgr"), QStringLiteral("boinc-manager"), &error);
    if (xvfb.isEmpty() || boincmgr.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    bdm::lab::LabBoincClient client;
    bdm::lab::LabBoincOptions options;
    options.taskCount = tasks;
    if (!client.start(options)) {
        std::fprintf(stderr, "lab client: %s\n", qPrintable(client.errorString()));
        return 1;
    }

    // A private display and private homes: neither program may touch the user's settings.
    QTemporaryDir home;
    const QString display = QStringLiteral(":%1").arg(90 + getpid() % 9);
    QProcess x;
    if (!startProgram(x, xvfb,
                      {display, QStringLiteral("-screen"), QStringLiteral("0"),
                       QStringLiteral("1400x1000x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")},
                      QProcessEnvironment::systemEnvironment()))
        return 1;
    waitSeconds(2);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    // BOINC Manager's own settings (wxConfig, ~/.BOINC Manager): advanced view on its Tasks tab,
    // no client of its own, no dialogs.
    bdm::lab::writeFile(
        home.filePath(QStringLiteral(".BOINC Manager")),
        "GUISelection=1\nCurrentPageV2=2\nRunDaemon=0\nDisplayShutdownConnectedClientDialog=0\n"
        "DisplayAnotherInstanceRunningDialog=0\nDisableAutoStart=1\n",
        nullptr);

    QProcess ours;
    QProcess manager;
    const QString port = QString::number(client.port());
    if (!startProgram(ours, QStringLiteral(BDM_GUI_PATH),
                      {QStringLiteral("--host"), client.address(), QStringLiteral("--password-file"),
                       client.passwordFile(), QStringLiteral("--page"), QStringLiteral("tasks"),
                       QStringLiteral("--refresh"), QStringLiteral("1"), QStringLiteral("--engine"),
                       QStringLiteral("unix://") + home.filePath(QStringLiteral("no-engine.sock"))},
                      env) ||
        !startProgram(manager, boincmgr,
                      {QStringLiteral("--namehost"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--gui_rpc_port"), port, QStringLiteral("--password"),
                       client.password(), QStringLiteral("--no-daemon"), QStringLiteral("--multiple")},
                      env))
        return 1;

    // Both connect, read the state and fill their tables; then the minute at rest.
    waitSeconds(10);
    const double ours0 = cpuSeconds(ours.processId());
    const double manager0 = cpuSeconds(manager.processId());
    waitSeconds(seconds);
    const double oursCpu = cpuSeconds(ours.processId()) - ours0;
    const double managerCpu = cpuSeconds(manager.processId()) - manager0;
    const double oursRss = residentMiB(ours.processId());
    const double managerRss = residentMiB(manager.processId());
    const bool bothAlive = ours.state() == QProcess::Running && manager.state() == QProcess::Running;
    // To look at what was measured: both windows as they were at the end.
    const QString shot = qEnvironmentVariable("BDM_BENCH_SCREENSHOT");
    if (!shot.isEmpty())
        bdm::lab::runProcess(
            QStringLiteral("import"),
            {QStringLiteral("-display"), display, QStringLiteral("-window"), QStringLiteral("root"), shot});

    std::printf("real BOINC 7.20 client with %d tasks; both GUIs on their task list, refreshed every second, "
                "under Xvfb; %d s at rest after 10 s to settle\n",
                tasks, seconds);
    std::printf("  boinc-docker-manager: CPU %7.2f s (%5.2f %% of a core), RSS %7.1f MiB\n", oursCpu,
                100.0 * oursCpu / seconds, oursRss);
    std::printf("  boinc-manager:        CPU %7.2f s (%5.2f %% of a core), RSS %7.1f MiB\n", managerCpu,
                100.0 * managerCpu / seconds, managerRss);
    if (managerCpu > 0 && managerRss > 0)
        std::printf("  ratio ours/boinc-manager: CPU %.2fx, RSS %.2fx\n", oursCpu / managerCpu,
                    oursRss / managerRss);
    for (QProcess* p : {&ours, &manager, &x}) {
        p->kill();
        p->waitForFinished(5000);
    }
    return bothAlive ? 0 : 1;
}
