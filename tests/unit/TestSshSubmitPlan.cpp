// What an SSH submission will send and run, decided before anything leaves the computer:
// staging names, the boinc2docker argv, the create_work templates and --stdin lines, and the
// quoting that keeps every value a single word on the remote shell.

#include "submit/RemoteShell.h"
#include "submit/SshEndpoint.h"
#include "submit/SshSubmitPlan.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace bdm::submit;

class TestSshSubmitPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quotedValueReachesTheShellAsOneWord_data();
    void quotedValueReachesTheShellAsOneWord();
    void dockerExecWrapsTheScriptForTheContainer();
    void endpointArgumentsAlwaysVerifyHostKeys();
    void boinc2dockerPlanHasOnlyRealFlagsAndStagingPaths();
    void boinc2dockerRefusesNamesItCannotCarry_data();
    void boinc2dockerRefusesNamesItCannotCarry();
    void createWorkPlanNamesEveryJobAndKeepsOpenNames();
    void boinc2dockerCarriesAnyInputName();
    void createWorkScriptPicksItsRowByWorkunitName();
    void createWorkRefusesLayerDelivery();
    void relativeProjectDirectoryIsRefused();

private:
    JobSpec spec(const QString& mode) const;
    QTemporaryDir m_dir;
};

void TestSshSubmitPlan::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char* name : {"data.csv", "a b.txt", "-rf.txt", "x,y.txt"}) {
        QFile f(m_dir.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("content");
    }
}

JobSpec TestSshSubmitPlan::spec(const QString& mode) const
{
    JobSpec s;
    s.name = QStringLiteral("job");
    s.app = QStringLiteral("docker_app");
    s.image = QStringLiteral("debian:12");
    s.command = {QStringLiteral("echo"), QStringLiteral("hi")};
    s.outputs = {QStringLiteral("out.txt")};
    s.baseDir = m_dir.path();
    s.target.mode = mode;
    s.target.projectDir = QStringLiteral("/srv/project/");
    return s;
}

void TestSshSubmitPlan::quotedValueReachesTheShellAsOneWord_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("abc");
    QTest::newRow("quote") << QStringLiteral("it's");
    QTest::newRow("command substitution") << QStringLiteral("$(echo pwned)");
    QTest::newRow("backticks") << QStringLiteral("`echo pwned`");
    QTest::newRow("newline") << QStringLiteral("a\nb");
    QTest::newRow("leading dash") << QStringLiteral("-n");
    QTest::newRow("empty") << QString();
    QTest::newRow("unicode") << QStringLiteral("\u00fcn\u00ef");
}

void TestSshSubmitPlan::quotedValueReachesTheShellAsOneWord()
{
    QFETCH(QString, value);
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), QStringLiteral("printf '%s|' ") + RemoteShell::quote(value)});
    QVERIFY(sh.waitForFinished());
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), value + QLatin1Char('|'));
}

void TestSshSubmitPlan::dockerExecWrapsTheScriptForTheContainer()
{
    QCOMPARE(RemoteShell::wrap(QStringLiteral("cd /p && ls"), {}, {}), QStringLiteral("sh -c 'cd /p && ls'"));
    QCOMPARE(
        RemoteShell::wrap(QStringLiteral("echo 'x'"), QStringLiteral("apache"), QStringLiteral("boincadm")),
        QStringLiteral("'docker' 'exec' '-i' '-u' 'boincadm' 'apache' 'sh' '-c' 'echo '\\''x'\\'''"));
    QCOMPARE(RemoteShell::globLiteral(QStringLiteral("a*b?[c]")), QStringLiteral("a\\*b\\?\\[c\\]"));
}

void TestSshSubmitPlan::endpointArgumentsAlwaysVerifyHostKeys()
{
    SubmitTarget t;
    t.host = QStringLiteral("alice@example.org");
    t.port = 2222;
    t.identityFile = QStringLiteral("/k");
    t.knownHostsFile = QStringLiteral("/kh");
    const SshEndpoint e = SshEndpoint::fromTarget(t);
    const QStringList args = e.arguments();
    QVERIFY(args.contains(QStringLiteral("BatchMode=yes")));
    QVERIFY(args.contains(QStringLiteral("StrictHostKeyChecking=yes")));
    QVERIFY(args.contains(QStringLiteral("UserKnownHostsFile=/kh")));
    QCOMPARE(args.mid(0, 2), (QStringList{QStringLiteral("-p"), QStringLiteral("2222")}));
    QCOMPARE(e.knownHostsName(), QStringLiteral("[example.org]:2222"));
    t.port = 22;
    QCOMPARE(SshEndpoint::fromTarget(t).knownHostsName(), QStringLiteral("example.org"));
}

