// The generated job scripts, run for real by bash in a slot-like directory against the lab's
// dockerd: hostile file names and parameter values reach the container intact and execute
// nothing, PROGRESS lines become fraction_done, the engine follows <docker_type>, the shared
// create_work script picks its row by workunit name, and a cancelled run leaves no container.

#include "LabDockerEngine.h"
#include "LabTools.h"
#include "submit/JobScriptGenerator.h"
#include "submit/JournalEntry.h"
#include "submit/LocalTestRun.h"
#include "submit/SshSubmitPlan.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace bdm::submit;
using bdm::lab::LabDockerEngine;

namespace {

// Names a careless shell line would split, execute or read as an option.
QStringList hostileNames()
{
    return {QStringLiteral("a b.txt"),
            QStringLiteral("it's.txt"),
            QStringLiteral("$(touch canary_subst).txt"),
            QStringLiteral("`touch canary_tick`.txt"),
            QStringLiteral("\u00fcn\u00ef c\u00f8d\u00e9 \u6570\u636e.txt"),
            QStringLiteral("-rf"),
            QStringLiteral("x;touch canary_semi"),
            QStringLiteral("\"q\" & <b>.txt")};
}

// The slot's init_data.xml of a host where the client chose Docker (this machine also has a
// real Podman, which the script would otherwise prefer).
const QByteArray dockerHost =
    "<app_init_data>\n<host_info>\n<docker_type>1</docker_type>\n</host_info>\n</app_init_data>\n";

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestJobScriptLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileInputNamesReachTheContainerAndRunNothing();
    void progressLinesBecomeFractionDone();
    void engineFollowsTheClientsDockerType_data();
    void engineFollowsTheClientsDockerType();
    void sharedCreateWorkScriptPicksItsRowByWorkunitName();
    void cancelledRunLeavesNoContainer();

private:
    JobSpec spec(const QStringList& command) const;
    struct Run
    {
        int exitCode = -2;
        QString output;
        QString error;
        QString directory;
    };
    Run runLocally(LocalTestRun& run, const JobSpec& s);
    void verifyNoCanary(const QString& slot) const;

    LabDockerEngine m_engine;
    QTemporaryDir m_local;
};

void TestJobScriptLab::initTestCase()
{
    QVERIFY2(m_engine.start(), qPrintable(m_engine.errorString()));
    QVERIFY(m_local.isValid());
}

JobSpec TestJobScriptLab::spec(const QStringList& command) const
{
    JobSpec s;
    s.name = QStringLiteral("lab");
    s.app = QStringLiteral("docker_app");
    s.image = QStringLiteral("local/busybox:1");
    s.command = command;
    s.baseDir = m_local.path();
    return s;
}

TestJobScriptLab::Run TestJobScriptLab::runLocally(LocalTestRun& run, const JobSpec& s)
{
    Run r;
    connect(&run, &LocalTestRun::output, this,
            [&r](const QString& text, LocalTestRun::Stream) { r.output += text; });
    QSignalSpy finished(&run, &LocalTestRun::finished);
    QString why;
    if (!run.start(s, &why)) {
        r.error = why;
        return r;
    }
    if (!finished.wait(120000)) {
        r.error = QStringLiteral("no finished() within 120 s");
        return r;
    }
    r.exitCode = finished.first().at(0).toInt();
    r.error = finished.first().at(2).toString();
    r.directory = run.directory();
    return r;
}

void TestJobScriptLab::verifyNoCanary(const QString& slot) const
{
    for (const QString& dir :
         {slot, QDir::currentPath(), QDir::tempPath(), m_local.path(), QDir::homePath()}) {
        for (const char* canary : {"canary_subst", "canary_tick", "canary_semi", "canary_value"})
            QVERIFY2(!QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(canary)),
                     qPrintable(dir + QLatin1Char('/') + QLatin1String(canary)));
    }
}

