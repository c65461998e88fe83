#include "gui/jobs/JobDetailPanel.h"
#include "gui/jobs/JobsModel.h"
#include "gui/jobs/JobsPage.h"
#include "gui/submit/PathField.h"
#include "gui/submit/SubmitPage.h"
#include "gui/submit/SubmitWizard.h"
#include "gui/widgets/EmptyState.h"
#include "submit/JobJournal.h"
#include "submit/JobSpecFile.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace bdm;
using namespace Qt::StringLiterals;
using gui::JobsModel;
using submit::JournalStage;

namespace {

submit::JobSpec sampleSpec(const QString& name)
{
    submit::JobSpec s;
    s.name = name;
    s.app = u"docker_app"_s;
    s.image = u"alpine:3.19"_s;
    s.command = {u"sh"_s, u"-c"_s, u"echo hi > out.txt"_s};
    s.outputs = {u"out.txt"_s};
    s.network = u"bridge"_s;
    s.target.transport = u"ssh"_s;
    s.target.mode = u"create_work"_s;
    s.target.host = u"boincadm@project.example"_s;
    s.target.port = 2222;
    s.target.projectDir = u"/home/boincadm/project/test"_s;
    return s;
}

// A journal in a temporary directory with one entry per stage asked for, oldest first.
class JournalFixture
{
public:
    bool open() { return journal.open(dir.filePath(u"jobs.sqlite"_s)); }

    submit::JournalEntry add(const QString& name, JournalStage stage)
    {
        submit::JournalEntry draft;
        draft.key = name;
        draft.specJson = QString::fromUtf8(submit::JobSpecFile::toJson(sampleSpec(name), {}));
        draft.transport = u"ssh"_s;
        draft.mode = u"create_work"_s;
        draft.target = u"boincadm@project.example:2222:/home/boincadm/project/test"_s;
        submit::JournalEntry e = *journal.create(draft);
        if (stage == JournalStage::Submitted)
            journal.setSubmitted(e.id, {name + u"_0"_s, name + u"_1"_s}, {});
        else if (stage == JournalStage::Failed)
            journal.setStage(e.id, stage, u"create_work: no such app\nsecond line"_s);
        else if (stage != JournalStage::Prepared)
            journal.setStage(e.id, stage);
        // Distinct creation times keep the journal's order (newest first) well defined.
        QTest::qWait(5);
        return *journal.entry(e.id);
    }

    QTemporaryDir dir;
    submit::JobJournal journal;
};

} // namespace

class TestJobsPage : public QObject
{
    Q_OBJECT

private slots:
    void model_passes_the_model_tester_and_updates_in_place();
    void model_shows_each_column();
    void empty_journal_shows_the_empty_state_with_new_job();
    void detail_lists_every_workunit_and_the_spec();
    void actions_follow_the_stage_of_the_selected_job();
    void clone_puts_the_spec_into_the_wizard();
};

void TestJobsPage::model_passes_the_model_tester_and_updates_in_place()
{
    JournalFixture f;
    QVERIFY(f.open());
    f.add(u"first"_s, JournalStage::Submitted);
    const submit::JournalEntry second = f.add(u"second"_s, JournalStage::Uploading);

    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(f.journal.entries());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.entryAt(0)->id, second.id); // newest first

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEntries(f.journal.entries());
    QCOMPARE(changed.count(), 0); // nothing changed, nothing said

    const submit::JournalEntry third = f.add(u"third"_s, JournalStage::Prepared);
    f.journal.setStage(second.id, JournalStage::Submitting);
    model.setEntries(f.journal.entries());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.entryAt(0)->id, third.id);
    QCOMPARE(model.data(model.index(1, JobsModel::Stage)).toString(), u"Submitting"_s);

    QList<submit::JournalEntry> fewer = f.journal.entries();
    fewer.removeAt(1);
    model.setEntries(fewer);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(reset.count(), 0);
}

void TestJobsPage::model_shows_each_column()
{
    JournalFixture f;
    QVERIFY(f.open());
    const submit::JournalEntry done = f.add(u"done"_s, JournalStage::Submitted);
    f.add(u"refused"_s, JournalStage::Failed);
    JobsModel model;
    model.setEntries(f.journal.entries());
    const int failedRow = 0;
    const int doneRow = 1;
    QCOMPARE(model.data(model.index(doneRow, JobsModel::Name)).toString(), done.key);
    QVERIFY(done.key.startsWith(u"done-"_s));
    QCOMPARE(model.data(model.index(doneRow, JobsModel::Target)).toString(), done.target);
    QCOMPARE(model.data(model.index(doneRow, JobsModel::Mode)).toString(), u"create_work"_s);
    QCOMPARE(model.data(model.index(doneRow, JobsModel::Stage)).toString(), u"Submitted"_s);
    QCOMPARE(model.data(model.index(doneRow, JobsModel::Workunits)).toString(), u"done_0 (+1 more)"_s);
    QCOMPARE(model.data(model.index(doneRow, JobsModel::Workunits), JobsModel::RawValueRole).toInt(), 2);
    QCOMPARE(model.data(model.index(doneRow, JobsModel::Workunits), Qt::ToolTipRole).toString(),
             u"done_0\ndone_1"_s);
    QVERIFY(!model.data(model.index(doneRow, JobsModel::Created)).toString().isEmpty());
    QCOMPARE(model.data(model.index(doneRow, JobsModel::Created), JobsModel::RawValueRole).toDateTime(),
             done.created);
    QCOMPARE(model.data(model.index(failedRow, JobsModel::LastError)).toString(),
             u"create_work: no such app"_s);
    QCOMPARE(model.data(model.index(failedRow, JobsModel::LastError), Qt::ToolTipRole).toString(),
             u"create_work: no such app\nsecond line"_s);
    for (int c = 0; c < JobsModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

void TestJobsPage::empty_journal_shows_the_empty_state_with_new_job()
{
    JournalFixture f;
    QVERIFY(f.open());
    gui::JobsPage page(&f.journal, {});
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.emptyState()->isVisible());
    QCOMPARE(page.emptyState()->title(), u"No jobs submitted yet"_s);
    QSignalSpy newJob(&page, &gui::JobsPage::newJobRequested);
    auto* button = page.emptyState()->findChild<QPushButton*>();
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), u"&New job…"_s);
    button->click();
    QCOMPARE(newJob.count(), 1);

    f.add(u"one"_s, JournalStage::Prepared);
    page.reload();
    QVERIFY(!page.emptyState()->isVisible());
    QVERIFY(page.view()->isVisible());
    QCOMPARE(page.view()->model()->rowCount(), 1);
}