void TestSshSubmitPlan::boinc2dockerPlanHasOnlyRealFlagsAndStagingPaths()
{
    JobSpec s = spec(QStringLiteral("boinc2docker"));
    s.inputs = {QStringLiteral("data.csv"), QStringLiteral("a b.txt")};
    s.imageDelivery = QStringLiteral("layers");
    s.gpu = GpuRequest{};
    JournalEntry e;
    e.key = QStringLiteral("job-20260101000000-abcdef");
    QString error;

    const auto plan = SshSubmitPlan::build(s, e, &error);

    QVERIFY2(plan, qPrintable(error));
    const QString staging = QStringLiteral("/srv/project/tmp_bdm/job-20260101000000-abcdef");
    const QString key = e.key;
    QCOMPARE(plan->staging, staging);
    QCOMPARE(plan->command,
             RemoteShell::join({QStringLiteral("bin/boinc2docker_create_work"), QStringLiteral("--appname"),
                                QStringLiteral("docker_app"), QStringLiteral("--image"),
                                QStringLiteral("debian:12"), QStringLiteral("--input_files"),
                                staging + QLatin1Char('/') + key + QStringLiteral("_0_data.csv,") + staging +
                                    QLatin1Char('/') + key + QStringLiteral("_1_a_b.txt"),
                                QStringLiteral("--output_files_names"), QStringLiteral("out.txt"),
                                QStringLiteral("--bash_script_path"), staging + QStringLiteral("/bdm_job.sh"),
                                QStringLiteral("--gpu_type"), QStringLiteral("nvidia"),
                                QStringLiteral("--ngpus"), QStringLiteral("1")}));
    QCOMPARE(plan->files.size(), 3);
    QCOMPARE(plan->files[1].name, key + QStringLiteral("_1_a_b.txt"));
    QCOMPARE(plan->files[1].size, 7);
    // The job sees the original names again.
    const QString script = QString::fromUtf8(plan->files[2].content);
    QVERIFY(script.contains(QStringLiteral("mv -f -- ") + key + QStringLiteral("_1_a_b.txt 'a b.txt'")));
    QVERIFY(plan->workunits.isEmpty()); // boinc2docker chooses the name
}

void TestSshSubmitPlan::boinc2dockerRefusesNamesItCannotCarry_data()
{
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<QStringList>("outputs");
    QTest::newRow("duplicate") << QStringList{QStringLiteral("data.csv"),
                                              m_dir.filePath(QStringLiteral("data.csv"))}
                               << QStringList{QStringLiteral("o")};
    QTest::newRow("comma in output") << QStringList{} << QStringList{QStringLiteral("a,b")};
    QTest::newRow("missing input") << QStringList{QStringLiteral("nope.txt")}
                                   << QStringList{QStringLiteral("o")};
}

void TestSshSubmitPlan::boinc2dockerRefusesNamesItCannotCarry()
{
    QFETCH(QStringList, inputs);
    QFETCH(QStringList, outputs);
    JobSpec s = spec(QStringLiteral("boinc2docker"));
    s.inputs = inputs;
    s.outputs = outputs;
    QString error;
    QVERIFY(!SshSubmitPlan::build(s, JournalEntry{}, &error));
    QVERIFY(!error.isEmpty());
}