void TestJobScriptLab::hostileInputNamesReachTheContainerAndRunNothing()
{
    // Setup: every hostile name as an input with its own name as content, and as a value on
    // the container's command line.
    JobSpec s = spec({QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("for f in *; do printf '%s\\n' \"$f\"; done > listing.txt; "
                                     "printf '%s\\n' \"$1\" > argument.txt"),
                      QStringLiteral("sh"), QStringLiteral("$(touch canary_value) `touch canary_value`")});
    for (const QString& name : hostileNames()) {
        QVERIFY(bdm::lab::writeFile(m_local.filePath(name), name.toUtf8(), nullptr));
        s.inputs << m_local.filePath(name);
    }
    s.outputs = {QStringLiteral("listing.txt"), QStringLiteral("argument.txt")};
    LocalTestRun run;
    run.setKeepDirectory(true);
    run.setEnvironment(m_engine.environment());
    run.setInitData(dockerHost);

    // Action
    const Run r = runLocally(run, s);

    // Verify: the container saw every input under its exact name and content, the value
    // arrived as one word, and no canary exists anywhere.
    QVERIFY2(r.exitCode == 0, qPrintable(r.error + QLatin1Char('\n') + r.output));
    const QStringList listed =
        QString::fromUtf8(readAll(r.directory + QStringLiteral("/listing.txt"))).split(QLatin1Char('\n'));
    for (const QString& name : hostileNames()) {
        QVERIFY2(listed.contains(name), qPrintable(name));
        QCOMPARE(readAll(r.directory + QLatin1Char('/') + name), name.toUtf8());
    }
    QCOMPARE(readAll(r.directory + QStringLiteral("/argument.txt")),
             QByteArray("$(touch canary_value) `touch canary_value`\n"));
    for (const LocalTestRun::OutputFile& f : run.outputs())
        QVERIFY2(f.present, qPrintable(f.name));
    verifyNoCanary(r.directory);
}

void TestJobScriptLab::progressLinesBecomeFractionDone()
{
    // Setup: two good progress lines, then ones that must be ignored (out of range, shell text).
    const JobSpec s = spec({QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("echo 'PROGRESS 0.25'; echo 'PROGRESS 0.5'; echo 'PROGRESS 2'; "
                                           "echo 'PROGRESS $(touch canary_value)'; echo science done")});
    LocalTestRun run;
    run.setKeepDirectory(true);
    run.setEnvironment(m_engine.environment());
    run.setInitData(dockerHost);

    // Action
    const Run r = runLocally(run, s);

    // Verify: fraction_done holds the last valid value; every line still reaches the log.
    QVERIFY2(r.exitCode == 0, qPrintable(r.error + QLatin1Char('\n') + r.output));
    QCOMPARE(readAll(r.directory + QStringLiteral("/fraction_done")), QByteArray("0.5\n"));
    QVERIFY(r.output.contains(QStringLiteral("PROGRESS 0.25")));
    QVERIFY(r.output.contains(QStringLiteral("science done")));
    verifyNoCanary(r.directory);
}

void TestJobScriptLab::engineFollowsTheClientsDockerType_data()
{
    QTest::addColumn<QByteArray>("initData");
    QTest::addColumn<bool>("podmanUsed");
    QTest::newRow("docker_type 1: Docker") << dockerHost << false;
    QTest::newRow("docker_type 2: Podman")
        << QByteArray("<app_init_data>\n<host_info>\n<docker_type>2</docker_type>\n"
                      "</host_info>\n</app_init_data>\n")
        << true;
    QTest::newRow("no init_data.xml: Podman first") << QByteArray() << true;
}

