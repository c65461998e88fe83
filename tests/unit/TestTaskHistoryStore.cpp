#include "monitor/TaskHistoryStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bdm::monitor;

namespace {

TaskHistoryRecord record(const QString& result, qint64 finishedSecs)
{
    TaskHistoryRecord r;
    r.host = QStringLiteral("127.0.0.1:31416");
    r.projectUrl = QStringLiteral("http://127.0.0.1:8080/Lab_Test/");
    r.resultName = result;
    r.containerName = QStringLiteral("boinc__127.0.0.1_8080_lab_test__") + result.toLower();
    r.containerId = QStringLiteral("abc123");
    r.image = QStringLiteral("local/busybox:1");
    r.exitCode = 137;
    r.oomKilled = true;
    r.peakMemoryBytes = 5'000'000'000ULL; // above 32 bits
    r.cpuTime = 12.5;
    r.elapsed = 30.25;
    r.startedAt = QDateTime::fromSecsSinceEpoch(finishedSecs - 30, Qt::UTC);
    r.finishedAt = QDateTime::fromSecsSinceEpoch(finishedSecs, Qt::UTC);
    r.finalState = 6;
    return r;
}

} // namespace

class TestTaskHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void records_come_back_newest_first_with_every_field()
    {
        QTemporaryDir dir;
        TaskHistoryStore store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("sub/history.sqlite"))),
                 qPrintable(store.errorString()));
        QCOMPARE(store.fileSchemaVersion(), TaskHistoryStore::schemaVersion);
        TaskHistoryRecord unknown = record(QStringLiteral("Old_0"), 1000);
        unknown.exitCode.reset();
        unknown.finalState.reset();
        unknown.startedAt = {};
        QVERIFY(store.add(unknown) > 0);
        QVERIFY(store.add(record(QStringLiteral("New_0"), 3000)) > 0);
        QVERIFY(store.add(record(QStringLiteral("Mid_0"), 2000)) > 0);

        const QList<TaskHistoryRecord> rows = store.newest(2);

        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].resultName, QStringLiteral("New_0"));
        QCOMPARE(rows[1].resultName, QStringLiteral("Mid_0"));
        const TaskHistoryRecord expected = record(QStringLiteral("New_0"), 3000);
        QCOMPARE(rows[0].exitCode, expected.exitCode);
        QCOMPARE(rows[0].oomKilled, true);
        QCOMPARE(rows[0].peakMemoryBytes, expected.peakMemoryBytes);
        QCOMPARE(rows[0].cpuTime, 12.5);
        QCOMPARE(rows[0].elapsed, 30.25);
        QCOMPARE(rows[0].startedAt, expected.startedAt);
        QCOMPARE(rows[0].finishedAt, expected.finishedAt);
        QCOMPARE(rows[0].finalState, std::optional<int>(6));
        QCOMPARE(rows[0].containerName, expected.containerName);
        const TaskHistoryRecord old = store.newest(0).last();
        QVERIFY(!old.exitCode);
        QVERIFY(!old.finalState);
        QVERIFY(!old.startedAt.isValid());
        QCOMPARE(store.count(), 3);
    }

    void rows_survive_reopening_the_file()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            TaskHistoryStore store;
            QVERIFY(store.open(path));
            store.add(record(QStringLiteral("A_0"), 100));
        }
        TaskHistoryStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.count(), 1);
        QCOMPARE(again.newest().first().resultName, QStringLiteral("A_0"));
    }

    void a_file_from_a_newer_schema_is_refused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        TaskHistoryStore store;

        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(QStringLiteral("99")), qPrintable(store.errorString()));
        QVERIFY(!store.isOpen());
    }

    void two_stores_on_one_file_do_not_share_a_connection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        TaskHistoryStore a;
        TaskHistoryStore b;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        a.add(record(QStringLiteral("A_0"), 1));
        QCOMPARE(b.count(), 1);
        a.close();
        QCOMPARE(b.count(), 1);
    }

    void csv_quotes_commas_quotes_line_breaks_and_keeps_utf8()
    {
        TaskHistoryRecord r = record(QStringLiteral("Plain_0"), 1000);
        r.id = 7;
        r.host = QStringLiteral("host, with comma");
        r.projectUrl = QStringLiteral("http://x.org/\"quoted\"/");
        r.image = QStringLiteral("line1\nline2");
        r.resultName = QStringLiteral("r\u00e9sultat_\u4efb\u52a1");

        const QByteArray csv = TaskHistoryStore::toCsv({r});
        const QList<QByteArray> lines = csv.split('\n');

        QVERIFY(csv.startsWith(
            "id,host,project_url,result_name,container_name,container_id,image,exit_code,"
            "oom_killed,peak_memory_bytes,cpu_time,elapsed,started_at,finished_at,final_state\r\n"));
        QVERIFY(csv.contains(",\"host, with comma\","));
        QVERIFY(csv.contains(",\"http://x.org/\"\"quoted\"\"/\","));
        QVERIFY(csv.contains(",\"line1\nline2\","));
        QVERIFY(csv.contains(QStringLiteral(",r\u00e9sultat_\u4efb\u52a1,").toUtf8()));
        QVERIFY(
            csv.contains(",137,1,5000000000,12.500,30.250,1970-01-01T00:16:10Z,1970-01-01T00:16:40Z,6\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
        QCOMPARE(lines.size(),
                 4); // header, the record split by its quoted line break, and the final empty piece
    }

    void export_writes_the_file()
    {
        QTemporaryDir dir;
        TaskHistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
        store.add(record(QStringLiteral("A_0"), 1));
        const QString csvPath = dir.filePath(QStringLiteral("out.csv"));

        QVERIFY(store.exportCsv(csvPath));

        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("\r\n"), 2);
    }
};

QTEST_GUILESS_MAIN(TestTaskHistoryStore)
#include "TestTaskHistoryStore.moc"
