#include "GuiTestServices.h"
#include "LabTools.h"
#include "boinc/GuiRpcClient.h"
#include "boinc/GuiRpcConnection.h"
#include "common/Translations.h"
#include "engine/CurlWorker.h"
#include "engine/EngineConnector.h"
#include "gui/MainWindow.h"
#include "gui/widgets/ConnectionGate.h"
#include "gui/widgets/EmptyState.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
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
        bdm::common::Translations translations;
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

    void noPagePartFloatsOutsideTheWindow()
    {
        // Embedded dialogs (the Submit wizard is a QWizard) must stay inside their page, on
        // every page and after a language change.
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < MainWindow::pageCount; ++i) {
                m_window->showPage(static_cast<MainWindow::Page>(i));
                QCoreApplication::processEvents();
                for (QWidget* w : QApplication::topLevelWidgets()) {
                    if (w != m_window.get() && w->isVisible() && !qobject_cast<QMenu*>(w))
                        QFAIL(qPrintable(
                            QStringLiteral("%1 (%2) is a window of its own on page %3")
                                .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                .arg(i)));
                }
            }
            bdm::common::Translations translations;
            translations.load(QLocale(QStringLiteral("zh_CN")));
            QCoreApplication::processEvents();
        }
    }

    void everyFieldHasANameForKeyboardAndScreenReaders()
    {
        // A field is reached by its label's mnemonic (a buddy) or at least named for a screen reader.
        QStringList unnamed;
        for (int i = 0; i < MainWindow::pageCount; ++i) {
            m_window->showPage(static_cast<MainWindow::Page>(i));
            QCoreApplication::processEvents();
            QWidget* page = pages()->currentWidget();
            QList<QTabWidget*> tabSets = page->findChildren<QTabWidget*>();
            for (int round = 0; round <= 1; ++round) {
                // Every tab of the page, not only the first.
                if (round == 1) {
                    if (tabSets.isEmpty())
                        break;
                    tabSets.first()->setCurrentIndex(tabSets.first()->count() - 1);
                    QCoreApplication::processEvents();
                }
                QSet<const QWidget*> buddies;
                for (QLabel* l : page->findChildren<QLabel*>())
                    if (l->buddy())
                        buddies.insert(l->buddy());
                QList<QWidget*> fields;
                for (QWidget* w : page->findChildren<QWidget*>()) {
                    if (!w->isVisibleTo(page) || w->focusPolicy() == Qt::NoFocus)
                        continue;
                    // A spin box's or combo box's own line edit is named through its owner.
                    if (qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                        continue;
                    if (qobject_cast<QLineEdit*>(w) && qobject_cast<QComboBox*>(w->parentWidget()))
                        continue;
                    if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                        qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w) ||
                        qobject_cast<QPlainTextEdit*>(w))
                        fields << w;
                }
                for (QWidget* w : std::as_const(fields)) {
                    const bool viaParent = w->parentWidget() && buddies.contains(w->parentWidget());
                    if (!buddies.contains(w) && !viaParent && w->accessibleName().isEmpty())
                        unnamed << QStringLiteral("%1: %2 %3")
                                       .arg(MainWindow::pageName(static_cast<MainWindow::Page>(i)),
                                            QString::fromLatin1(w->metaObject()->className()),
                                            w->objectName());
                }
            }
            for (QTabWidget* t : std::as_const(tabSets))
                t->setCurrentIndex(0);
        }
        unnamed.removeDuplicates();
        for (const QString& u : std::as_const(unnamed))
            qWarning("unnamed: %s", qPrintable(u));
        QCOMPARE(unnamed.size(), 0);
    }

    void chineseLeavesNoEnglishOnAnyPage()
    {
        // Setup: the catalogue installed after the window exists, as View > Language does.
        bdm::common::Translations translations;
        QVERIFY(translations.load(QLocale(QStringLiteral("zh_CN"))));
        QTRY_VERIFY(!navigation()->item(0)->text().contains(QRegularExpression(QStringLiteral("[A-Za-z]"))));

        // Action + Verify: every visible text of every page and of the menus.
        QStringList english;
        for (int i = 0; i < MainWindow::pageCount; ++i) {
            m_window->showPage(static_cast<MainWindow::Page>(i));
            QCoreApplication::processEvents();
            const QString page = MainWindow::pageName(static_cast<MainWindow::Page>(i));
            QStringList texts = visibleTexts(pages()->currentWidget());
            // Every tab of the page, not only the first.
            for (QTabWidget* tabs : pages()->currentWidget()->findChildren<QTabWidget*>()) {
                for (int t = 0; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    texts << visibleTexts(pages()->currentWidget());
                }
                tabs->setCurrentIndex(0);
            }
            for (const QString& text : std::as_const(texts))
                for (const QString& word : englishWords(text))
                    english << QStringLiteral("%1: %2 (in \"%3\")").arg(page, word, text.left(80));
        }
        for (QMenu* menu : m_window->findChildren<QMenu*>())
            for (QAction* action : menu->actions())
                for (const QString& word : englishWords(action->text()))
                    english << QStringLiteral("menu: %1 (in \"%2\")").arg(word, action->text());
        english.removeDuplicates();
        for (const QString& e : std::as_const(english))
            qWarning("untranslated: %s", qPrintable(e));
        QCOMPARE(english.size(), 0);
    }

    void englishAndUntranslatedLanguagesGetEnglishPluralForms()
    {
        for (const QString& name : {QStringLiteral("en_GB"), QStringLiteral("de_DE"), QStringLiteral("C")}) {
            bdm::common::Translations translations;
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
    // What a user sees of a page: labels, buttons, group titles, tabs, headers, placeholders,
    // combo entries and empty states, of visible widgets only.
    static QStringList visibleTexts(QWidget* root)
    {
        QStringList texts;
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(root))
                continue;
            if (auto* l = qobject_cast<QLabel*>(w))
                texts << QTextDocumentFragment::fromHtml(l->text()).toPlainText();
            else if (auto* b = qobject_cast<QAbstractButton*>(w))
                texts << b->text() << b->toolTip();
            else if (auto* g = qobject_cast<QGroupBox*>(w))
                texts << g->title();
            else if (auto* e = qobject_cast<QLineEdit*>(w))
                texts << e->placeholderText();
            else if (auto* c = qobject_cast<QComboBox*>(w))
                for (int i = 0; i < c->count(); ++i)
                    texts << c->itemText(i);
            else if (auto* t = qobject_cast<QTabBar*>(w))
                for (int i = 0; i < t->count(); ++i)
                    texts << t->tabText(i);
            else if (auto* h = qobject_cast<QHeaderView*>(w); h && h->model())
                for (int i = 0; i < h->count(); ++i)
                    texts << h->model()->headerData(i, h->orientation()).toString();
        }
        texts.removeAll(QString());
        return texts;
    }

    // Latin words that are not names, acronyms or technical tokens a Chinese user sees as is.
    static QStringList englishWords(const QString& text)
    {
        static const QSet<QString> kept{
            QStringLiteral("BOINC"), QStringLiteral("Docker"), QStringLiteral("Podman"),
            QStringLiteral("GPU"), QStringLiteral("GPUs"), QStringLiteral("CPU"), QStringLiteral("SSH"),
            QStringLiteral("URL"), QStringLiteral("HTTPS"), QStringLiteral("RPC"), QStringLiteral("PID"),
            QStringLiteral("OOM"), QStringLiteral("NVIDIA"), QStringLiteral("AMD"), QStringLiteral("CUDA"),
            QStringLiteral("CSV"), QStringLiteral("JSON"), QStringLiteral("ID"), QStringLiteral("Compose"),
            QStringLiteral("compose"), QStringLiteral("WSL"), QStringLiteral("exec"), QStringLiteral("GUI"),
            QStringLiteral("MiB"), QStringLiteral("GiB"), QStringLiteral("English"), QStringLiteral("OpenCL"),
            QStringLiteral("Manager"), QStringLiteral("boinc2docker"), QStringLiteral("create_work"),
            QStringLiteral("Ctrl"), QStringLiteral("CDI"), QStringLiteral("Debian"), QStringLiteral("Ubuntu"),
            QStringLiteral("Windows"), QStringLiteral("macOS"), QStringLiteral("Linux"),
            QStringLiteral("sudo"), QStringLiteral("systemctl"),
            // Example values of placeholders, and the operating system's own words for a refused
            // connection (its error text, shown as it says it).
            QStringLiteral("apache"), QStringLiteral("boincadm"), QStringLiteral("Connection"),
            QStringLiteral("refused"), QStringLiteral("F5")};
        QStringList words;
        // Paths, addresses, options and placeholders' example values are code, not prose.
        static const QRegularExpression code(
            QStringLiteral(R"((sudo [^\n]*)|(--?\w[\w-]*( all)?)|(\S*[/@:_=.~-]\S*)|(\b\w+\(\)))"));
        QString prose = text;
        prose.replace(code, QStringLiteral(" "));
        static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9_']+"));
        for (auto it = word.globalMatch(prose); it.hasNext();) {
            const QString w = it.next().captured();
            if (!kept.contains(w))
                words << w;
        }
        return words;
    }

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
