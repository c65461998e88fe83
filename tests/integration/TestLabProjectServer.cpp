// The fake BOINC project's bin/ programs honour the real tools' contracts (submission-paths.md
// §1.4, §2.3): create_work's template checks, messages and name rules, stage_file's move/copy
// and immutability refusal, boinc2docker's argparse flag set, and the test hooks.

#include "LabProjectServer.h"
#include "LabTools.h"

#include <QJsonArray>
#include <QtTest>

using namespace bdm::lab;

class TestLabProjectServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createWorkPrintsTheNameOnlyWhenItChoseIt();
    void createWorkChecksTheTemplateAgainstTheInputs();
    void createWorkStdinMakesOneJobPerLineAndRefusesDuplicates();
    void stageFileMovesCopiesAndRefusesChangedContent();
    void stageFileMustRunInTheProjectDirectory();
    void boinc2dockerAcceptsOnlyItsOwnFlags();
    void completedWorkunitHasItsOutputsInTheUploadHierarchy();

private:
    RunResult run(const QString& program, const QStringList& args, const QByteArray& input = {},
                  const QString& cwd = {});
    LabProjectServer m_project;
};

void TestLabProjectServer::initTestCase()
{
    QVERIFY2(m_project.create({QStringLiteral("app")}), qPrintable(m_project.errorString()));
    QVERIFY(m_project.writeTemplate(
        QStringLiteral("app_in"),
        "<input_template>\n<file_info>\n<number>0</number>\n</file_info>\n"
        "<workunit>\n<file_ref>\n<file_number>0</file_number>\n<open_name>in</open_name>\n"
        "</file_ref>\n</workunit>\n</input_template>\n"));
    QVERIFY(m_project.writeTemplate(
        QStringLiteral("app_out"),
        "<output_template>\n<file_info>\n<name><OUTFILE_0/></name>\n"
        "<generated_locally/>\n</file_info>\n<result>\n<file_ref>\n"
        "<file_name><OUTFILE_0/></file_name>\n<open_name>out</open_name>\n</file_ref>\n"
        "</result>\n</output_template>\n"));
    QVERIFY(m_project.writeTemplate(QStringLiteral("bad_in"),
                                    "<input_template>\n<file_info>\n</file_info>\n<file_info>\n</file_info>\n"
                                    "<workunit>\n<file_ref>\n</file_ref>\n</workunit>\n</input_template>\n"));
    QVERIFY(writeFile(m_project.directory() + QStringLiteral("/in.dat"), "input", nullptr));
    QVERIFY(run(QStringLiteral("bin/stage_file"), {QStringLiteral("in.dat")}).succeeded());
}

RunResult TestLabProjectServer::run(const QString& program, const QStringList& args, const QByteArray& input,
                                    const QString& cwd)
{
    RunOptions options;
    options.workingDirectory = cwd.isEmpty() ? m_project.directory() : cwd;
    options.standardInput = input;
    return runProcess(m_project.directory() + QLatin1Char('/') + program, args, options);
}

void TestLabProjectServer::createWorkPrintsTheNameOnlyWhenItChoseIt()
{
    const RunResult unnamed =
        run(QStringLiteral("bin/create_work"),
            {QStringLiteral("--appname"), QStringLiteral("app"), QStringLiteral("in.dat")});
    const RunResult named =
        run(QStringLiteral("bin/create_work"),
            {QStringLiteral("--appname"), QStringLiteral("app"), QStringLiteral("--wu_name"),
             QStringLiteral("w1"), QStringLiteral("in.dat")});
    const RunResult noApp =
        run(QStringLiteral("bin/create_work"),
            {QStringLiteral("--appname"), QStringLiteral("nope"), QStringLiteral("in.dat")});

    QVERIFY2(unnamed.succeeded(), qPrintable(unnamed.describe()));
    QVERIFY(unnamed.standardOutput.startsWith("workunit name: app_"));
    QVERIFY2(named.succeeded(), qPrintable(named.describe()));
    QCOMPARE(named.standardOutput, QByteArray());
    QCOMPARE(noApp.exitCode, 1);
    QCOMPARE(noApp.standardError, QByteArray("create_work: app not found\n"));
}

void TestLabProjectServer::createWorkChecksTheTemplateAgainstTheInputs()
{
    const RunResult mismatch =
        run(QStringLiteral("bin/create_work"),
            {QStringLiteral("--appname"), QStringLiteral("app"), QStringLiteral("--wu_template"),
             QStringLiteral("templates/bad_in"), QStringLiteral("in.dat")});
    const RunResult tooFew =
        run(QStringLiteral("bin/create_work"), {QStringLiteral("--appname"), QStringLiteral("app")});
    const RunResult bogus =
        run(QStringLiteral("bin/create_work"),
            {QStringLiteral("--appname"), QStringLiteral("app"), QStringLiteral("--bogus")});

    QCOMPARE(mismatch.exitCode, 1);
    QVERIFY(mismatch.standardError.contains("#file refs != #file infos"));
    QCOMPARE(tooFew.exitCode, 1);
    QVERIFY(tooFew.standardError.contains("Too few var input files given"));
    QCOMPARE(bogus.exitCode, 1);
    QVERIFY(bogus.standardError.contains("usage: create_work"));
}

