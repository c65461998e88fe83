#include "gui/tasks/TaskActions.h"
#include "gui/tasks/TaskHistoryModel.h"
#include "gui/tasks/TaskJoinModel.h"
#include "monitor/TaskContainerJoin.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>

using namespace bdm;
using bdm::boinc::ActiveTask;
using bdm::boinc::Result;
using bdm::gui::TaskJoinModel;
using bdm::monitor::JoinKind;
using bdm::monitor::JoinRow;
namespace Join = bdm::monitor::TaskContainerJoin;

namespace {

const QString labUrl = QStringLiteral("http://127.0.0.1:8080/Lab_Test/");

Result task(const QString& name, double fractionDone = 0.25, double elapsed = 600, int slot = 0)
{
    Result r;
    r.projectUrl = labUrl;
    r.name = name;
    r.wuName = name + QStringLiteral("_wu");
    r.state = boinc::ResultFilesDownloaded;
    r.planClass = QStringLiteral("docker");
    r.reportDeadline = 1'900'000'000;
    r.estimatedRemaining = 3600;
    ActiveTask a;
    a.activeTaskState = boinc::ProcessExecuting;
    a.schedulerState = boinc::SchedulerScheduled;
    a.fractionDone = fractionDone;
    a.elapsedTime = elapsed;
    a.currentCpuTime = elapsed * 0.9;
    a.slot = slot;
    a.slotPath = QStringLiteral("/var/lib/boinc/slots/%1").arg(slot);
    r.activeTask = a;
    return r;
}

// The container docker_wrapper makes for a task, found by the join's own naming rule.
engine::ContainerSummary containerFor(const Result& r, const QString& state = QStringLiteral("running"))
{
    Join::Input in;
    in.tasks = {r};
    engine::ContainerSummary c;
    c.name = Join::join(in).constFirst().expectedContainerName;
    c.id = QStringLiteral("id_") + r.name;
    c.image = QStringLiteral("boinc__lab_app:1");
    c.state = state;
    c.mounts = {{QStringLiteral("bind"), r.activeTask->slotPath, QStringLiteral("/app"), true}};
    return c;
}

engine::ContainerSummary orphan()
{
    engine::ContainerSummary c;
    c.name = QStringLiteral("boinc__left_behind__old_task_0");
    c.id = QStringLiteral("id_orphan");
    c.state = QStringLiteral("exited");
    c.image = QStringLiteral("local/busybox:1");
    return c;
}

struct Lab
{
    QList<Result> tasks{task(QStringLiteral("a_0"), 0.1, 100, 0), task(QStringLiteral("b_0"), 0.2, 200, 1),
                        task(QStringLiteral("c_0"), 0.3, 300, 2)};
    QList<engine::ContainerSummary> containers{containerFor(tasks.at(0)), containerFor(tasks.at(1)),
                                               containerFor(tasks.at(2))};
    TaskJoinModel::EngineView engine{true, {}};

    QList<JoinRow> join() const
    {
        Join::Input in;
        in.tasks = tasks;
        in.containers = containers;
        return Join::join(in);
    }
    void update(TaskJoinModel& model) const { model.update(join(), {}, engine); }
};

QString cell(const TaskJoinModel& model, const QString& key, int column, int role = Qt::DisplayRole)
{
    return model.index(model.rowOf(key), column).data(role).toString();
}

} // namespace