void TestJobsPage::detail_lists_every_workunit_and_the_spec()
{
    JournalFixture f;
    QVERIFY(f.open());
    const submit::JournalEntry e = f.add(u"job"_s, JournalStage::Submitted);
    submit::JobStatus s;
    s.workunit = u"job_0"_s;
    s.state = submit::JobStatus::State::Done;
    s.detail = u"exit 0"_s;
    s.outputFiles = {u"out.txt"_s};
    QVERIFY(f.journal.saveStatuses(e.id, {s}));

    gui::JobsPage page(&f.journal, {});
    page.show();
    page.selectEntry(e.id);
    QTreeWidget* tree = page.detail()->statusTree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"job_0"_s);
    QCOMPARE(tree->topLevelItem(0)->text(1), u"Done"_s);
    QCOMPARE(tree->topLevelItem(0)->text(3), u"out.txt"_s);
    QCOMPARE(tree->topLevelItem(1)->text(0), u"job_1"_s); // never queried, still listed
    QVERIFY(page.detail()->specText().contains(u"\"alpine:3.19\""_s));
}

void TestJobsPage::actions_follow_the_stage_of_the_selected_job()
{
    JournalFixture f;
    QVERIFY(f.open());
    const submit::JournalEntry submitted = f.add(u"ok"_s, JournalStage::Submitted);
    const submit::JournalEntry interrupted = f.add(u"cut"_s, JournalStage::Uploading);
    const submit::JournalEntry failed = f.add(u"no"_s, JournalStage::Failed);
    gui::JobsPage page(&f.journal, {});
    page.show();
    const auto button = [&page](const QString& name) {
        return page.findChild<QPushButton*>(name)->isEnabled();
    };

    page.selectEntry(submitted.id);
    QVERIFY(button(u"refreshStatusesPushButton"_s));
    QVERIFY(button(u"fetchOutputsPushButton"_s));
    QVERIFY(button(u"abortJobPushButton"_s));
    QVERIFY(!button(u"retryJobPushButton"_s));
    QVERIFY(button(u"cloneJobPushButton"_s));

    page.selectEntry(interrupted.id);
    QVERIFY(button(u"retryJobPushButton"_s));
    QVERIFY(!button(u"abortJobPushButton"_s));
    QVERIFY(!button(u"fetchOutputsPushButton"_s));

    page.selectEntry(failed.id);
    QVERIFY(!button(u"retryJobPushButton"_s)); // the server said no: a retry would say it again
    QVERIFY(button(u"cloneJobPushButton"_s));

    // No backend to be had: the page says why instead of doing nothing.
    page.selectEntry(submitted.id);
    page.refreshStatuses();
    QVERIFY(!page.notice().isEmpty());
    QVERIFY(!page.isBusy());
}

void TestJobsPage::clone_puts_the_spec_into_the_wizard()
{
    JournalFixture f;
    QVERIFY(f.open());
    const submit::JournalEntry e = f.add(u"cloned"_s, JournalStage::Submitted);
    gui::JobsPage jobs(&f.journal, {});
    gui::SubmitPage submitPage(&f.journal, {});
    QObject::connect(&jobs, &gui::JobsPage::cloneRequested, &submitPage, &gui::SubmitPage::loadSpec);
    submitPage.show();
    gui::SubmitWizard* w = submitPage.wizard();
    w->next(); // somewhere else than the start, to see the clone go back there
    jobs.show();
    jobs.selectEntry(e.id);
    jobs.cloneSelected();

    QCOMPARE(w->currentId(), static_cast<int>(gui::SubmitWizard::TargetId));
    QCOMPARE(w->findChild<QLineEdit*>(u"hostLineEdit"_s)->text(), u"boincadm@project.example"_s);
    QCOMPARE(w->findChild<QComboBox*>(u"transportComboBox"_s)->currentData().toString(),
             u"ssh:create_work"_s);
    QCOMPARE(w->findChild<QLineEdit*>(u"imageLineEdit"_s)->text(), u"alpine:3.19"_s);
    QCOMPARE(w->findChild<QLineEdit*>(u"commandLineEdit"_s)->text(), u"sh -c \"echo hi > out.txt\""_s);
    QCOMPARE(w->findChild<QLineEdit*>(u"jobNameLineEdit"_s)->text(), u"cloned"_s);
    const submit::JobSpec expected = sampleSpec(u"cloned"_s);
    QCOMPARE(submit::JobSpecFile::toJson(w->spec(), {}), submit::JobSpecFile::toJson(expected, {}));
}

QTEST_MAIN(TestJobsPage)
#include "TestJobsPage.moc"
