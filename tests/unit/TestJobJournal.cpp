// The submission journal: every write is committed before the call returns, so a second
// journal object on the same file (a restarted app, the CLI) sees exactly what happened.

#include "submit/JobJournal.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace bdm::submit;

class TestJobJournal : public QObject
{
    Q_OBJECT

private slots:
    void createdEntryGetsAUniqueKeyFromTheSpecName();
    void keyCharactersAreSafeForWorkunitNamesAndPaths();
    void everyStageIsVisibleToAnotherReaderAtOnce();
    void submittedEntryKeepsWorkunitsAndBatch();
    void statusesRoundTripAndReplaceEarlierOnes();
    void entriesAreListedNewestFirst();
    void journalFromANewerVersionIsRefused();
    void stageAndStateNamesRoundTrip_data();
    void stageAndStateNamesRoundTrip();

private:
    static JournalEntry draft(const QString& name)
    {
        JournalEntry e;
        e.specJson = QStringLiteral("{\"name\": \"%1\", \"app\": \"docker_app\"}").arg(name);
        e.transport = QStringLiteral("ssh");
        e.mode = QStringLiteral("create_work");
        e.target = QStringLiteral("u@h:/p");
        return e;
    }
    QTemporaryDir m_dir;
};

void TestJobJournal::createdEntryGetsAUniqueKeyFromTheSpecName()
{
    // Setup
    JobJournal journal;
    QVERIFY2(journal.open(m_dir.filePath(QStringLiteral("a.sqlite"))), qPrintable(journal.errorString()));

    // Action
    const auto first = journal.create(draft(QStringLiteral("blast")));
    const auto second = journal.create(draft(QStringLiteral("blast")));

    // Verify: "<name>-<yyyyMMddHHmmss>-<6 random>", Prepared, distinct.
    QVERIFY(first && second);
    static const QRegularExpression keyForm(QStringLiteral("^blast-\\d{14}-[a-z0-9]{6}$"));
    QVERIFY2(keyForm.match(first->key).hasMatch(), qPrintable(first->key));
    QVERIFY(first->key != second->key);
    QVERIFY(first->id != second->id);
    QCOMPARE(first->stage, JournalStage::Prepared);
    QCOMPARE(journal.entryByKey(second->key)->id, second->id);
}

void TestJobJournal::keyCharactersAreSafeForWorkunitNamesAndPaths()
{
    JobJournal journal;
    QVERIFY(journal.open(m_dir.filePath(QStringLiteral("b.sqlite"))));
    JournalEntry hostile = draft(QString());
    hostile.key = QStringLiteral("--a b/$(x)`y`\u00e9");

    const auto e = journal.create(hostile);

    QVERIFY(e);
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*$"));
    QVERIFY2(safe.match(e->key).hasMatch(), qPrintable(e->key));
    QVERIFY(e->key.startsWith(QStringLiteral("a_b___x__y__-")));
}

void TestJobJournal::everyStageIsVisibleToAnotherReaderAtOnce()
{
    // Setup: a writer and an independent reader on the same file (the CLI beside the GUI).
    const QString path = m_dir.filePath(QStringLiteral("c.sqlite"));
    JobJournal writer;
    JobJournal reader;
    QVERIFY(writer.open(path));
    QVERIFY(reader.open(path));
    const auto e = writer.create(draft(QStringLiteral("job")));
    QVERIFY(e);

    // Action + verify: each stage is there for the reader as soon as setStage returns.
    for (const JournalStage stage :
         {JournalStage::Uploading, JournalStage::Submitting, JournalStage::Failed}) {
        QVERIFY2(writer.setStage(e->id, stage, QStringLiteral("why %1").arg(journalStageName(stage))),
                 qPrintable(writer.errorString()));
        const auto seen = reader.entry(e->id);
        QVERIFY(seen);
        QCOMPARE(seen->stage, stage);
        QCOMPARE(seen->lastError, QStringLiteral("why %1").arg(journalStageName(stage)));
        QVERIFY(seen->updated >= seen->created);
    }
    QVERIFY(!writer.setStage(e->id + 1000, JournalStage::Submitted));
}

