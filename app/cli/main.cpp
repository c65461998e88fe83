#include "CliContext.h"
#include "Commands.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printHelp(QTextStream& out)
{
    out << Cli::tr(
        "Usage: boinc-docker COMMAND [OPTIONS]\n"
        "\n"
        "The command-line twin of BOINC Docker Manager: BOINC's container tasks, for scripts and servers.\n"
        "\n"
        "Commands:\n"
        "  check [--active] [--recheck] [--plan-classes FILE|URL]\n"
        "                                            does this computer qualify for container and\n"
        "                                            GPU jobs, and what to fix when it does not\n"
        "  tasks [--all]                             the client's tasks\n"
        "  host                                      host info: OS, container engine, GPUs\n"
        "  task suspend|resume|abort --project URL NAME   act on one task through the client\n"
        "  engine                                    the container engine BOINC uses: where it was\n"
        "                                            found (every place tried), version, runtimes, GPUs\n"
        "  containers [--all]                        BOINC's containers (every one with --all): state,\n"
        "                                            exit code, CPU %, memory\n"
        "  logs CONTAINER [--tail N] [--follow]      a container's stdout and stderr\n"
        "  hosts [--hosts-file FILE]                 every configured host at once: state, client,\n"
        "                                            running (container) tasks, container engine\n"
        "                                            (--plan-classes FILE|URL: how many qualify for\n"
        "                                            each plan class)\n"
        "  history [--csv FILE]                      container tasks that have finished: exit code,\n"
        "                                            OOM kill, peak memory, CPU and elapsed time\n"
        "  submit SPEC.json [--dry-run]              submit the jobs a spec describes to its project\n"
        "                                            server (SSH or HTTPS), journaled\n"
        "  jobs [--refresh KEY] [--fetch KEY --to DIR] [--abort KEY] [--retry KEY]\n"
        "       [--clone KEY --out FILE]\n"
        "                                            submitted jobs: status, outputs, abort, clone\n"
        "  server status --project-url URL           a project server's daemons and database counts\n"
        "                                            (server_status.php); exit 1 when one is stopped\n"
        "  server status --ssh USER@HOST --project-dir DIR\n"
        "                                            the same on the project host: bin/status and the\n"
        "                                            end of each daemon log\n"
        "  app create SPEC.json [--dry-run]          create a Docker app (and plan class) on the\n"
        "                                            project server with boinc2docker --new_app\n"
        "\n"
        "Common options: --host HOST[:PORT] (default 127.0.0.1:31416), --password-file FILE,\n"
        "--timeout SECONDS, --json (one JSON document on stdout).\n"
        "Engine commands: --engine URL (unix:///PATH, tcp://HOST:PORT, npipe:////./pipe/NAME,\n"
        "cli:PROGRAM; default: discovery), --timeout SECONDS, --json.\n"
        "Exit status: 0 success, 1 the thing asked about failed, 2 usage or connection error.\n"
        "Run 'boinc-docker COMMAND --help' for a command's options.\n");
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("boinc-docker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BDM_VERSION));
    // Human output in the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); --json stays as
    // it is whatever the language.
    bdm::common::Translations translations;
    translations.load(QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") ||
        args[1] == QLatin1String("help")) {
        printHelp(out);
        return args.size() < 2 ? bdm::cli::ExitError : bdm::cli::ExitOk;
    }
    if (args[1] == QLatin1String("--version") || args[1] == QLatin1String("-v")) {
        out << QStringLiteral("boinc-docker %1").arg(QStringLiteral(BDM_VERSION)) << Qt::endl;
        return bdm::cli::ExitOk;
    }
    // The subcommand sees argv[0] followed by its own arguments.
    QStringList rest = args.mid(2);
    rest.prepend(args[0] + QLatin1Char(' ') + args[1]);
    const QString command = args[1];
    if (command == QLatin1String("tasks"))
        return bdm::cli::runTasks(rest);
    if (command == QLatin1String("host"))
        return bdm::cli::runHost(rest);
    if (command == QLatin1String("task"))
        return bdm::cli::runTask(rest);
    if (command == QLatin1String("engine"))
        return bdm::cli::runEngine(rest);
    if (command == QLatin1String("containers"))
        return bdm::cli::runContainers(rest);
    if (command == QLatin1String("logs"))
        return bdm::cli::runLogs(rest);
    if (command == QLatin1String("history"))
        return bdm::cli::runHistory(rest);
    if (command == QLatin1String("submit"))
        return bdm::cli::runSubmit(rest);
    if (command == QLatin1String("jobs"))
        return bdm::cli::runJobs(rest);
    if (command == QLatin1String("server"))
        return bdm::cli::runServer(rest);
    if (command == QLatin1String("app"))
        return bdm::cli::runApp(rest);
    if (command == QLatin1String("hosts"))
        return bdm::cli::runHosts(rest);
    if (command == QLatin1String("check"))
        return bdm::cli::runCheck(rest);
    err << Cli::tr("boinc-docker: unknown command '%1'. Run 'boinc-docker --help' for the list.").arg(command)
        << Qt::endl;
    return bdm::cli::ExitError;
}
