#include "TestData.h"
#include "boinc/ReplyParsers.h"
#include "engine/EngineParsers.h"
#include "monitor/TaskContainerJoin.h"

#include <QTest>

using namespace bdm;
using namespace bdm::monitor;
using bdm::test::readReply;
using bdm::test::readTestData;

namespace {

QList<boinc::Result> resultsOf(const QString& path)
{
    static QList<boinc::XmlDocument> keep; // documents must outlive the elements handed out
    keep.append(boinc::XmlDocument::parse(readReply(path)));
    return boinc::parse::results(keep.last().root().child("boinc_gui_rpc_reply").child("results"));
}

QList<engine::ContainerSummary> dockerContainers()
{
    return engine::parse::containers(
               readTestData(QStringLiteral("captures/docker-20.10-api-1.41/containers_all.json")))
        .value;
}

boinc::Result task(const QString& url, const QString& name, int slot,
                   int activeState = boinc::ProcessExecuting,
                   const QString& planClass = QStringLiteral("docker"))
{
    boinc::Result r;
    r.projectUrl = url;
    r.name = name;
    r.planClass = planClass;
    if (slot >= 0) {
        boinc::ActiveTask a;
        a.slot = slot;
        a.activeTaskState = activeState;
        r.activeTask = a;
    }
    return r;
}

engine::ContainerSummary container(const QString& name, const QString& mountSource = {})
{
    engine::ContainerSummary c;
    c.id = QStringLiteral("id-") + name;
    c.name = name;
    c.state = QStringLiteral("running");
    if (!mountSource.isEmpty())
        c.mounts.append({QStringLiteral("bind"), mountSource, QStringLiteral("/app"), true});
    return c;
}

const JoinRow* rowWithKey(const QList<JoinRow>& rows, const QString& key)
{
    for (const JoinRow& r : rows) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestTaskContainerJoin : public QObject
{
    Q_OBJECT

private slots:
    void boinc_8_3_tasks_join_the_real_docker_wrapper_containers_by_name_and_slot()
    {
        TaskContainerJoin::Input in;
        in.tasks = resultsOf(QStringLiteral("captures/boinc-8.3.0-linux-docker/get_results.reply"));
        in.containers = dockerContainers();
        QCOMPARE(in.tasks.size(), 4);
        QCOMPARE(in.containers.size(), 3);

        const QList<JoinRow> rows = TaskContainerJoin::join(in);

        QCOMPARE(rows.size(), 4); // three joined, one never started, no orphans
        const QStringList joined{QStringLiteral("Lab_WU_0000_0"), QStringLiteral("Lab_WU_0001_0"),
                                 QStringLiteral("Lab_WU_0002_0")};
        for (const JoinRow& row : rows) {
            QVERIFY(row.task);
            if (joined.contains(row.task->name)) {
                QCOMPARE(row.kind, JoinKind::Joined);
                QCOMPARE(row.container->name, row.task->name.toLower().prepend(
                                                  QStringLiteral("boinc__127.0.0.1_8080_lab_test__")));
                QCOMPARE(row.slotCheck, SlotCheck::Confirmed);
                QCOMPARE(row.mountedSlot, row.task->activeTask->slot);
            } else {
                QCOMPARE(row.task->name, QStringLiteral("Lab_WU_0003_0"));
                QCOMPARE(row.kind, JoinKind::NoContainer);
                QVERIFY(!row.container);
            }
        }
        // The paused container belongs to the task the user suspended.
        const JoinRow* paused =
            rowWithKey(rows, TaskContainerJoin::taskKey(QStringLiteral("http://127.0.0.1:8080/Lab_Test/"),
                                                        QStringLiteral("Lab_WU_0000_0")));
        QVERIFY(paused);
        QCOMPARE(paused->container->state, QStringLiteral("paused"));
    }

    void mixed_case_url_with_port_and_upper_case_result_names_match_lower_case_containers()
    {
        TaskContainerJoin::Input in;
        in.tasks = {task(QStringLiteral("https://Boinc.Example.ORG:8443/Sci_Proj/"),
                         QStringLiteral("JOB_ABC_1_0"), 3)};
        in.containers = {container(QStringLiteral("/boinc__boinc.example.org_8443_sci_proj__job_abc_1_0"),
                                   QStringLiteral("/var/lib/boinc-client/slots/3/"))};

        const QList<JoinRow> rows = TaskContainerJoin::join(in);

        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].kind, JoinKind::Joined);
        QCOMPARE(rows[0].expectedContainerName,
                 QStringLiteral("boinc__boinc.example.org_8443_sci_proj__job_abc_1_0"));
        QCOMPARE(rows[0].slotCheck, SlotCheck::Confirmed);
    }