void TestJobJournal::submittedEntryKeepsWorkunitsAndBatch()
{
    const QString path = m_dir.filePath(QStringLiteral("d.sqlite"));
    qint64 id = 0;
    {
        JobJournal journal;
        QVERIFY(journal.open(path));
        const auto e = journal.create(draft(QStringLiteral("job")));
        QVERIFY(e);
        id = e->id;
        QVERIFY(journal.setStage(id, JournalStage::Submitting));
        QVERIFY(journal.setSubmitted(id, {QStringLiteral("app_abc"), QStringLiteral("app 'x'")},
                                     QStringLiteral("7")));
    }

    JobJournal reopened;
    QVERIFY(reopened.open(path));
    const auto e = reopened.entry(id);

    QVERIFY(e);
    QCOMPARE(e->stage, JournalStage::Submitted);
    QCOMPARE(e->workunits, (QStringList{QStringLiteral("app_abc"), QStringLiteral("app 'x'")}));
    QCOMPARE(e->batchId, QStringLiteral("7"));
    QCOMPARE(e->lastError, QString());
    QCOMPARE(e->transport, QStringLiteral("ssh"));
    QCOMPARE(e->mode, QStringLiteral("create_work"));
    QVERIFY(e->specJson.contains(QStringLiteral("docker_app")));
}

void TestJobJournal::statusesRoundTripAndReplaceEarlierOnes()
{
    JobJournal journal;
    QVERIFY(journal.open(m_dir.filePath(QStringLiteral("e.sqlite"))));
    const auto e = journal.create(draft(QStringLiteral("job")));
    QVERIFY(e);
    JobStatus done{QStringLiteral("wu_1"),
                   JobStatus::State::Done,
                   QStringLiteral("2 files"),
                   {QStringLiteral("out.txt"), QStringLiteral("log")}};
    JobStatus queued{QStringLiteral("wu_2"), JobStatus::State::Queued, {}, {}};

    QVERIFY2(journal.saveStatuses(e->id, {done, queued}), qPrintable(journal.errorString()));
    const QList<JobStatus> read = journal.statuses(e->id);

    QCOMPARE(read.size(), 2);
    QCOMPARE(read[0].workunit, QStringLiteral("wu_1"));
    QCOMPARE(read[0].state, JobStatus::State::Done);
    QCOMPARE(read[0].outputFiles, done.outputFiles);
    QCOMPARE(read[1].state, JobStatus::State::Queued);
    QVERIFY(journal.saveStatuses(e->id, {queued}));
    QCOMPARE(journal.statuses(e->id).size(), 1);
}

void TestJobJournal::entriesAreListedNewestFirst()
{
    JobJournal journal;
    QVERIFY(journal.open(m_dir.filePath(QStringLiteral("f.sqlite"))));
    const auto a = journal.create(draft(QStringLiteral("a")));
    const auto b = journal.create(draft(QStringLiteral("b")));
    QVERIFY(a && b);

    const QList<JournalEntry> list = journal.entries();

    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].id, b->id);
    QCOMPARE(list[1].id, a->id);
}

void TestJobJournal::journalFromANewerVersionIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("g.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));

    JobJournal journal;
    QVERIFY(!journal.open(path));
    QVERIFY2(journal.errorString().contains(QStringLiteral("99")), qPrintable(journal.errorString()));
}

void TestJobJournal::stageAndStateNamesRoundTrip_data()
{
    QTest::addColumn<int>("stage");
    for (int s = 0; s <= static_cast<int>(JournalStage::Retired); ++s) {
        QTest::addRow("%d", s) << s;
    }
}

void TestJobJournal::stageAndStateNamesRoundTrip()
{
    QFETCH(int, stage);
    const auto value = static_cast<JournalStage>(stage);
    QCOMPARE(journalStageFromName(journalStageName(value)), value);
    QCOMPARE(journalStageFromName(QStringLiteral("from-the-future")), JournalStage::Prepared);
    QCOMPARE(jobStateName(JobStatus::State::InProgress), QStringLiteral("in_progress"));
}

QTEST_GUILESS_MAIN(TestJobJournal)
#include "TestJobJournal.moc"
