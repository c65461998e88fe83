// The Tasks page over real programs: the lab BOINC client running two container tasks on the
// lab dockerd, the engine found through EngineConnector, offscreen widgets. Suspend goes through
// the page's action and is checked with boinccmd and the docker CLI, never through the page.
// With BDM_TASKS_SCREENSHOT=FILE the page is saved there as a PNG once it shows both tasks.
#include "LabBoincClient.h"
#include "LabDockerEngine.h"
#include "ModalDialogs.h"
#include "engine/CurlWorker.h"
#include "engine/DiscoveryEnvironment.h"
#include "engine/EngineConnector.h"
#include "gui/tasks/ContainerLogView.h"
#include "gui/tasks/TaskActions.h"
#include "gui/tasks/TaskDetailPanel.h"
#include "gui/tasks/TaskHistoryDialog.h"
#include "gui/tasks/TaskHistoryModel.h"
#include "gui/tasks/TaskJoinModel.h"
#include "gui/tasks/TasksPage.h"
#include "gui/widgets/StatsChart.h"
#include "monitor/HostSession.h"
#include "monitor/TaskContainerJoin.h"
#include "monitor/TaskHistoryStore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace bdm;
using gui::TaskJoinModel;
using monitor::JoinKind;

namespace {

// boinccmd --get_tasks: is the task suspended via GUI? (7.20 prints the line only when true.)
bool suspendedViaGui(lab::LabBoincClient& client, const QString& name)
{
    QString current;
    const QStringList lines = client.boinccmd({QStringLiteral("--get_tasks")}).split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("name: ")))
            current = line.mid(6);
        else if (current == name && line == QLatin1String("suspended via GUI: yes"))
            return true;
    }
    return false;
}

} // namespace

class TestTasksPageLab : public QObject
{
    Q_OBJECT

    // Declared first: outlives the client whose tasks run containers on it.
    lab::LabDockerEngine m_engine;
    lab::LabBoincClient m_client;
    QTemporaryDir m_dir;
    engine::CurlWorker m_transport;
    std::unique_ptr<engine::EngineConnector> m_connector;
    std::unique_ptr<monitor::HostSession> m_session;
    monitor::TaskHistoryStore m_history;
    std::unique_ptr<gui::TasksPage> m_page;
    QString m_suspended; // the task suspended through the page

