// The review step's "Test locally" against a real Docker engine (LabDockerEngine): the job runs
// as on a volunteer's host, its log shows live, the outputs it left are listed, its time can be
// used as the estimate, a failing job says its exit status, and the button stops a long job.
#include "LabDockerEngine.h"
#include "LabTools.h"
#include "gui/submit/LocalTestPanel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bdm;
using namespace Qt::StringLiterals;

namespace {

constexpr int runTimeoutMs = 120000;

} // namespace

class TestLocalTestPanelLab : public QObject
{
    Q_OBJECT

    lab::LabDockerEngine m_engine;
    QTemporaryDir m_dir;
    submit::JobSpec m_spec;

    submit::JobSpec spec(const QStringList& command) const
    {
        submit::JobSpec s;
        s.name = u"panel"_s;
        s.app = u"docker_app"_s;
        s.image = u"local/busybox:1"_s;
        s.command = command;
        s.baseDir = m_dir.path();
        s.outputs = {u"out.txt"_s};
        return s;
    }

    template <class T> static T* child(QWidget* w, const QString& name) { return w->findChild<T*>(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_engine.start(), qPrintable(m_engine.errorString()));
    }

    void a_job_runs_shows_its_log_and_outputs_and_its_time_is_offered()
    {
        // Setup
        m_spec = spec({u"sh"_s, u"-c"_s, u"echo hello from the job; echo 42 > out.txt"_s});
        gui::LocalTestPanel panel([this] { return m_spec; });
        panel.setEnvironment(m_engine.environment());
        panel.show();
        auto* test = child<QPushButton>(&panel, u"testLocallyPushButton"_s);
        auto* useTime = child<QPushButton>(&panel, u"useRuntimePushButton"_s);
        QSignalSpy offered(&panel, &gui::LocalTestPanel::useRuntimeRequested);

        // Action
        test->click();
        QVERIFY(panel.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), runTimeoutMs);

        // Verify
        const QString status = child<QLabel>(&panel, u"localTestStatusLabel"_s)->text();
        QVERIFY2(status.startsWith(u"Finished in"_s), qPrintable(status));
        QVERIFY(child<QPlainTextEdit>(&panel, u"localTestLogView"_s)
                    ->toPlainText()
                    .contains(u"hello from the job"_s));
        QVERIFY(child<QLabel>(&panel, u"localTestOutputsLabel"_s)->text().contains(u"out.txt"_s));
        QVERIFY(useTime->isEnabled());
        useTime->click();
        QCOMPARE(offered.size(), 1);
        QVERIFY(offered.first().at(0).toDouble() > 0);
    }

    void a_failing_job_says_its_exit_status()
    {
        m_spec = spec({u"sh"_s, u"-c"_s, u"exit 3"_s});
        gui::LocalTestPanel panel([this] { return m_spec; });
        panel.setEnvironment(m_engine.environment());
        child<QPushButton>(&panel, u"testLocallyPushButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), runTimeoutMs);
        const QString status = child<QLabel>(&panel, u"localTestStatusLabel"_s)->text();
        QVERIFY2(status.contains(u"status 3"_s), qPrintable(status));
        QVERIFY(!child<QPushButton>(&panel, u"useRuntimePushButton"_s)->isEnabled());
    }

    void the_button_stops_a_long_job()
    {
        m_spec = spec({u"sleep"_s, u"600"_s});
        gui::LocalTestPanel panel([this] { return m_spec; });
        panel.setEnvironment(m_engine.environment());
        auto* test = child<QPushButton>(&panel, u"testLocallyPushButton"_s);
        test->click();
        QVERIFY(panel.isRunning());
        QCOMPARE(test->text(), u"Stop the &local test"_s);
        QTest::qWait(2000);
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 60000);
        QCOMPARE(test->text(), u"Test &locally"_s);
    }

    void an_invalid_spec_is_refused_before_anything_runs()
    {
        m_spec = spec({});
        m_spec.image.clear();
        gui::LocalTestPanel panel([this] { return m_spec; });
        child<QPushButton>(&panel, u"testLocallyPushButton"_s)->click();
        QVERIFY(!panel.isRunning());
        QVERIFY(!child<QLabel>(&panel, u"localTestStatusLabel"_s)->text().isEmpty());
    }
};

QTEST_MAIN(TestLocalTestPanelLab)
#include "TestLocalTestPanelLab.moc"