class TestTaskJoinModel : public QObject
{
    Q_OBJECT

private slots:
    void model_tester_accepts_every_kind_of_update()
    {
        TaskJoinModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Lab lab;
        lab.update(model);
        QCOMPARE(model.rowCount(), 3);
        lab.tasks[1].activeTask->fractionDone = 0.5;
        lab.containers.append(orphan());
        lab.update(model);
        QCOMPARE(model.rowCount(), 4);
        lab.tasks.removeAt(0);
        lab.containers.removeAt(2);
        lab.update(model);
        QCOMPARE(model.rowCount(), 4); // b_0, c_0 (container missing), two orphans (a_0's container is left)
        lab.engine.available = false;
        lab.update(model);
        QCOMPARE(model.rowCount(), 4);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void a_poll_that_changes_one_row_emits_exactly_one_data_changed()
    {
        TaskJoinModel model;
        Lab lab;
        lab.update(model);
        QSignalSpy changed(&model, &TaskJoinModel::dataChanged);
        QSignalSpy inserted(&model, &TaskJoinModel::rowsInserted);
        QSignalSpy removed(&model, &TaskJoinModel::rowsRemoved);
        QSignalSpy reset(&model, &TaskJoinModel::modelReset);

        lab.update(model); // nothing changed
        QCOMPARE(changed.size(), 0);

        lab.tasks[1].activeTask->fractionDone = 0.75;
        lab.update(model);
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.first().at(0).toModelIndex();
        const auto bottomRight = changed.first().at(1).toModelIndex();
        const int row = model.rowOf(Join::taskKey(labUrl, QStringLiteral("b_0")));
        QCOMPARE(topLeft.row(), row);
        QCOMPARE(bottomRight.row(), row);
        QVERIFY(topLeft.column() <= TaskJoinModel::Progress &&
                bottomRight.column() >= TaskJoinModel::Progress);
        QCOMPARE(model.index(row, TaskJoinModel::Progress).data(TaskJoinModel::RawValueRole).toDouble(),
                 0.75);
        QCOMPARE(inserted.size() + removed.size() + reset.size(), 0);
    }

    void a_container_that_pauses_changes_only_its_row()
    {
        TaskJoinModel model;
        Lab lab;
        lab.update(model);
        QSignalSpy changed(&model, &TaskJoinModel::dataChanged);
        lab.containers[2].state = QStringLiteral("paused");
        lab.update(model);
        QCOMPARE(changed.size(), 1);
        const QString key = Join::taskKey(labUrl, QStringLiteral("c_0"));
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(key));
        QCOMPARE(cell(model, key, TaskJoinModel::ContainerState), QStringLiteral("paused"));
    }

    void orphans_and_missing_containers_are_flagged_not_hidden()
    {
        TaskJoinModel model;
        Lab lab;
        lab.containers.removeAt(1); // b_0 runs, but its container is gone
        lab.containers.append(orphan());
        lab.update(model);
        QCOMPARE(model.rowCount(), 4);

        const QString missing = Join::taskKey(labUrl, QStringLiteral("b_0"));
        QCOMPARE(model.index(model.rowOf(missing), 0).data(TaskJoinModel::KindRole).toInt(),
                 int(JoinKind::ContainerMissing));
        QCOMPARE(cell(model, missing, TaskJoinModel::ContainerState), QStringLiteral("missing"));
        QVERIFY(cell(model, missing, TaskJoinModel::Container).startsWith(QLatin1String("boinc__")));
        QVERIFY(model.index(model.rowOf(missing), TaskJoinModel::Task).data(Qt::ForegroundRole).isValid());
        QVERIFY(cell(model, missing, TaskJoinModel::Task, Qt::ToolTipRole)
                    .contains(QLatin1String("no container")));

        const QString orphanKey = Join::containerKey(orphan().name);
        QVERIFY(model.rowOf(orphanKey) >= 0);
        QCOMPARE(model.index(model.rowOf(orphanKey), 0).data(TaskJoinModel::KindRole).toInt(),
                 int(JoinKind::Orphan));
        QCOMPARE(cell(model, orphanKey, TaskJoinModel::Container), orphan().name);
        QCOMPARE(cell(model, orphanKey, TaskJoinModel::Status), QStringLiteral("No task (orphan container)"));
        QVERIFY(model.index(model.rowOf(orphanKey), TaskJoinModel::Task).data(Qt::ForegroundRole).isValid());

        // A joined row carries no flag.
        const QString joined = Join::taskKey(labUrl, QStringLiteral("a_0"));
        QCOMPARE(model.index(model.rowOf(joined), 0).data(TaskJoinModel::KindRole).toInt(),
                 int(JoinKind::Joined));
        QVERIFY(!model.index(model.rowOf(joined), TaskJoinModel::Task).data(Qt::ForegroundRole).isValid());
        QCOMPARE(cell(model, joined, TaskJoinModel::Slot), QStringLiteral("0"));
        QCOMPARE(cell(model, joined, TaskJoinModel::Image), QStringLiteral("boinc__lab_app:1"));
    }

