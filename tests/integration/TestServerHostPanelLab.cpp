// The Server page's project-host tab over a real OpenSSH server and the lab's fake project (its
// bin/status and daemons follow BOINC's contract): reading, the tables and logs, a daemon that
// dies raising one alert, an unknown host key shown before anything is read, and the host kept in
// the settings. Also the New Docker app dialog end to end.
#include "LabProjectServer.h"
#include "LabSshServer.h"
#include "LabTools.h"
#include "ModalDialogs.h"
#include "gui/server/ServerHostPanel.h"
#include "gui/server/ServerStatusPage.h"
#include "gui/submit/HostKeyDialog.h"
#include "gui/submit/NewAppDialog.h"
#include "gui/widgets/SshTargetForm.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bdm;
using namespace Qt::StringLiterals;

namespace {

constexpr int readTimeoutMs = 60000;

} // namespace

class TestServerHostPanelLab : public QObject
{
    Q_OBJECT

    lab::LabSshServer m_ssh;
    lab::LabProjectServer m_project;
    QTemporaryDir m_dir;

    submit::SubmitTarget target(const QString& knownHosts = {}) const
    {
        return m_ssh.target(m_project.directory(), {}, knownHosts);
    }

    static bool readNow(gui::ServerHostPanel& panel)
    {
        QSignalSpy refreshed(&panel, &gui::ServerHostPanel::refreshed);
        panel.readButton()->click();
        // A form that cannot be read answers at once, before the click returns.
        return !refreshed.isEmpty() || refreshed.wait(readTimeoutMs);
    }

