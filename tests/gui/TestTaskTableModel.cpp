#include "boinc/TaskStatus.h"
#include "gui/tasks/TaskTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using bdm::boinc::ActiveTask;
using bdm::boinc::CcStatus;
using bdm::boinc::Result;
using bdm::gui::TaskTableModel;

namespace {

const QString einstein = QStringLiteral("https://einsteinathome.org/");
const QString lab = QStringLiteral("http://127.0.0.1/lab/");

Result task(const QString& project, const QString& name, double fractionDone = 0.25, double elapsed = 600)
{
    Result r;
    r.projectUrl = project;
    r.name = name;
    r.wuName = name + QStringLiteral("_wu");
    r.state = bdm::boinc::ResultFilesDownloaded;
    r.planClass = QStringLiteral("docker");
    r.reportDeadline = 1'900'000'000;
    r.estimatedRemaining = 3600;
    ActiveTask a;
    a.activeTaskState = bdm::boinc::ProcessExecuting;
    a.schedulerState = bdm::boinc::SchedulerScheduled;
    a.fractionDone = fractionDone;
    a.elapsedTime = elapsed;
    r.activeTask = a;
    return r;
}

QList<Result> threeTasks()
{
    return {task(einstein, QStringLiteral("a_0")), task(einstein, QStringLiteral("b_0")),
            task(lab, QStringLiteral("c_0"))};
}

} // namespace

class TestTaskTableModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTesterAcceptsEveryKindOfUpdate()
    {
        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Result> tasks = threeTasks();
        model.update(tasks, {});
        tasks[1].activeTask->fractionDone = 0.5;
        tasks.append(task(lab, QStringLiteral("d_0")));
        model.update(tasks, {});
        tasks.removeAt(0);
        tasks.removeAt(1);
        model.update(tasks, {});
        model.update({}, {});
        model.update(threeTasks(), {});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void feedingTheSameListTwiceEmitsNoDataChanged()
    {
        TaskTableModel model;
        model.update(threeTasks(), {});
        QSignalSpy changed(&model, &TaskTableModel::dataChanged);
        QSignalSpy inserted(&model, &TaskTableModel::rowsInserted);
        QSignalSpy removed(&model, &TaskTableModel::rowsRemoved);
        QSignalSpy reset(&model, &TaskTableModel::modelReset);
        model.update(threeTasks(), {});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void changingOneFractionDoneEmitsOneDataChangedForThatRow()
    {
        TaskTableModel model;
        QList<Result> tasks = threeTasks();
        model.update(tasks, {});
        QSignalSpy changed(&model, &TaskTableModel::dataChanged);
        tasks[1].activeTask->fractionDone = 0.75;
        model.update(tasks, {});
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(bottomRight.row(), 1);
        QVERIFY(topLeft.column() <= TaskTableModel::Progress &&
                bottomRight.column() >= TaskTableModel::Progress);
        QCOMPARE(model.index(1, TaskTableModel::Progress).data(TaskTableModel::RawValueRole).toDouble(),
                 0.75);
    }

    void addingATaskInsertsOneRow()
    {
        TaskTableModel model;
        QList<Result> tasks = threeTasks();
        model.update(tasks, {});
        QSignalSpy inserted(&model, &TaskTableModel::rowsInserted);
        QSignalSpy changed(&model, &TaskTableModel::dataChanged);
        tasks.append(task(lab, QStringLiteral("new_0")));
        model.update(tasks, {});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(inserted.at(0).at(2).toInt(), 3);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, TaskTableModel::Task).data().toString(), QStringLiteral("new_0"));
    }

    void removingATaskRemovesOneRow()
    {
        TaskTableModel model;
        QList<Result> tasks = threeTasks();
        model.update(tasks, {});
        QSignalSpy removed(&model, &TaskTableModel::rowsRemoved);
        QSignalSpy changed(&model, &TaskTableModel::dataChanged);
        tasks.removeAt(1);
        model.update(tasks, {});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, TaskTableModel::Task).data().toString(), QStringLiteral("c_0"));
    }

    void theSameNameInAnotherProjectIsAnotherTask()
    {
        TaskTableModel model;
        model.update({task(einstein, QStringLiteral("x_0")), task(lab, QStringLiteral("x_0"))}, {});
        QCOMPARE(model.rowCount(), 2);
    }

    void statusIsTheWordsBoincManagerUses()
    {
        TaskTableModel model;
        CcStatus cc;
        const QList<Result> tasks = threeTasks();
        model.update(tasks, cc);
        QCOMPARE(model.index(0, TaskTableModel::Status).data().toString(),
                 bdm::boinc::taskStatusText(tasks.at(0), cc));
        // A suspend reason changes the words of tasks that are not executing, through the same update.
        cc.taskSuspendReason = 4;
        QList<Result> waiting = tasks;
        waiting[2].activeTask.reset();
        QSignalSpy changed(&model, &TaskTableModel::dataChanged);
        model.update(waiting, cc);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(2, TaskTableModel::Status).data().toString(),
                 bdm::boinc::taskStatusText(waiting.at(2), cc));
    }

    void sortingUsesRawValuesNotTheirText()
    {
        TaskTableModel model;
        model.update({task(lab, QStringLiteral("long"), 0.1, 10 * 3600),
                      task(lab, QStringLiteral("short"), 0.1, 9 * 3600)},
                     {});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(TaskTableModel::RawValueRole);
        proxy.sort(TaskTableModel::Elapsed, Qt::AscendingOrder);
        // As text "10:00:00" < "9:00:00"; as seconds it is the other way round.
        QCOMPARE(proxy.index(0, TaskTableModel::Task).data().toString(), QStringLiteral("short"));
        QCOMPARE(proxy.index(0, TaskTableModel::Elapsed).data().toString(), QStringLiteral("9:00:00"));
    }

    void projectAndApplicationFallBackToWhatIsKnown()
    {
        TaskTableModel model;
        Result named = task(lab, QStringLiteral("named"));
        named.projectName = QStringLiteral("Lab");
        named.appName = QStringLiteral("sim");
        named.appUserFriendlyName = QStringLiteral("Simulation");
        model.update({named, task(lab, QStringLiteral("bare"))}, {});
        QCOMPARE(model.index(0, TaskTableModel::Project).data().toString(), QStringLiteral("Lab"));
        QCOMPARE(model.index(0, TaskTableModel::Application).data().toString(), QStringLiteral("Simulation"));
        QCOMPARE(model.index(1, TaskTableModel::Project).data().toString(), lab);
    }
};

QTEST_GUILESS_MAIN(TestTaskTableModel)
#include "TestTaskTableModel.moc"
