#include "GuiTestServices.h"
#include "LabTools.h"
#include "boinc/GuiRpcClient.h"
#include "boinc/GuiRpcConnection.h"
#include "engine/CurlWorker.h"
#include "engine/EngineConnector.h"
#include "gui/MainWindow.h"
#include "gui/Translations.h"
#include "gui/widgets/ConnectionGate.h"
#include "gui/widgets/EmptyState.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using bdm::gui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Q_INIT_RESOURCE(bdm);
        // Keep the tests away from the user's settings, and the user's settings away from the tests.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("boinc-docker-manager-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
        // A port nobody listens on: connecting there is refused at once.
        m_port = bdm::lab::freeTcpPort();
        QVERIFY(m_port != 0);
    }

    void init()
    {
        QSettings().clear();
        bdm::boinc::RpcEndpoint endpoint;
        endpoint.port = m_port;
        m_services = std::make_unique<bdm::test::GuiTestServices>(endpoint);
        m_window = std::make_unique<MainWindow>(m_services->services());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_services->connection().connectToClient();
    }

    void cleanup()
    {
        m_window.reset();
        m_services.reset();
    }

    void opensWithFiveNavigationEntriesAndPages()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("BOINC Docker Manager"));
        QCOMPARE(navigation()->count(), MainWindow::pageCount);
        QCOMPARE(pages()->count(), MainWindow::pageCount);
        QCOMPARE(navigation()->item(0)->text(), QStringLiteral("Readiness"));
        QCOMPARE(navigation()->item(4)->text(), QStringLiteral("Jobs"));
        QVERIFY(!navigation()->accessibleName().isEmpty());
        for (int i = 0; i < navigation()->count(); ++i)
            QVERIFY(!navigation()->item(i)->icon().isNull());
    }

    void ctrl3ShowsTheFleetPage()
    {
        m_window->showPage(MainWindow::Page::Tasks);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Fleet);
        QCOMPARE(pages()->currentWidget()->objectName(), QStringLiteral("fleetPage"));
        QCOMPARE(navigation()->currentRow(), 2);
    }

    void everyClientDependentPageSaysNoClientIsReachable_data()
    {
        QTest::addColumn<MainWindow::Page>("page");
        // The Readiness page answers without a client (TestReadinessPage): an unreachable client
        // is one of its answers, not a gate in front of it.
        QTest::newRow("tasks") << MainWindow::Page::Tasks;
    }

    void everyClientDependentPageSaysNoClientIsReachable()
    {
        QFETCH(MainWindow::Page, page);
        m_window->showPage(page);
        const QString expected = QStringLiteral("No BOINC client reachable at 127.0.0.1:%1").arg(m_port);
        auto* gate = pages()->currentWidget()->findChild<bdm::gui::ConnectionGate*>();
        QVERIFY(gate);
        QTRY_COMPARE(gate->problemState()->title(), expected);
        QVERIFY(gate->problemState()->isVisible());
        QVERIFY(!gate->isOpen());
        QVERIFY(gate->problemState()->explanation().contains(
            QStringLiteral("sudo systemctl start boinc-client")));
        QCOMPARE(gate->problemState()->actionText(), QStringLiteral("Retry now"));
        // No page hides the problem behind an empty table.
        const auto tables = pages()->currentWidget()->findChildren<QWidget*>(QStringLiteral("taskTableView"));
        for (const QWidget* table : tables)
            QVERIFY(!table->isVisible());
        QTRY_COMPARE(statusLabel()->text(), expected);
    }

    void retryNowTriesToConnectAgain()
    {
        m_window->showPage(MainWindow::Page::Tasks);
        auto* gate = pages()->currentWidget()->findChild<bdm::gui::ConnectionGate*>();
        QTRY_VERIFY(gate->problemState()->isVisible() && !gate->problemState()->actionText().isEmpty());
        // The Tasks page watches the client through its own schedule (the local HostSession).
        bdm::boinc::GuiRpcConnection& connection = m_services->localHost().client().connection();
        QTRY_COMPARE(connection.state(), bdm::boinc::ConnectionState::Unreachable);
        QSignalSpy states(&connection, &bdm::boinc::GuiRpcConnection::stateChanged);
        auto* retry = gate->problemState()->findChild<QPushButton*>(QStringLiteral("emptyStateAction"));
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.first().first().value<bdm::boinc::ConnectionState>(),
                 bdm::boinc::ConnectionState::Connecting);
    }

    void fleetStartsEmptyWithAWayToAddAComputer()
    {
        m_window->showPage(MainWindow::Page::Fleet);
        auto* empty = pages()->currentWidget()->findChild<bdm::gui::EmptyState*>();
        QVERIFY(empty && empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No computers added yet"));
        QCOMPARE(empty->actionText(), QStringLiteral("Add computer…"));
    }

    void jobsStartsEmptyWithAWayToStartOne()
    {
        m_window->showPage(MainWindow::Page::Jobs);
        auto* empty = pages()->currentWidget()->findChild<bdm::gui::EmptyState*>();
        QVERIFY(empty && empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No jobs submitted yet"));
        QVERIFY(!empty->explanation().isEmpty());
        QVERIFY(!empty->actionText().isEmpty());
        // Its action leads to the Submit wizard.
        emit empty->actionTriggered();
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Submit);
    }

    void chineseLeavesNoEnglishInTheNavigation()
    {
        bdm::gui::Translations translations;
        QVERIFY(translations.load(QLocale(QStringLiteral("zh_CN"))));
        const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
        QTRY_VERIFY(!navigation()->item(0)->text().contains(latin));
        for (int i = 0; i < navigation()->count(); ++i) {
            const QString text = navigation()->item(i)->text();
            QVERIFY2(!text.isEmpty() && !text.contains(latin), qPrintable(text));
        }
        QVERIFY(!navigation()->accessibleName().contains(latin));
        translations.unload();
        QTRY_COMPARE(navigation()->item(0)->text(), QStringLiteral("Readiness"));
    }

    void englishAndUntranslatedLanguagesGetEnglishPluralForms()
    {
        for (const QString& name : {QStringLiteral("en_GB"), QStringLiteral("de_DE"), QStringLiteral("C")}) {
            bdm::gui::Translations translations;
            QCOMPARE(translations.load(QLocale(name)), name.startsWith(QLatin1String("en")));
            const char* text = "%n host(s), %1 connected, %2 container tasks running";
            QCOMPARE(QCoreApplication::translate("bdm::gui::FleetTray", text, nullptr, 1).arg(1).arg(0),
                     QStringLiteral("1 host, 1 connected, 0 container tasks running"));
            QCOMPARE(QCoreApplication::translate("bdm::gui::FleetTray", text, nullptr, 4).arg(3).arg(2),
                     QStringLiteral("4 hosts, 3 connected, 2 container tasks running"));
        }
    }

    void aboutOpensWithoutBlockingTheEventLoop()
    {
        auto* about = m_window->findChild<QAction*>(QStringLiteral("actionAbout"));
        QVERIFY(about);
        // Returns at once: a modal exec() here would never come back in a test.
        about->trigger();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox*>()) && box->isVisible());
        QVERIFY(box->text().contains(QCoreApplication::applicationVersion()));
        box->close();
    }

    void remembersTheLastPage()
    {
        m_window->showPage(MainWindow::Page::Submit);
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_services->services());
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Submit);
    }

private:
    QListWidget* navigation() const
    {
        return m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    }
    QStackedWidget* pages() const
    {
        return m_window->findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    }
    QLabel* statusLabel() const
    {
        return m_window->findChild<QLabel*>(QStringLiteral("connectionStatusLabel"));
    }

    quint16 m_port = 0;
    std::unique_ptr<bdm::test::GuiTestServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
