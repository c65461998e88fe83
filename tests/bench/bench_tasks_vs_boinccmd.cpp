// End to end against one real BOINC client holding 2,000 tasks: `boinc-docker tasks --json --all`
// versus `boinccmd --get_tasks`, each run as a process, alternating, median wall time of each and
// the ratio. Usage: bench_tasks_vs_boinccmd [TASKS] [RUNS]
#include "LabBoincClient.h"
#include "LabTools.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double timeRun(const QString& program, const QStringList& args, QByteArray* out)
{
    QElapsedTimer t;
    t.start();
    const bdm::lab::RunResult r = bdm::lab::runProcess(program, args);
    const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
    if (!r.succeeded()) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), qPrintable(r.describe()));
        std::exit(1);
    }
    if (out)
        *out = r.standardOutput;
    return ms;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int tasks = argc > 1 ? std::atoi(argv[1]) : 2000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 11;

    bdm::lab::LabBoincClient client;
    bdm::lab::LabBoincOptions options;
    options.taskCount = tasks;
    if (!client.start(options)) {
        std::fprintf(stderr, "lab client: %s\n", qPrintable(client.errorString()));
        return 1;
    }
    QString error;
    const QString boinccmd =
        bdm::lab::findProgram(QStringLiteral("boinccmd"), QStringLiteral("boinc-client"), &error);
    const QStringList common{QStringLiteral("--host"), client.address(), QStringLiteral("--passwd"),
                             client.password()};
    const QStringList ours{QStringLiteral("tasks"), QStringLiteral("--json"),
                           QStringLiteral("--all"), QStringLiteral("--host"),
                           client.address(),        QStringLiteral("--password-file"),
                           client.passwordFile()};

    QByteArray out;
    timeRun(QStringLiteral(BDM_CLI_PATH), ours, &out); // warm-up, and check the answer is whole
    const qsizetype listed = QJsonDocument::fromJson(out).object()[QStringLiteral("tasks")].toArray().size();
    timeRun(boinccmd, common + QStringList{QStringLiteral("--get_tasks")}, nullptr);

    std::vector<double> oursMs;
    std::vector<double> refMs;
    for (int i = 0; i < runs; ++i) {
        oursMs.push_back(timeRun(QStringLiteral(BDM_CLI_PATH), ours, nullptr));
        refMs.push_back(timeRun(boinccmd, common + QStringList{QStringLiteral("--get_tasks")}, nullptr));
    }
    const double a = median(oursMs);
    const double b = median(refMs);
    std::printf("real BOINC 7.20 client with %d tasks (%lld listed), median of %d runs each\n", tasks,
                static_cast<long long>(listed), runs);
    std::printf("  boinc-docker tasks --json --all: %8.1f ms\n", a);
    std::printf("  boinccmd --get_tasks:            %8.1f ms\n", b);
    std::printf("  ratio (boinc-docker / boinccmd): %8.2f\n", a / b);
    client.stop();
    return listed == tasks ? 0 : 1;
}