    static QString cell(const QTableWidget* t, int row, int column)
    {
        const QTableWidgetItem* item = t->item(row, column);
        return item ? item->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"bdm-test-server-host"_s);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_ssh.start(), qPrintable(m_ssh.errorString()));
        QVERIFY2(m_project.create({u"docker_app"_s}), qPrintable(m_project.errorString()));
    }

    void init() { QVERIFY2(m_project.stopDaemons(), qPrintable(m_project.errorString())); }

    void an_empty_form_says_what_to_give_and_connects_to_nothing()
    {
        gui::ServerHostPanel panel;
        panel.targetForm()->setTarget(submit::SubmitTarget{});
        panel.show();
        QVERIFY(readNow(panel));
        QVERIFY2(panel.statusText().contains(u"user@host"_s), qPrintable(panel.statusText()));
        QCOMPARE(panel.daemonTable()->rowCount(), 0);
    }

    void the_panel_shows_daemons_tasks_and_logs_and_one_alert_per_death()
    {
        // Setup
        QVERIFY2(m_project.startDaemons(), qPrintable(m_project.errorString()));
        gui::ServerStatusPage page;
        gui::ServerHostPanel& panel = *page.hostPanel();
        panel.targetForm()->setTarget(target());
        page.show();
        page.tabs()->setCurrentWidget(&panel);
        QSignalSpy stopped(&page, &gui::ServerStatusPage::daemonStopped);

        // Action
        QVERIFY(readNow(panel));

        // Verify: the tables...
        QTableWidget* daemons = panel.daemonTable();
        QCOMPARE(daemons->rowCount(), 5);
        QCOMPARE(cell(daemons, 0, 0), u"feeder"_s);
        QCOMPARE(cell(daemons, 0, 2), u"Running"_s);
        QCOMPARE(cell(daemons, 4, 3), u"Disabled"_s);
        QCOMPARE(panel.taskTable()->rowCount(), 2);
        QCOMPARE(cell(panel.taskTable(), 1, 2), u"7 days"_s);
        QVERIFY2(panel.statusText().contains(u"ENABLED"_s), qPrintable(panel.statusText()));
        QVERIFY(panel.autoRefreshArmed());
        // ...and a daemon's row leads to its log.
        QCOMPARE(panel.logChooser()->count(), 4);
        daemons->setCurrentCell(1, 0);
        QVERIFY2(panel.logChooser()->currentText().endsWith(u"/transitioner.log"_s),
                 qPrintable(panel.logChooser()->currentText()));
        QVERIFY(panel.logView()->toPlainText().contains(u"Executing command: transitioner -d 3"_s));
        QVERIFY(stopped.isEmpty());

        // Action: the transitioner dies; two readings follow.
        QVERIFY2(m_project.killDaemon(u"transitioner"_s), qPrintable(m_project.errorString()));
        QVERIFY(readNow(panel));
        QVERIFY(readNow(panel));

        // Verify: one alert, the row marked, the words on the panel.
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.first().at(0).toString(), m_ssh.destination() + u':' + m_project.directory());
        QCOMPARE(stopped.first().at(1).toString(), u"transitioner"_s);
        QCOMPARE(cell(daemons, 1, 2), u"Not running"_s);
        QVERIFY(daemons->item(1, 0)->foreground() != daemons->item(0, 0)->foreground());
        QVERIFY2(panel.statusText().contains(u"Not running: transitioner"_s), qPrintable(panel.statusText()));
        // For the docs: what this state looks like (scripts/screenshot.sh sets the folder).
        if (const QString dir = qEnvironmentVariable("BDM_SCREENSHOT_DIR"); !dir.isEmpty()) {
            page.resize(1100, 640);
            QVERIFY(page.grab().save(dir + u"/server-host-panel.png"_s));
        }

        // The target is kept for the next start.
        gui::ServerHostPanel next;
        QCOMPARE(next.targetForm()->target().projectDir, m_project.directory());
        QCOMPARE(next.targetForm()->target().port, int(m_ssh.port()));
    }

    void an_unknown_host_key_is_asked_about_then_the_read_goes_on()
    {
        // Setup
        const QString knownHosts = m_dir.filePath(u"known_hosts_panel"_s);
        QVERIFY(lab::writeFile(knownHosts, QByteArray(), nullptr));
        gui::ServerHostPanel panel;
        panel.targetForm()->setTarget(target(knownHosts));
        panel.show();

        // Action
        QVERIFY(readNow(panel));
        auto* box = bdm::test::openDialog<gui::HostKeyDialog>(30000);

        // Verify: asked with the fingerprint; nothing trusted before the click.
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(m_ssh.hostKeyFingerprint()),
                 qPrintable(box->informativeText()));
        QCOMPARE(QFileInfo(knownHosts).size(), 0);
        QCOMPARE(panel.daemonTable()->rowCount(), 0);
        QSignalSpy refreshed(&panel, &gui::ServerHostPanel::refreshed);
        box->trustButton()->click();
        QVERIFY(refreshed.wait(readTimeoutMs));
        QVERIFY(QFileInfo(knownHosts).size() > 0);
        QCOMPARE(panel.daemonTable()->rowCount(), 5);
    }

    void the_new_app_dialog_shows_the_command_and_creates_the_app()
    {
        // Setup
        gui::NewAppDialog dialog(target());
        dialog.show();
        auto* name = dialog.findChild<QLineEdit*>(u"appName"_s);
        auto* preview = dialog.findChild<QPlainTextEdit*>(u"appPreview"_s);
        auto* create = dialog.findChild<QPushButton*>(u"createAppButton"_s);
        QVERIFY(name && preview && create);

        // The existing class is chosen from what the server has (its plan_class_spec.xml over SSH).
        auto* read = dialog.findChild<QPushButton*>(u"readPlanClassesPushButton"_s);
        auto* classes = dialog.findChild<QComboBox*>(u"planClassComboBox"_s);
        QVERIFY(read && classes);
        read->click();
        QTRY_VERIFY_WITH_TIMEOUT(read->isEnabled(), readTimeoutMs);
        QCOMPARE(classes->count(), 2); // none chosen yet, and the server's one class
        QCOMPARE(classes->itemText(1), u"docker_test"_s);
        QCOMPARE(classes->currentText(), u"docker_test"_s);

        // Action: a hostile name first, then a good one.
        name->setText(u"bad name;rm"_s);
        QVERIFY(!create->isEnabled() || !preview->toPlainText().contains(u"--new_app"_s));
        name->setText(u"panel_app"_s);

        // Verify: the exact command before anything runs, then the report.
        QVERIFY2(preview->toPlainText().contains(u"--new_app"_s), qPrintable(preview->toPlainText()));
        QVERIFY(preview->toPlainText().contains(u"panel_app"_s));
        QVERIFY(create->isEnabled());
        create->click();
        auto* status = dialog.findChild<QLabel*>(u"appStatus"_s);
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"The app panel_app was created."_s), readTimeoutMs);
        QVERIFY2(status->text().contains(u"Plan class docker_test present."_s), qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_project.directory() + u"/apps/panel_app"_s), readTimeoutMs);
    }
};

QTEST_MAIN(TestServerHostPanelLab)
#include "TestServerHostPanelLab.moc"
