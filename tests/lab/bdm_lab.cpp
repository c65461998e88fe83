// The test lab by hand: `bdm-lab [--tasks N] [--engine] [--ssh] [--project-url URL] [--seconds S]`.
// Prints where everything listens, then keeps it running until Ctrl-C (or SIGTERM) and stops it all.
#include "LabBoincClient.h"
#include "LabDockerEngine.h"
#include "LabSshServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <memory>

namespace {

volatile std::sig_atomic_t stopRequested = 0;

void onSignal(int)
{
    stopRequested = 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs the BOINC Docker Manager test lab until Ctrl-C."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tasks"), QStringLiteral("Number of tasks (default 4)."),
                      QStringLiteral("N"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long each task runs (default 3600)."),
                      QStringLiteral("S"), QStringLiteral("3600")});
    parser.addOption({QStringLiteral("project-url"), QStringLiteral("The lab project's master URL."),
                      QStringLiteral("URL"), QStringLiteral("http://127.0.0.1:8080/Lab_Test/")});
    parser.addOption({QStringLiteral("engine"),
                      QStringLiteral("Also start a private dockerd; tasks run containers there.")});
    parser.addOption({QStringLiteral("ssh"), QStringLiteral("Also start a private SSH server.")});
    parser.process(app);

    std::unique_ptr<bdm::lab::LabDockerEngine> engine;
    if (parser.isSet(QStringLiteral("engine"))) {
        engine = std::make_unique<bdm::lab::LabDockerEngine>();
        if (!engine->start()) {
            std::fprintf(stderr, "bdm-lab: %s\n", qPrintable(engine->errorString()));
            return 1;
        }
        std::printf("Docker engine:  %s   (export DOCKER_HOST=%s)\n", qPrintable(engine->endpoint()),
                    qPrintable(engine->endpoint()));
    }
    std::unique_ptr<bdm::lab::LabSshServer> ssh;
    if (parser.isSet(QStringLiteral("ssh"))) {
        ssh = std::make_unique<bdm::lab::LabSshServer>();
        if (!ssh->start()) {
            std::fprintf(stderr, "bdm-lab: %s\n", qPrintable(ssh->errorString()));
            return 1;
        }
        std::printf("SSH server:     %s port %u, key %s, known_hosts %s\n", qPrintable(ssh->destination()),
                    ssh->port(), qPrintable(ssh->identityFile()), qPrintable(ssh->knownHostsFile()));
    }
    bdm::lab::LabBoincOptions options;
    options.taskCount = parser.value(QStringLiteral("tasks")).toInt();
    options.taskSeconds = parser.value(QStringLiteral("seconds")).toInt();
    options.projectUrl = parser.value(QStringLiteral("project-url"));
    if (engine)
        options.engineSocket = engine->socketPath();
    bdm::lab::LabBoincClient client;
    if (!client.start(options)) {
        std::fprintf(stderr, "bdm-lab: %s\n", qPrintable(client.errorString()));
        return 1;
    }
    std::printf("BOINC client:   %s   password file %s\n", qPrintable(client.address()),
                qPrintable(client.passwordFile()));
    std::printf("Try:            boinc-docker tasks --host %s --password-file %s\n",
                qPrintable(client.address()), qPrintable(client.passwordFile()));
    std::printf("Ctrl-C stops the lab.\n");
    std::fflush(stdout);

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    poll.start(200);
    QCoreApplication::exec();
    std::printf("Stopping the lab...\n");
    client.stop();
    if (ssh)
        ssh->stop();
    if (engine)
        engine->stop();
    return 0;
}
