// `boinc-docker check` on real states made by the lab: Debian's BOINC 7.20 client next to a
// working Docker engine (does not qualify: the client is too old to report Docker), the engine
// stopped, the engine socket not permitted for an unprivileged user created here, the client down,
// a wrong password, options that forbid Docker, container tests run for real, and Re-check.
#include "LabBoincClient.h"
#include "LabDockerEngine.h"
#include "LabTools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace bdm::lab;

namespace {

struct CheckRun
{
    RunResult process;
    QJsonObject json;
    QString describe() const
    {
        return process.describe() + QStringLiteral("\n") +
               QString::fromUtf8(process.standardOutput.left(4000));
    }
    QJsonObject check(const QString& id) const
    {
        for (const QJsonValue& c : json.value(QStringLiteral("checks")).toArray()) {
            if (c.toObject().value(QStringLiteral("id")).toString() == id)
                return c.toObject();
        }
        return {};
    }
    QString status(const QString& id) const { return check(id).value(QStringLiteral("status")).toString(); }
    QJsonObject verdict(const QString& name) const
    {
        return json.value(QStringLiteral("verdicts")).toObject().value(name).toObject();
    }
    // Every check of a group that failed, for assertions that need not know every id.
    QJsonArray failed(const QString& group) const
    {
        QJsonArray out;
        for (const QJsonValue& c : json.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("group")).toString() == group &&
                o.value(QStringLiteral("status")).toString() == QLatin1String("fail"))
                out.append(o);
        }
        return out;
    }
};

CheckRun runCheck(const QStringList& args, const QString& asUser = {}, int timeoutMs = 240000)
{
    QString program = QStringLiteral(BDM_CLI_PATH);
    QStringList arguments = QStringList{QStringLiteral("check"), QStringLiteral("--json")} + args;
    if (!asUser.isEmpty()) {
        arguments.prepend(program);
        arguments = QStringList{QStringLiteral("-u"), asUser, QStringLiteral("--")} + arguments;
        program = QStringLiteral("/usr/sbin/runuser");
    }
    RunOptions options;
    options.timeoutMs = timeoutMs;
    CheckRun run;
    run.process = runProcess(program, arguments, options);
    run.json = QJsonDocument::fromJson(run.process.standardOutput).object();
    return run;
}

} // namespace

class TestReadinessCheck : public QObject
{
    Q_OBJECT

private:
    LabBoincClient m_client;
    LabDockerEngine m_engine;

    QStringList clientArgs() const
    {
        return {QStringLiteral("--host"), m_client.address(),         QStringLiteral("--password-file"),
                m_client.passwordFile(),  QStringLiteral("--engine"), m_engine.endpoint()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_engine.start())
            QFAIL(qPrintable(m_engine.errorString()));
        LabBoincOptions options;
        options.taskCount = 1;
        options.engineSocket = m_engine.socketPath();
        if (!m_client.start(options))
            QFAIL(qPrintable(m_client.errorString()));
    }

