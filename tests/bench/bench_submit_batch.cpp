// A batch of jobs over SSH to the lab's fake BOINC project: create_work mode (SshBackend: one
// submission, the whole batch in one `create_work --stdin` over one SSH session) versus the
// same number of separate `bin/boinc2docker_create_work` invocations, each its own ssh
// connection, as a researcher's loop would run them. Both against the same sshd and project.
// Usage: bench_submit_batch [JOBS]   (default 1000)
#include "LabProjectServer.h"
#include "LabSshServer.h"
#include "LabTools.h"
#include "submit/RemoteShell.h"
#include "submit/SshBackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace bdm::submit;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int jobs = argc > 1 ? std::atoi(argv[1]) : 1000;

    bdm::lab::LabSshServer ssh;
    bdm::lab::LabProjectServer project;
    if (!ssh.start() || !project.create({QStringLiteral("docker_app")})) {
        std::fprintf(stderr, "lab: %s %s\n", qPrintable(ssh.errorString()),
                     qPrintable(project.errorString()));
        return 1;
    }
    QTemporaryDir local;
    bdm::lab::writeFile(local.filePath(QStringLiteral("job.sh")), "#!/bin/bash\necho hi > out.txt\n",
                        nullptr);
    bdm::lab::writeFile(local.filePath(QStringLiteral("input.dat")), QByteArray(4096, 'd'), nullptr);

    // 1. create_work mode: one submission of `jobs` rows.
    JobSpec spec;
    spec.name = QStringLiteral("bench");
    spec.app = QStringLiteral("docker_app");
    spec.image = QStringLiteral("debian:12");
    spec.script = local.filePath(QStringLiteral("job.sh"));
    spec.inputs = {local.filePath(QStringLiteral("input.dat"))};
    spec.outputs = {QStringLiteral("out.txt")};
    spec.parameterNames = {QStringLiteral("i")};
    for (int i = 0; i < jobs; ++i) {
        spec.parameterRows << QStringList{QString::number(i)};
    }
    spec.target.transport = QStringLiteral("ssh");
    spec.target.mode = QStringLiteral("create_work");
    spec.target.host = ssh.destination();
    spec.target.port = ssh.port();
    spec.target.identityFile = ssh.identityFile();
    spec.target.knownHostsFile = ssh.knownHostsFile();
    spec.target.projectDir = project.directory();
    JournalEntry entry;
    entry.key = QStringLiteral("bench-20260101000000-abcdef");
    entry.mode = spec.target.mode;

    SshBackend backend(spec.target);
    bool done = false;
    QString failure;
    QObject context;
    QObject::connect(&backend, &SubmitBackend::submitted, &context, [&](const SubmitOutcome& o) {
        done = true;
        if (o.workunits.size() != jobs) {
            failure = QStringLiteral("%1 workunits reported").arg(o.workunits.size());
        }
    });
    QObject::connect(&backend, &SubmitBackend::failed, &context, [&](const SubmitError& e) {
        done = true;
        failure = e.message + QLatin1Char('\n') + e.serverText;
    });
    QElapsedTimer timer;
    timer.start();
    backend.submit(spec, entry);
    bdm::lab::waitUntil([&] { return done; }, 600000, 5);
    const double batchS = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!failure.isEmpty() || project.workunitCount() != jobs) {
        std::fprintf(stderr, "create_work batch failed: %s (%d WUs)\n", qPrintable(failure),
                     project.workunitCount());
        return 1;
    }
    std::printf("create_work mode: %d jobs, one submission (one create_work --stdin): %.2f s (%.1f ms/job)\n",
                jobs, batchS, batchS * 1000 / jobs);
    std::fflush(stdout);

    // 2. The same number of boinc2docker_create_work calls, one ssh each. The scripts are put
    // in place beforehand (boinc2docker moves what it stages), so only the calls are timed.
    const QString scripts = project.directory() + QStringLiteral("/bench_scripts");
    for (int i = 0; i < jobs; ++i) {
        bdm::lab::writeFile(QStringLiteral("%1/job_%2.sh").arg(scripts).arg(i),
                            "#!/bin/bash\necho hi > out.txt\n", nullptr);
    }
    timer.restart();
    for (int i = 0; i < jobs; ++i) {
        const QString command =
            QStringLiteral("cd %1 && bin/boinc2docker_create_work --appname docker_app "
                           "--bash_script_path %2 --output_files_names out.txt")
                .arg(RemoteShell::quote(project.directory()),
                     RemoteShell::quote(QStringLiteral("%1/job_%2.sh").arg(scripts).arg(i)));
        int exitCode = -1;
        const QString out = ssh.ssh(command, &exitCode);
        if (exitCode != 0 || !out.startsWith(QStringLiteral("Your workunit ID is: "))) {
            std::fprintf(stderr, "boinc2docker call %d failed: %s\n", i, qPrintable(ssh.lastStandardError()));
            return 1;
        }
    }
    const double separateS = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::printf("boinc2docker_create_work: %d separate invocations, one ssh each: %.2f s (%.1f ms/job)\n",
                jobs, separateS, separateS * 1000 / jobs);
    std::printf("ratio (separate / batch): %.1fx\n", separateS / batchS);
    return project.workunitCount() == 2 * jobs ? 0 : 1;
}
