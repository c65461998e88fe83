// The composition root of the GUI: options, translations, the connection to the BOINC client,
// then the window, each handed what it needs by reference. Nothing here is reachable globally.

#include "boinc/GuiRpcClient.h"
#include "boinc/GuiRpcConnection.h"
#include "boinc/PasswordLocator.h"
#include "boinc/RpcEndpoint.h"
#include "common/SecretStore.h"
#include "common/Translations.h"
#include "engine/CurlWorker.h"
#include "engine/EngineConnector.h"
#include "gui/AppServices.h"
#include "gui/GuiSettings.h"
#include "gui/MainWindow.h"
#include "gui/fleet/FleetTray.h"
#include "monitor/Fleet.h"
#include "monitor/HostBook.h"
#include "monitor/HostSession.h"
#include "monitor/TaskHistoryStore.h"
#include "submit/JobJournal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>
#include <cstdio>

namespace {

// Gives this file's words one context that lupdate and the running program agree on: a free
// tr() helper around QCoreApplication::translate() would be filed under the wrong context.
class Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

// A language as View > Language names it; empty: the system's.
QLocale localeNamed(const QString& name)
{
    return name.isEmpty() ? QLocale::system() : QLocale(name);
}

// Numbers and dates in that locale's format, words from its catalogues.
void useLocale(bdm::common::Translations& translations, const QLocale& locale)
{
    QLocale::setDefault(locale);
    translations.load(locale);
}

// --lang must take effect before the parser is built, or --help would ignore it.
QLocale requestedLocale(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return QLocale(arguments.at(i + 1));
        if (arg.startsWith(QLatin1String("--lang=")))
            return QLocale(arg.mid(7));
    }
    // View > Language, when the user chose one.
    return localeNamed(bdm::gui::GuiSettings().language());
}