    void debian720WithWorkingEngineDoesNotQualify()
    {
        const CheckRun run = runCheck(clientArgs());
        QVERIFY2(run.process.started && !run.process.timedOut, qPrintable(run.describe()));
        QCOMPARE(run.process.exitCode, 1);
        const QJsonObject cpu = run.verdict(QStringLiteral("docker_cpu"));
        QCOMPARE(cpu.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(cpu.value(QStringLiteral("reason")).toString(), QStringLiteral("Docker not present"));
        QVERIFY2(cpu.value(QStringLiteral("detail")).toString().contains(QLatin1String("8.2.0")),
                 qPrintable(run.describe()));
        QVERIFY(cpu.value(QStringLiteral("fix")).toString().contains(QLatin1String("8.2")));
        QCOMPARE(run.status(QStringLiteral("client.reachable")), QStringLiteral("pass"));
        QCOMPARE(run.status(QStringLiteral("client.password")), QStringLiteral("pass"));
        QCOMPARE(run.status(QStringLiteral("client.version")), QStringLiteral("fail"));
        QCOMPARE(run.status(QStringLiteral("detected.config")), QStringLiteral("pass"));
        QCOMPARE(run.status(QStringLiteral("detected.engine")), QStringLiteral("fail"));
        QCOMPARE(run.status(QStringLiteral("engine.reachable")), QStringLiteral("pass"));
        // The engine itself is fine: nothing in the engine group fails.
        QVERIFY2(run.failed(QStringLiteral("engine")).isEmpty(), qPrintable(run.describe()));
        QVERIFY(run.json.value(QStringLiteral("plan_classes")).isArray());
    }

    void planClassesAreJudgedAsTheSchedulerWould()
    {
        const QString spec = QStringLiteral(BDM_TEST_DATA_DIR "/readiness/plan_class_spec.xml");
        const CheckRun run = runCheck(clientArgs() << QStringLiteral("--plan-classes") << spec);
        QCOMPARE(run.process.exitCode, 1);
        QCOMPARE(run.json.value(QStringLiteral("plan_class_source")).toString(), spec);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue& v : run.json.value(QStringLiteral("plan_classes")).toArray())
            byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        QVERIFY2(byName.size() > 5, qPrintable(run.describe()));
        QCOMPARE(byName.value(QStringLiteral("docker")).value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(byName.value(QStringLiteral("docker")).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Docker not present"));
        // Plain CPU classes are judged on this host's own numbers: some pass, every refusal says why.
        bool someOk = false;
        for (const QJsonObject& plan : std::as_const(byName)) {
            someOk = someOk || plan.value(QStringLiteral("ok")).toBool();
            if (!plan.value(QStringLiteral("ok")).toBool())
                QVERIFY(!plan.value(QStringLiteral("reason")).toString().isEmpty());
        }
        QVERIFY2(someOk, qPrintable(run.describe()));
        // A spec that cannot be read is reported, not fatal.
        const CheckRun missing = runCheck(clientArgs() << QStringLiteral("--plan-classes")
                                                       << QStringLiteral("/nonexistent/plan_class_spec.xml"));
        QCOMPARE(missing.process.exitCode, 1);
        QVERIFY(!missing.json.value(QStringLiteral("plan_class_error")).toString().isEmpty());
    }

    void humanOutputSaysTheSame()
    {
        QStringList args = clientArgs();
        RunOptions options;
        options.timeoutMs = 120000;
        const RunResult r =
            runProcess(QStringLiteral(BDM_CLI_PATH), QStringList{QStringLiteral("check")} + args, options);
        QCOMPARE(r.exitCode, 1);
        const QString text = QString::fromUtf8(r.standardOutput);
        QVERIFY2(text.contains(QLatin1String("does not qualify")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("[FAIL] BOINC 7.20.5 is too old")));
    }

    void activeTestsRunARealContainer()
    {
        const CheckRun run = runCheck(clientArgs() << QStringLiteral("--active"));
        QCOMPARE(run.process.exitCode, 1);
        const QJsonObject hello = run.check(QStringLiteral("active.hello"));
        QCOMPARE(hello.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QVERIFY2(
            hello.value(QStringLiteral("detail")).toString().contains(QLatin1String("Hello from Docker")),
            qPrintable(run.describe()));
    }

    void recheckAsksTheClientToDetectAgain()
    {
        const CheckRun run = runCheck(clientArgs() << QStringLiteral("--recheck"));
        QCOMPARE(run.process.exitCode, 1);
        QCOMPARE(run.status(QStringLiteral("client.redetect")), QStringLiteral("pass"));
        // Without the password the client refuses; the rest of the report is still there.
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.cfg"));
        QVERIFY(writeFile(empty, QByteArray(), nullptr));
        const CheckRun refused =
            runCheck({QStringLiteral("--host"), m_client.address(), QStringLiteral("--password-file"), empty,
                      QStringLiteral("--engine"), m_engine.endpoint(), QStringLiteral("--recheck")});
        QCOMPARE(refused.process.exitCode, 1);
        QCOMPARE(refused.status(QStringLiteral("client.redetect")), QStringLiteral("warn"));
        QCOMPARE(refused.status(QStringLiteral("client.version")), QStringLiteral("fail"));
    }

    void dontUseDockerIsTheSchedulersFirstRefusal()
    {
        const QString config = m_client.dataDir() + QStringLiteral("/cc_config.xml");
        QVERIFY(writeFile(config, "<cc_config><options><dont_use_docker/></options></cc_config>\n", nullptr));
        const CheckRun run = runCheck(clientArgs());
        QFile::remove(config);
        QCOMPARE(run.process.exitCode, 1);
        QCOMPARE(run.verdict(QStringLiteral("docker_cpu")).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Client config does not allow using Docker"));
        QCOMPARE(run.status(QStringLiteral("detected.config")), QStringLiteral("fail"));
    }

    void wrongPasswordIsNamed()
    {
        QTemporaryDir dir;
        const QString wrong = dir.filePath(QStringLiteral("wrong.cfg"));
        QVERIFY(writeFile(wrong, "not-the-password\n", nullptr));
        const CheckRun run =
            runCheck({QStringLiteral("--host"), m_client.address(), QStringLiteral("--password-file"), wrong,
                      QStringLiteral("--engine"), m_engine.endpoint()});
        QCOMPARE(run.process.exitCode, 1);
        QCOMPARE(run.status(QStringLiteral("client.password")), QStringLiteral("fail"));
        QVERIFY(run.check(QStringLiteral("client.password"))
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(wrong));
        QVERIFY(run.verdict(QStringLiteral("docker_cpu"))
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QLatin1String("password")));
    }

    void socketNotPermittedForAnUnprivilegedUser()
    {
        if (geteuid() != 0)
            QFAIL("this test creates a user: run it as root (CI does)");
        const QString user = QStringLiteral("bdmcheck%1").arg(getpid() % 100000);
        const RunResult add =
            runProcess(QStringLiteral("/usr/sbin/useradd"),
                       {QStringLiteral("--system"), QStringLiteral("--no-create-home"),
                        QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"), user});
        QVERIFY2(add.succeeded(), qPrintable(add.describe()));
        const auto cleanup = qScopeGuard([&] { runProcess(QStringLiteral("/usr/sbin/userdel"), {user}); });
        // The socket's directory must be reachable for the refusal to be about the socket itself.
        QFile::setPermissions(m_engine.directory(),
                              QFile::permissions(m_engine.directory()) | QFile::ExeOther);
        // No password file: the lab's is root's alone, and a local client answers without one.
        const CheckRun run = runCheck(
            {QStringLiteral("--host"), m_client.address(), QStringLiteral("--engine"), m_engine.endpoint()},
            user);
        QVERIFY2(run.process.started && !run.process.timedOut, qPrintable(run.describe()));
        QCOMPARE(run.process.exitCode, 1);
        // This user cannot reach the engine, and is told why and what to do.
        const QJsonObject reach = run.check(QStringLiteral("engine.reachable"));
        QCOMPARE(reach.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        const QString text = QString::fromUtf8(QJsonDocument(reach).toJson());
        QVERIFY2(text.contains(QLatin1String("ermission")), qPrintable(text));
        QVERIFY2(!reach.value(QStringLiteral("fix")).toString().isEmpty(), qPrintable(text));
    }

    void engineStopped()
    {
        QVERIFY(m_engine.stop());
        const CheckRun run = runCheck(clientArgs());
        QCOMPARE(run.process.exitCode, 1);
        const QJsonObject reach = run.check(QStringLiteral("engine.reachable"));
        QCOMPARE(reach.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        QVERIFY2(reach.value(QStringLiteral("detail")).toString().contains(m_engine.socketPath()),
                 qPrintable(QString::fromUtf8(QJsonDocument(reach).toJson())));
        // With no engine, container tests are skipped with the reason, not hung.
        const CheckRun active = runCheck(clientArgs() << QStringLiteral("--active"));
        QCOMPARE(active.status(QStringLiteral("active.hello")), QStringLiteral("skip"));
        QVERIFY(m_engine.restart());
    }

    void clientDownStillPrintsTheReport()
    {
        const QString address = m_client.address();
        m_client.kill();
        const CheckRun run =
            runCheck({QStringLiteral("--host"), address, QStringLiteral("--engine"), m_engine.endpoint(),
                      QStringLiteral("--timeout"), QStringLiteral("5")});
        QCOMPARE(run.process.exitCode, 1);
        QVERIFY2(!run.json.isEmpty(), qPrintable(run.describe()));
        QCOMPARE(run.status(QStringLiteral("client.reachable")), QStringLiteral("fail"));
        QVERIFY(run.verdict(QStringLiteral("docker_cpu"))
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QLatin1String("not reachable")));
        QVERIFY(
            !run.check(QStringLiteral("client.reachable")).value(QStringLiteral("fix")).toString().isEmpty());
    }

    void usageErrorsExitTwo()
    {
        RunOptions options;
        const RunResult r = runProcess(
            QStringLiteral(BDM_CLI_PATH),
            {QStringLiteral("check"), QStringLiteral("--engine"), QStringLiteral("ftp://x")}, options);
        QCOMPARE(r.exitCode, 2);
        const RunResult extra = runProcess(QStringLiteral(BDM_CLI_PATH),
                                           {QStringLiteral("check"), QStringLiteral("surplus")}, options);
        QCOMPARE(extra.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestReadinessCheck)
#include "TestReadinessCheck.moc"