void TestLabProjectServer::createWorkStdinMakesOneJobPerLineAndRefusesDuplicates()
{
    const int before = m_project.workunitCount();
    const RunResult batch =
        run(QStringLiteral("bin/create_work"),
            {QStringLiteral("--appname"), QStringLiteral("app"), QStringLiteral("--stdin")},
            "--wu_name s1 --command_line \"1 2\" in.dat\n--wu_name s2 in.dat\n");
    const RunResult duplicate =
        run(QStringLiteral("bin/create_work"),
            {QStringLiteral("--appname"), QStringLiteral("app"), QStringLiteral("--stdin")},
            "--wu_name s3 in.dat\n--wu_name s1 in.dat\n");

    QVERIFY2(batch.succeeded(), qPrintable(batch.describe()));
    QCOMPARE(batch.standardOutput, QByteArray());
    QCOMPARE(duplicate.exitCode, 1);
    QVERIFY(duplicate.standardError.contains("Duplicate entry 's1'"));
    // Like the real tool, the lines before the failing one were created.
    QCOMPARE(m_project.workunitCount(), before + 3);
    QCOMPARE(m_project.workunits()[before][QLatin1String("command_line")].toString(), QStringLiteral("1 2"));
}

void TestLabProjectServer::stageFileMovesCopiesAndRefusesChangedContent()
{
    const QString dir = m_project.directory();
    QVERIFY(writeFile(dir + QStringLiteral("/a.txt"), "one", nullptr));
    QVERIFY(run(QStringLiteral("bin/stage_file"), {QStringLiteral("--copy"), QStringLiteral("a.txt")})
                .succeeded());
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/a.txt")));
    QVERIFY(
        run(QStringLiteral("bin/stage_file"), {QStringLiteral("a.txt")}).succeeded()); // same content: fine
    QVERIFY(QFileInfo::exists(m_project.downloadPath(QStringLiteral("a.txt")) + QStringLiteral(".md5")));
    QVERIFY(writeFile(dir + QStringLiteral("/b/a.txt"), "two", nullptr));

    const RunResult changed = run(QStringLiteral("bin/stage_file"), {QStringLiteral("b/a.txt")});

    QCOMPARE(changed.exitCode, 1);
    QVERIFY(changed.standardOutput.contains(
        "There is already a file in your project's download directory with that "
        "name,\nbut with different contents."));
    QFile staged(m_project.downloadPath(QStringLiteral("a.txt")));
    QVERIFY(staged.open(QIODevice::ReadOnly));
    QCOMPARE(staged.readAll(), QByteArray("one"));
}

void TestLabProjectServer::stageFileMustRunInTheProjectDirectory()
{
    const RunResult elsewhere = run(QStringLiteral("bin/stage_file"), {QStringLiteral("x")}, {},
                                    m_project.directory() + QStringLiteral("/bin"));
    QCOMPARE(elsewhere.exitCode, 1);
    QCOMPARE(elsewhere.standardOutput, QByteArray("This script must be run in the project directory.\n"));
}

void TestLabProjectServer::boinc2dockerAcceptsOnlyItsOwnFlags()
{
    for (const char* flag : {"--target_nresults", "--priority", "--wu_name", "--batch", "--command_line"}) {
        const RunResult r =
            run(QStringLiteral("bin/boinc2docker_create_work"), {QLatin1String(flag), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.standardError.contains("create_new_job: error: unrecognized arguments"),
                 r.standardError.constData());
    }
}

void TestLabProjectServer::completedWorkunitHasItsOutputsInTheUploadHierarchy()
{
    QVERIFY(run(QStringLiteral("bin/create_work"),
                {QStringLiteral("--appname"), QStringLiteral("app"), QStringLiteral("--wu_name"),
                 QStringLiteral("done1"), QStringLiteral("in.dat")})
                .succeeded());
    QVERIFY2(m_project.complete(QStringLiteral("done1"), "42"), qPrintable(m_project.errorString()));
    QVERIFY(m_project.markError(QStringLiteral("w1"), QStringLiteral("exit status 3")));

    const RunResult status =
        run(QStringLiteral("bin/bdm_job_status"), {QStringLiteral("done1"), QStringLiteral("w1")});

    QCOMPARE(status.standardOutput, QByteArray("done1\tdone\t\nw1\terror\texit status 3\n"));
    QJsonArray outputs;
    for (const QJsonValue& wu : m_project.workunits()) {
        if (wu[QLatin1String("name")].toString() == QLatin1String("done1")) {
            outputs = wu[QLatin1String("outputs")].toArray();
        }
    }
    QCOMPARE(outputs.size(), 1);
    const QString name = outputs[0][QLatin1String("name")].toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^done1_0_r\\d+_0$")).match(name).hasMatch(),
             qPrintable(name));
    QFile file(m_project.uploadPath(name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("42"));
}

QTEST_GUILESS_MAIN(TestLabProjectServer)
#include "TestLabProjectServer.moc"