    void orphans_are_listed_and_decoys_ignored()
    {
        TaskContainerJoin::Input in;
        in.tasks = {task(QStringLiteral("http://p.org/"), QStringLiteral("r_1"), 0)};
        in.containers = {container(QStringLiteral("boinc__p.org__r_1")),
                         container(QStringLiteral("boinc__p.org__gone_task")),
                         container(QStringLiteral("boinc_x")),
                         container(QStringLiteral("myboinc__p.org__r_1")),
                         container(QStringLiteral("boinc-docker-manager")),
                         container(QStringLiteral("/myapp"))};

        const QList<JoinRow> rows = TaskContainerJoin::join(in);

        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].kind, JoinKind::Joined);
        QCOMPARE(rows[0].container->name, QStringLiteral("boinc__p.org__r_1"));
        QCOMPARE(rows[1].kind, JoinKind::Orphan);
        QVERIFY(!rows[1].task);
        QCOMPARE(rows[1].container->name, QStringLiteral("boinc__p.org__gone_task"));
        QCOMPARE(rows[1].key, TaskContainerJoin::containerKey(QStringLiteral("/boinc__p.org__gone_task")));
    }

    void running_container_task_without_container_is_reported_missing_data()
    {
        QTest::addColumn<QString>("planClass");
        QTest::addColumn<int>("slot");
        QTest::addColumn<int>("activeState");
        QTest::addColumn<int>("kind");
        QTest::newRow("executing docker") << QStringLiteral("docker") << 0 << int(boinc::ProcessExecuting)
                                          << int(JoinKind::ContainerMissing);
        QTest::newRow("suspended docker_nvidia")
            << QStringLiteral("docker_nvidia_cuda") << 1 << int(boinc::ProcessSuspended)
            << int(JoinKind::ContainerMissing);
        QTest::newRow("preempted, out of memory")
            << QStringLiteral("docker") << 1 << int(boinc::ProcessUninitialized)
            << int(JoinKind::NoContainer);
        QTest::newRow("not started") << QStringLiteral("docker") << -1 << 0 << int(JoinKind::NoContainer);
        QTest::newRow("plain cpu task")
            << QStringLiteral("mt") << 0 << int(boinc::ProcessExecuting) << int(JoinKind::NoContainer);
    }
    void running_container_task_without_container_is_reported_missing()
    {
        QFETCH(QString, planClass);
        QFETCH(int, slot);
        QFETCH(int, activeState);
        QFETCH(int, kind);
        TaskContainerJoin::Input in;
        in.tasks = {
            task(QStringLiteral("http://p.org/"), QStringLiteral("r_1"), slot, activeState, planClass)};
        in.containers = {container(QStringLiteral("boinc__p.org__r_2"))};

        const QList<JoinRow> rows = TaskContainerJoin::join(in);

        QCOMPARE(int(rows[0].kind), kind);
        QCOMPARE(rows.last().kind, JoinKind::Orphan); // r_2 belongs to nobody
    }

    void slot_mount_of_another_slot_is_a_mismatch_and_details_take_precedence()
    {
        TaskContainerJoin::Input in;
        in.tasks = {task(QStringLiteral("http://p.org/"), QStringLiteral("r_1"), 2)};
        engine::ContainerSummary c =
            container(QStringLiteral("boinc__p.org__r_1"), QStringLiteral("/var/lib/boinc/slots/2"));
        in.containers = {c};
        engine::ContainerDetails d;
        d.id = c.id;
        d.mounts = {{QStringLiteral("bind"), QStringLiteral("/var/lib/boinc/projects/p.org"),
                     QStringLiteral("/proj"), true},
                    {QStringLiteral("bind"), QStringLiteral("C:\\ProgramData\\BOINC\\slots\\5"),
                     QStringLiteral("/app"), true}};
        in.details.insert(c.id, d);

        const QList<JoinRow> rows = TaskContainerJoin::join(in);

        QCOMPARE(rows[0].kind, JoinKind::Joined);
        QCOMPARE(rows[0].slotCheck, SlotCheck::Mismatch);
        QCOMPARE(rows[0].mountedSlot, 5);

        in.details.clear();
        in.containers[0].mounts.clear();
        QCOMPARE(TaskContainerJoin::join(in)[0].slotCheck, SlotCheck::NoSlotMount);
    }

    void slot_of_path_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("slot");
        QTest::newRow("linux") << QStringLiteral("/var/lib/boinc/slots/12") << 12;
        QTest::newRow("trailing slash") << QStringLiteral("/var/lib/boinc/slots/0/") << 0;
        QTest::newRow("windows") << QStringLiteral("C:\\ProgramData\\BOINC\\slots\\3") << 3;
        QTest::newRow("project dir") << QStringLiteral("/var/lib/boinc/projects/x") << -1;
        QTest::newRow("not a number") << QStringLiteral("/var/lib/boinc/slots/a1") << -1;
        QTest::newRow("other parent") << QStringLiteral("/var/lib/myslots/1") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void slot_of_path()
    {
        QFETCH(QString, path);
        QFETCH(int, slot);
        QCOMPARE(TaskContainerJoin::slotOfPath(path), slot);
    }

    void same_task_in_two_url_spellings_has_one_key()
    {
        QCOMPARE(TaskContainerJoin::taskKey(QStringLiteral("https://www.P.org/x"), QStringLiteral("r")),
                 TaskContainerJoin::taskKey(QStringLiteral("http://p.org/x/"), QStringLiteral("r")));
        QVERIFY(TaskContainerJoin::taskKey(QStringLiteral("http://p.org/"), QStringLiteral("R")) !=
                TaskContainerJoin::taskKey(QStringLiteral("http://p.org/"), QStringLiteral("r")));
    }

    void diff_reports_added_removed_and_only_really_changed_rows()
    {
        TaskContainerJoin::Input in;
        in.tasks = {task(QStringLiteral("http://p.org/"), QStringLiteral("a"), 0),
                    task(QStringLiteral("http://p.org/"), QStringLiteral("b"), 1)};
        in.containers = {container(QStringLiteral("boinc__p.org__a"), QStringLiteral("/d/slots/0")),
                         container(QStringLiteral("boinc__p.org__b"), QStringLiteral("/d/slots/1"))};
        const QList<JoinRow> before = TaskContainerJoin::join(in);

        in.tasks[1].activeTask->fractionDone = 0.5;                         // b changes
        in.containers.append(container(QStringLiteral("boinc__p.org__c"))); // orphan appears
        in.tasks.removeFirst();                                             // a leaves
        in.containers.removeFirst();
        const QList<JoinRow> after = TaskContainerJoin::join(in);
        const TaskContainerJoin::Diff d = TaskContainerJoin::diff(before, after);

        QCOMPARE(d.removed, QStringList{before[0].key});
        QCOMPARE(d.added, QStringList{TaskContainerJoin::containerKey(QStringLiteral("boinc__p.org__c"))});
        QCOMPARE(d.changed, QStringList{before[1].key});
        QVERIFY(TaskContainerJoin::diff(after, after).changed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTaskContainerJoin)
#include "TestTaskContainerJoin.moc"