    TaskJoinModel& model() { return *m_page->model(); }
    int rowOf(const QString& result)
    {
        return model().rowOf(monitor::TaskContainerJoin::taskKey(m_client.projectUrl(), result));
    }
    QString cell(const QString& result, int column)
    {
        const int row = rowOf(result);
        return row < 0 ? QString() : model().index(row, column).data().toString();
    }
    int joinedRunning()
    {
        int n = 0;
        for (int row = 0; row < model().rowCount(); ++row) {
            if (model().index(row, 0).data(TaskJoinModel::KindRole).toInt() == int(JoinKind::Joined) &&
                model().index(row, TaskJoinModel::ContainerState).data().toString() ==
                    QLatin1String("running"))
                ++n;
        }
        return n;
    }
    QString dockerState(const QString& container)
    {
        return m_engine
            .docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"),
                     container})
            .trimmed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The page keeps its layout in QSettings: a private file, not the user's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("bdm-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestTasksPageLab"));

        if (!m_engine.start())
            QFAIL(qPrintable(m_engine.errorString()));
        lab::LabBoincOptions options;
        options.taskCount = 2;
        options.engineSocket = m_engine.socketPath();
        if (!m_client.start(options))
            QFAIL(qPrintable(m_client.errorString()));
        QVERIFY(m_client.waitForExecuting(2, 30000));

        engine::DiscoveryEnvironment env;
        env.engineOverride = m_engine.endpoint();
        m_connector = std::make_unique<engine::EngineConnector>(m_transport, env);
        m_session = std::make_unique<monitor::HostSession>(QStringLiteral("lab"));
        m_session->setEndpoint(*boinc::RpcEndpoint::parse(m_client.address()));
        m_session->setPassword(m_client.password());
        QVERIFY2(m_history.open(m_dir.filePath(QStringLiteral("history.sqlite"))),
                 qPrintable(m_history.errorString()));

        boinc::PasswordLookup password;
        password.found = true;
        password.password = m_client.password();
        m_page = std::make_unique<gui::TasksPage>(*m_session, password, *m_connector, m_history);
        m_page->resize(1400, 820);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_session.reset();
        m_client.kill();
    }

    void both_container_tasks_show_joined_with_running_containers()
    {
        // The science script creates each container a moment after its task starts.
        QTRY_COMPARE_WITH_TIMEOUT(joinedRunning(), 2, 60000);
        QCOMPARE(model().rowCount(), 2);
        QVERIFY(m_session->isRunning()); // shown: the page polls
        for (const QString& name : m_client.resultNames()) {
            QCOMPARE(cell(name, TaskJoinModel::Container), m_client.containerName(name));
            QCOMPARE(cell(name, TaskJoinModel::Status), QStringLiteral("Running"));
            QCOMPARE(cell(name, TaskJoinModel::Image), QStringLiteral("local/busybox:1"));
            QVERIFY(!cell(name, TaskJoinModel::Slot).isEmpty());
        }
        // The engine's stats arrive on the monitor's next rounds.
        QTRY_VERIFY_WITH_TIMEOUT(!cell(m_client.resultNames().first(), TaskJoinModel::Memory).isEmpty(),
                                 30000);
    }

    void the_detail_panel_follows_the_selected_containers_log_and_stats()
    {
        const QString name = m_client.resultNames().first();
        QVERIFY(m_page->selectKey(monitor::TaskContainerJoin::taskKey(m_client.projectUrl(), name)));
        gui::ContainerLogView* log = m_page->detailPanel()->logView();
        // Both streams: the lab task writes a line to stderr once, then one to stdout each second.
        QTRY_VERIFY_WITH_TIMEOUT(log->stderrBytes() > 0 && log->stdoutBytes() > 0, 20000);
        QVERIFY(log->toPlainText().contains(QLatin1String("lab task started")));
        const qint64 before = log->stdoutBytes();
        QTRY_VERIFY_WITH_TIMEOUT(log->stdoutBytes() > before, 10000); // following, not a one-off read
        QVERIFY(m_page->detailPanel()->propertiesText().contains(name + QStringLiteral("_wu")) ||
                m_page->detailPanel()->propertiesText().contains(QLatin1String("Workunit")));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->detailPanel()->chart()->pointCount() >= 2, 20000);
        // The slot is local here: its stderr.txt is readable (maybe still empty) and so is fraction_done.
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->detailPanel()->slotText().contains(QLatin1String("cannot be read")),
                                 10000);

        if (qEnvironmentVariableIsSet("BDM_TASKS_SCREENSHOT")) {
            QTest::qWait(2500); // a few more chart points
            const QString path = qEnvironmentVariable("BDM_TASKS_SCREENSHOT");
            QVERIFY(m_page->grab().save(path));
            qInfo("screenshot: %s", qPrintable(path));
            m_page->detailPanel()->setCurrentWidget(log);
            QString logPath = path;
            logPath.replace(QLatin1String(".png"), QLatin1String("-log.png"));
            QVERIFY(m_page->grab().save(logPath));
            m_page->detailPanel()->setCurrentIndex(0);
        }
    }

    void suspend_through_the_page_suspends_the_task_and_pauses_its_container()
    {
        m_suspended = m_client.resultNames().first();
        QVERIFY(m_page->selectKey(monitor::TaskContainerJoin::taskKey(m_client.projectUrl(), m_suspended)));
        QAction* suspend = m_page->actions()->suspendAction();
        QTRY_VERIFY(suspend->isEnabled());
        QVERIFY(!m_page->actions()->resumeAction()->isEnabled());
        suspend->trigger();

        QTRY_VERIFY_WITH_TIMEOUT(suspendedViaGui(m_client, m_suspended), 15000);
        const QString container = m_client.containerName(m_suspended);
        // docker_wrapper (here the lab's science script) pauses the container when told to.
        QTRY_COMPARE_WITH_TIMEOUT(dockerState(container), QStringLiteral("paused"), 20000);
        // The other task is untouched.
        const QString other = m_client.resultNames().last();
        QVERIFY(!suspendedViaGui(m_client, other));
        QCOMPARE(dockerState(m_client.containerName(other)), QStringLiteral("running"));

        // And the page shows it, with resume now offered.
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_suspended, TaskJoinModel::ContainerState), QStringLiteral("paused"),
                                  20000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_suspended, TaskJoinModel::Status),
                                  QStringLiteral("Task suspended by user"), 10000);
        QTRY_VERIFY(m_page->actions()->resumeAction()->isEnabled());
    }

    void resume_through_the_page_runs_the_container_again()
    {
        QVERIFY(m_page->selectKey(monitor::TaskContainerJoin::taskKey(m_client.projectUrl(), m_suspended)));
        QTRY_VERIFY(m_page->actions()->resumeAction()->isEnabled());
        m_page->actions()->resumeAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!suspendedViaGui(m_client, m_suspended), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(dockerState(m_client.containerName(m_suspended)), QStringLiteral("running"),
                                  30000);
    }

    void the_filter_and_hidden_columns_survive_a_new_page()
    {
        m_page->filterEdit()->setText(m_suspended);
        QTRY_COMPARE(m_page->view()->model()->rowCount(), 1); // debounced
        m_page->view()->horizontalHeader()->setSectionHidden(TaskJoinModel::Image, true);
        m_page->hide(); // saves, and stops polling
        QVERIFY(!m_session->isRunning());

        boinc::PasswordLookup password;
        password.found = true;
        password.password = m_client.password();
        gui::TasksPage again(*m_session, password, *m_connector, m_history);
        QCOMPARE(again.filterEdit()->text(), m_suspended);
        QVERIFY(again.view()->horizontalHeader()->isSectionHidden(TaskJoinModel::Image));
        m_page->filterEdit()->clear();
        m_page->show();
        QTRY_VERIFY(m_session->isRunning());
    }

    void without_an_engine_the_tasks_still_show_and_container_columns_say_so()
    {
        engine::DiscoveryEnvironment env;
        env.engineOverride = QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-engine.sock"));
        engine::EngineConnector nowhere(m_transport, env);
        monitor::HostSession session(QStringLiteral("lab-no-engine"));
        session.setEndpoint(*boinc::RpcEndpoint::parse(m_client.address()));
        session.setPassword(m_client.password());
        boinc::PasswordLookup password;
        password.found = true;
        password.password = m_client.password();
        gui::TasksPage page(session, password, nowhere, m_history);
        page.filterEdit()->clear();
        page.show();
        TaskJoinModel& m = *page.model();
        QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), 2, 30000);
        const auto noEngine = [&m] {
            for (int row = 0; row < m.rowCount(); ++row) {
                if (m.index(row, TaskJoinModel::ContainerState).data().toString() !=
                    QLatin1String("no engine"))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(noEngine(), 20000);
        auto* label = page.findChild<QLabel*>(QStringLiteral("taskEngineLabel"));
        QVERIFY(label);
        QTRY_VERIFY(label->isVisible() && label->text().startsWith(QLatin1String("No container engine")));
        for (int row = 0; row < m.rowCount(); ++row) {
            QCOMPARE(m.index(row, 0).data(TaskJoinModel::KindRole).toInt(), int(JoinKind::NoContainer));
            QCOMPARE(m.index(row, TaskJoinModel::Status).data().toString(), QStringLiteral("Running"));
        }
        page.hide();
    }

    // Last: it ends one of the two tasks.
    void abort_asks_first_then_aborts_and_the_history_dialog_shows_and_exports_the_outcome()
    {
        const QString victim = m_client.resultNames().first();
        const QString container = m_client.containerName(victim);
        QVERIFY(m_page->selectKey(monitor::TaskContainerJoin::taskKey(m_client.projectUrl(), victim)));
        QAction* abort = m_page->actions()->abortAction();
        QTRY_VERIFY(abort->isEnabled());

        // Cancel is the default: Enter keeps the task.
        QString question;
        test::whenModalOpens<QMessageBox>([&question](QMessageBox* box) {
            question = box->text();
            QTest::keyClick(box, Qt::Key_Return);
        });
        abort->trigger();
        QVERIFY2(question.contains(victim) && question.contains(QLatin1String("would be lost")),
                 qPrintable(question));
        QTest::qWait(1500);
        QCOMPARE(dockerState(container), QStringLiteral("running"));

        test::whenModalOpens<QMessageBox>([](QMessageBox* box) {
            box->findChild<QPushButton*>(QStringLiteral("confirmAbortButton"))->click();
        });
        abort->trigger();
        // The client tells the wrapper, which kills and removes the container.
        QTRY_COMPARE_WITH_TIMEOUT(dockerState(container), QString(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_client.boinccmd({QStringLiteral("--get_tasks")})
                                         .contains(QLatin1String("active_task_state: ABORTED")) ||
                                     cell(victim, TaskJoinModel::Status).contains(QLatin1String("bort")),
                                 20000);

        // The page's tracker wrote the outcome; the History button shows it.
        auto* historyButton = m_page->findChild<QToolButton*>(QStringLiteral("taskHistoryButton"));
        QVERIFY(historyButton && historyButton->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(m_history.count() >= 1, 90000);
        historyButton->click();
        gui::TaskHistoryDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<gui::TaskHistoryDialog*>()) && dialog->isVisible());
        gui::TaskHistoryModel* history = dialog->model();
        QCOMPARE(history->rowCount(), 1);
        bool found = false;
        for (int column = 0; column < history->columnCount(); ++column)
            found = found || history->index(0, column).data().toString() == victim;
        QVERIFY(found);
        const QString csvPath = m_dir.filePath(QStringLiteral("history.csv"));
        QVERIFY(dialog->exportTo(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY2(text.contains(victim.toUtf8() + ',' + container.toUtf8()), text.constData());
        dialog->close();
    }
};

int main(int argc, char** argv)
{
    // Offscreen unless told otherwise (xvfb-run with QT_QPA_PLATFORM=xcb, for screenshots).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(bdm); // bdm_gui is static: its icons need registering
    TestTasksPageLab test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestTasksPageLab.moc"