void TestSshSubmitPlan::boinc2dockerCarriesAnyInputName()
{
    JobSpec s = spec(QStringLiteral("boinc2docker"));
    s.inputs = {QStringLiteral("x,y.txt"), QStringLiteral("-rf.txt")};
    JournalEntry e;
    e.key = QStringLiteral("k");
    QString error;
    const auto plan = SshSubmitPlan::build(s, e, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(plan->command.contains(QStringLiteral("/k_0_x_y.txt,/srv/project/tmp_bdm/k/k_1_-rf.txt")));
    const QString script = QString::fromUtf8(plan->files.last().content);
    QVERIFY(script.contains(QStringLiteral("mv -f -- k_0_x_y.txt x,y.txt")));
    QVERIFY(script.contains(QStringLiteral("mv -f -- k_1_-rf.txt -rf.txt")));
}

void TestSshSubmitPlan::createWorkPlanNamesEveryJobAndKeepsOpenNames()
{
    JobSpec s = spec(QStringLiteral("create_work"));
    s.inputs = {QStringLiteral("-rf.txt")};
    s.outputs = {QStringLiteral("r<1>.txt")};
    s.parameterRows = {{QStringLiteral("1"), QStringLiteral("a")},
                       {QStringLiteral("2"), QStringLiteral("b")}};
    s.replication.priority = 5;
    JournalEntry e;
    e.key = QStringLiteral("k-1");
    QString error;

    const auto plan = SshSubmitPlan::build(s, e, &error);

    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->workunits, (QStringList{QStringLiteral("k-1_0"), QStringLiteral("k-1_1")}));
    QByteArray jobs;
    QString in;
    QString out;
    for (const StagedUpload& f : plan->files) {
        if (f.name == QLatin1String("bdm_jobs.txt")) {
            jobs = f.content;
        } else if (f.name == QLatin1String("bdm_in.xml")) {
            in = QString::fromUtf8(f.content);
        } else if (f.name == QLatin1String("bdm_out.xml")) {
            out = QString::fromUtf8(f.content);
        }
    }
    QCOMPARE(jobs, QByteArray("--wu_name k-1_0 k-1_0_-rf.txt k-1_job\n"
                              "--wu_name k-1_1 k-1_0_-rf.txt k-1_job\n"));
    QVERIFY(in.contains(QStringLiteral("<open_name>-rf.txt</open_name>")));
    QVERIFY(in.contains(QStringLiteral("<open_name>boinc_docker</open_name>")));
    QCOMPARE(in.count(QStringLiteral("<file_info>")), 2);
    QVERIFY(out.contains(QStringLiteral("<name><OUTFILE_0/></name>")));
    QVERIFY(out.contains(QStringLiteral("<open_name>r&lt;1&gt;.txt</open_name>")));
    QCOMPARE(plan->resultTemplate, QStringLiteral("templates/bdm_k-1_out"));
    QVERIFY(plan->command.contains(
        QStringLiteral("'bin/stage_file' '--copy' '/srv/project/tmp_bdm/k-1/k-1_0_-rf.txt'")));
    QVERIFY(plan->command.contains(QStringLiteral("'--priority' '5'")));
    QVERIFY(plan->command.endsWith(QStringLiteral("'--stdin' < '/srv/project/tmp_bdm/k-1/bdm_jobs.txt'")));
}

void TestSshSubmitPlan::createWorkScriptPicksItsRowByWorkunitName()
{
    JobSpec s = spec(QStringLiteral("create_work"));
    s.parameterNames = {QStringLiteral("seed"), QStringLiteral("label")};
    s.command = {QStringLiteral("run"), QStringLiteral("--seed={seed}"), QStringLiteral("{label}")};
    s.parameterRows = {{QStringLiteral("1"), QStringLiteral("a b; $(touch pwned)")},
                       {QStringLiteral("2"), QStringLiteral("it's")}};
    JournalEntry e;
    e.key = QStringLiteral("k");
    QString error;
    const auto plan = SshSubmitPlan::build(s, e, &error);
    QVERIFY2(plan, qPrintable(error));
    QString script;
    for (const StagedUpload& f : plan->files) {
        if (f.name == QLatin1String("k_job"))
            script = QString::fromUtf8(f.content);
    }
    // Any value goes in, quoted for bash, and create_work's command line carries none.
    QVERIFY(script.contains(QStringLiteral("    k_0) bdm_p0=1 bdm_p1='a b; $(touch pwned)' ;;")));
    QVERIFY(script.contains(QStringLiteral("    k_1) bdm_p0=2 bdm_p1='it'\\''s' ;;")));
    QVERIFY(script.contains(QStringLiteral("run '--seed='\"$bdm_p0\" \"$bdm_p1\"")));
    QVERIFY(!plan->command.contains(QStringLiteral("--command_line")));
}

void TestSshSubmitPlan::createWorkRefusesLayerDelivery()
{
    JobSpec s = spec(QStringLiteral("create_work"));
    s.imageDelivery = QStringLiteral("layers");
    QString error;
    QVERIFY(!SshSubmitPlan::build(s, JournalEntry{}, &error));
    QVERIFY(error.contains(QStringLiteral("boinc2docker")));
}

void TestSshSubmitPlan::relativeProjectDirectoryIsRefused()
{
    JobSpec s = spec(QStringLiteral("create_work"));
    s.target.projectDir = QStringLiteral("project");
    QString error;
    QVERIFY(!SshSubmitPlan::build(s, JournalEntry{}, &error));
}

QTEST_GUILESS_MAIN(TestSshSubmitPlan)
#include "TestSshSubmitPlan.moc"