void TestJobScriptLab::engineFollowsTheClientsDockerType()
{
    QFETCH(QByteArray, initData);
    QFETCH(bool, podmanUsed);
    // Setup: a "podman" on PATH that logs its arguments and hands them to the lab's docker
    // (same CLI grammar for what the script uses), so either choice really runs the job.
    QTemporaryDir bin;
    const QString log = bin.filePath(QStringLiteral("podman.log"));
    const QString podman = bin.filePath(QStringLiteral("podman"));
    QVERIFY(bdm::lab::writeFile(
        podman,
        QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$*\" >> '%1'\nexec docker \"$@\"\n").arg(log).toUtf8(),
        nullptr));
    QVERIFY(QFile::setPermissions(podman, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QProcessEnvironment env = m_engine.environment();
    env.insert(QStringLiteral("PATH"), bin.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    LocalTestRun run;
    run.setEnvironment(env);
    run.setInitData(initData);

    // Action
    const Run r = runLocally(run, spec({QStringLiteral("echo"), QStringLiteral("engine ok")}));

    // Verify
    QVERIFY2(r.exitCode == 0, qPrintable(r.error + QLatin1Char('\n') + r.output));
    QVERIFY(r.output.contains(QStringLiteral("engine ok")));
    QCOMPARE(readAll(log).contains("run --rm --name"), podmanUsed);
}

void TestJobScriptLab::sharedCreateWorkScriptPicksItsRowByWorkunitName()
{
    // Setup: the very script an SSH create_work submission ships, for a table whose values
    // would break a command line; a slot whose init_data.xml names the second workunit.
    JobSpec s =
        spec({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("printf '%s\\n' \"$@\" > args.txt"),
              QStringLiteral("sh"), QStringLiteral("{label}"), QStringLiteral("--seed={seed}")});
    s.parameterNames = {QStringLiteral("seed"), QStringLiteral("label")};
    s.parameterRows = {
        {QStringLiteral("1"), QStringLiteral("first")},
        {QStringLiteral("2 3"), QStringLiteral("it's $(touch canary_value) `touch canary_value`")}};
    s.outputs = {QStringLiteral("args.txt")};
    s.target.mode = QStringLiteral("create_work");
    s.target.projectDir = QStringLiteral("/srv/project");
    JournalEntry entry;
    entry.key = QStringLiteral("lab-20260101000000-abcdef");
    QString error;
    const auto plan = SshSubmitPlan::build(s, entry, &error);
    QVERIFY2(plan, qPrintable(error));
    QByteArray script;
    for (const StagedUpload& f : plan->files) {
        if (f.name == entry.key + QStringLiteral("_job"))
            script = f.content;
    }
    QVERIFY(!script.isEmpty());
    const auto runIn = [&](const QString& wuName, QString* out) {
        QTemporaryDir slot;
        bdm::lab::writeFile(slot.filePath(QStringLiteral("boinc_docker")), script, nullptr);
        bdm::lab::writeFile(
            slot.filePath(QStringLiteral("init_data.xml")),
            QStringLiteral("<app_init_data>\n<wu_name>%1</wu_name>\n<result_name>%1_0</result_name>\n"
                           "<host_info><docker_type>1</docker_type></host_info>\n</app_init_data>\n")
                .arg(wuName)
                .toUtf8(),
            nullptr);
        QProcess bash;
        bash.setWorkingDirectory(slot.path());
        bash.setProcessEnvironment(m_engine.environment());
        bash.setProcessChannelMode(QProcess::MergedChannels);
        bash.start(QStringLiteral("/bin/bash"), {QStringLiteral("./boinc_docker")});
        bash.waitForFinished(120000);
        *out = QString::fromUtf8(readAll(slot.filePath(QStringLiteral("args.txt")))) + QStringLiteral("|") +
               QString::fromUtf8(bash.readAll());
        verifyNoCanary(slot.path());
        return bash.exitCode();
    };

    // Action
    QString second;
    const int secondRc = runIn(plan->workunits.value(1), &second);
    QString stranger;
    const int strangerRc = runIn(QStringLiteral("someone_else_0"), &stranger);

    // Verify: row 2's values, each one word; an unknown workunit stops before any container.
    QCOMPARE(secondRc, 0);
    QVERIFY2(
        second.startsWith(QStringLiteral("it's $(touch canary_value) `touch canary_value`\n--seed=2 3\n|")),
        qPrintable(second));
    QCOMPARE(strangerRc, 2);
    QVERIFY2(stranger.contains(QStringLiteral("workunit 'someone_else_0' has no row")), qPrintable(stranger));
}

void TestJobScriptLab::cancelledRunLeavesNoContainer()
{
    // Setup
    LocalTestRun run;
    run.setEnvironment(m_engine.environment());
    run.setInitData(dockerHost);
    QSignalSpy started(&run, &LocalTestRun::started);
    QSignalSpy finished(&run, &LocalTestRun::finished);
    QVERIFY(run.start(spec({QStringLiteral("sleep"), QStringLiteral("300")})));
    QVERIFY(started.wait(60000));
    const QString name = run.containerName();
    QVERIFY(bdm::lab::waitUntil(
        [&] {
            return m_engine
                       .docker({QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                QStringLiteral("name=") + name})
                       .trimmed()
                       .size() > 0;
        },
        60000));

    // Action: what BOINC does to a task it aborts or preempts without keeping it in memory.
    run.cancel();

    // Verify
    QVERIFY(finished.wait(60000) || finished.size() == 1);
    QVERIFY(bdm::lab::waitUntil(
        [&] {
            return m_engine
                .docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                         QStringLiteral("name=") + name})
                .trimmed()
                .isEmpty();
        },
        30000));
}

QTEST_GUILESS_MAIN(TestJobScriptLab)
#include "TestJobScriptLab.moc"