    void without_an_engine_container_columns_say_no_engine_and_nothing_is_flagged()
    {
        TaskJoinModel model;
        Lab lab;
        lab.containers.clear();
        lab.engine.available = false;
        lab.update(model);
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, TaskJoinModel::ContainerState).data().toString(),
                     QStringLiteral("no engine"));
            QVERIFY(model.index(row, TaskJoinModel::Container)
                        .data()
                        .toString()
                        .startsWith(QLatin1String("boinc__")));
            QCOMPARE(model.index(row, 0).data(TaskJoinModel::KindRole).toInt(), int(JoinKind::NoContainer));
            QVERIFY(!model.index(row, TaskJoinModel::Task).data(Qt::ForegroundRole).isValid());
            // The task's own columns still work.
            QVERIFY(!model.index(row, TaskJoinModel::Status).data().toString().isEmpty());
        }
    }

    void stats_fill_cpu_and_memory_of_running_containers()
    {
        TaskJoinModel model;
        Lab lab;
        engine::StatsSample s;
        s.cpuPercent = 97.5;
        s.memoryBytes = 3 * 1024 * 1024;
        lab.engine.stats.insert(QStringLiteral("id_a_0"), s);
        lab.update(model);
        const QString key = Join::taskKey(labUrl, QStringLiteral("a_0"));
        QCOMPARE(
            model.index(model.rowOf(key), TaskJoinModel::Cpu).data(TaskJoinModel::RawValueRole).toDouble(),
            97.5);
        QCOMPARE(
            model.index(model.rowOf(key), TaskJoinModel::Memory).data(TaskJoinModel::RawValueRole).toDouble(),
            3.0 * 1024 * 1024);
        QVERIFY(cell(model, key, TaskJoinModel::Cpu).contains(QLatin1String("97")));
        QVERIFY(cell(model, Join::taskKey(labUrl, QStringLiteral("b_0")), TaskJoinModel::Cpu).isEmpty());
    }

    void sorting_uses_raw_values_not_display_text()
    {
        TaskJoinModel model;
        Lab lab;
        lab.tasks = {task(QStringLiteral("long"), 0.5, 10 * 3600),
                     task(QStringLiteral("short"), 0.5, 9 * 3600, 1)};
        lab.containers.clear();
        lab.update(model);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(TaskJoinModel::RawValueRole);
        proxy.sort(TaskJoinModel::Elapsed, Qt::AscendingOrder);
        // As text "10:00:00" < "9:00:00"; as numbers 9 h comes first.
        QCOMPARE(proxy.index(0, TaskJoinModel::Task).data().toString(), QStringLiteral("short"));
        QCOMPARE(proxy.index(0, TaskJoinModel::Elapsed).data().toString(), QStringLiteral("9:00:00"));
        proxy.sort(TaskJoinModel::Slot, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, TaskJoinModel::Task).data().toString(), QStringLiteral("short"));
    }

    void the_filter_matches_raw_values_of_any_column()
    {
        TaskJoinModel model;
        Lab lab;
        lab.containers.append(orphan());
        lab.update(model);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(TaskJoinModel::RawValueRole);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("LEFT_BEHIND"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("b_0"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), 4);
    }

    void the_abort_question_names_the_task_and_what_would_be_lost()
    {
        Result r = task(QStringLiteral("Lab_WU_0001_0"), 0.423, 3725);
        const QString question = gui::TaskActions::abortQuestion({r});
        QVERIFY2(question.contains(QLatin1String("Lab_WU_0001_0")), qPrintable(question));
        QVERIFY2(question.contains(QLatin1String("42.3")), qPrintable(question));
        QVERIFY2(question.contains(QLatin1String("1:02:05")), qPrintable(question)); // elapsed
        QVERIFY2(question.contains(QLatin1String("0:55:52")), qPrintable(question)); // CPU time, 0.9 of it
    }

    void the_history_model_passes_the_model_tester()
    {
        gui::TaskHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        monitor::TaskHistoryRecord a;
        a.resultName = QStringLiteral("a_0");
        a.exitCode = 3;
        a.peakMemoryBytes = 1024;
        a.finishedAt = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        monitor::TaskHistoryRecord b = a;
        b.resultName = QStringLiteral("b_0");
        b.exitCode.reset();
        model.setRecords({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, gui::TaskHistoryModel::ExitCode).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(1, gui::TaskHistoryModel::ExitCode).data().toString(),
                 QStringLiteral("unknown"));
        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestTaskJoinModel)
#include "TestTaskJoinModel.moc"