int usageError(const QString& message)
{
    std::fputs(qPrintable(QStringLiteral("boinc-docker-manager: %1\n").arg(message)), stderr);
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    // bdm_gui is a static library: its resources must be registered by hand.
    Q_INIT_RESOURCE(bdm);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("boinc-docker-manager"));
    QApplication::setOrganizationName(QStringLiteral("boinc-docker-manager"));
    QApplication::setApplicationVersion(QStringLiteral(BDM_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/boinc-docker-manager.svg")));
    // The installed .desktop entry's name, so desktops match windows to it (Wayland app id).
    QApplication::setDesktopFileName(QStringLiteral("io.github.boinc_docker_manager.BoincDockerManager"));

    bdm::common::Translations translations;
    useLocale(translations, requestedLocale(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("See and manage BOINC's container tasks, check readiness, submit container jobs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("host"), Main::tr("BOINC client to talk to (default 127.0.0.1:31416)."),
                      Main::tr("HOST[:PORT]"), QStringLiteral("127.0.0.1:31416")});
    parser.addOption(
        {QStringLiteral("password-file"),
         Main::tr("File holding the GUI RPC password (default: found in the BOINC data directory)."),
         Main::tr("FILE")});
    parser.addOption({QStringLiteral("lang"),
                      Main::tr("Language of the user interface, e.g. zh_CN (default: the system's)."),
                      Main::tr("LANGUAGE")});
    parser.addOption({QStringLiteral("page"),
                      Main::tr("Page to show first: readiness, tasks, fleet, submit, jobs or server."),
                      Main::tr("PAGE")});
    parser.addOption(
        {QStringLiteral("engine"),
         Main::tr("Container engine to use: unix:///PATH, tcp://HOST:PORT, npipe:////./pipe/NAME or "
                  "cli:PROGRAM (default: found by discovery)."),
         Main::tr("URL")});
    parser.addOption({QStringLiteral("refresh"),
                      Main::tr("Seconds between two readings of the task list (default 2)."),
                      Main::tr("SECONDS")});
    parser.addOption({QStringLiteral("quit-after"),
                      Main::tr("Quit by itself after this many seconds (smoke tests, screenshot scripts)."),
                      Main::tr("SECONDS")});
    parser.process(app);

    QString why;
    const auto endpoint = bdm::boinc::RpcEndpoint::parse(parser.value(QStringLiteral("host")), &why);
    if (!endpoint)
        return usageError(Main::tr("--host: %1").arg(why));
    std::optional<bdm::gui::MainWindow::Page> firstPage;
    if (parser.isSet(QStringLiteral("page"))) {
        firstPage = bdm::gui::MainWindow::pageFromName(parser.value(QStringLiteral("page")));
        if (!firstPage)
            return usageError(Main::tr("--page: give readiness, tasks, fleet, submit, jobs or server"));
    }

    bdm::engine::DiscoveryEnvironment engineEnvironment = bdm::engine::DiscoveryEnvironment::fromSystem();
    if (parser.isSet(QStringLiteral("engine"))) {
        if (!bdm::engine::EngineEndpoint::parse(parser.value(QStringLiteral("engine")), &why))
            return usageError(Main::tr("--engine: %1").arg(why));
        engineEnvironment.engineOverride = parser.value(QStringLiteral("engine"));
    }

    const QString passwordFile = parser.value(QStringLiteral("password-file"));
    const bdm::boinc::PasswordLookup password =
        bdm::boinc::PasswordLocator().lookupFor(*endpoint, passwordFile);
    if (!passwordFile.isEmpty() && !password.found)
        return usageError(Main::tr("--password-file: %1").arg(password.error));

    bdm::boinc::GuiRpcConnection connection;
    connection.setEndpoint(*endpoint);
    connection.setPassword(password.password);
    connection.setAutoReconnect(true);
    bdm::boinc::GuiRpcClient client(connection);

    // The one libcurl thread, and discovery of the engine over it: declared before the window,
    // so they outlive every page that uses them.
    bdm::engine::CurlWorker engineTransport;
    bdm::engine::EngineConnector engineConnector(engineTransport, engineEnvironment);

    // The local client's schedule runs from the start, so that container outcomes reach the
    // history whichever page is on screen.
    bdm::monitor::HostSession localHost(QStringLiteral("local"));
    localHost.setEndpoint(*endpoint);
    localHost.setPassword(password.password);
    if (parser.isSet(QStringLiteral("refresh"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("refresh")).toDouble(&ok);
        if (!ok || seconds < 0.5 || seconds > 3600)
            return usageError(Main::tr("--refresh: give a number of seconds between 0.5 and 3600"));
        bdm::monitor::PollSchedule schedule = localHost.schedule();
        schedule.resultsIntervalMs = static_cast<int>(seconds * 1000);
        localHost.setSchedule(schedule);
    }
    localHost.start();
    bdm::monitor::TaskHistoryStore history;
    if (!history.open())
        qWarning("task history unavailable: %s", qPrintable(history.errorString()));

    QSettings settings;
    bdm::monitor::HostBook hostBook(settings);
    bdm::common::SecretStore secrets;
    bdm::monitor::Fleet fleet;
    bdm::submit::JobJournal journal;
    const bool journalOpen = journal.open(bdm::submit::JobJournal::defaultPath());
    if (!journalOpen)
        qWarning("job journal unavailable: %s", qPrintable(journal.errorString()));

    bdm::gui::MainWindow window(bdm::gui::AppServices{client, password, engineConnector, engineTransport,
                                                      localHost, history, fleet, hostBook, secrets,
                                                      journalOpen ? &journal : nullptr});
    bdm::gui::FleetTray tray(fleet, &window);
    QObject::connect(&window, &bdm::gui::MainWindow::containerOomKilled, &tray,
                     &bdm::gui::FleetTray::reportOomKill);
    QObject::connect(&window, &bdm::gui::MainWindow::serverDaemonStopped, &tray,
                     &bdm::gui::FleetTray::reportStoppedDaemon);
    QObject::connect(&window, &bdm::gui::MainWindow::languageChosen, &window,
                     [&translations](const QString& name) { useLocale(translations, localeNamed(name)); });
    if (firstPage)
        window.showPage(*firstPage);
    window.show();
    connection.connectToClient();
    if (parser.isSet(QStringLiteral("quit-after"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("quit-after")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 86400)
            return usageError(Main::tr("--quit-after: give a number of seconds"));
        // exit(), not quit(): quit() asks the windows to close, and the main window may keep
        // running in the tray.
        QTimer::singleShot(static_cast<int>(seconds * 1000), &app, [] { QCoreApplication::exit(0); });
    }
    return QApplication::exec();
}
