// Creating a Docker app on a project server end to end: AppCreator and `boinc-docker app
// create` against a real OpenSSH server (LabSshServer) and the lab's fake project, whose
// boinc2docker_create_work makes the app versions and appends the plan class as the real
// one does (submission-paths.md §1.5–1.6).
#include "LabProjectServer.h"
#include "LabSshServer.h"
#include "LabTools.h"
#include "submit/AppCreator.h"
#include "submit/AppSpecFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bdm;
using namespace bdm::submit;
using namespace Qt::StringLiterals;

namespace {

constexpr int createTimeoutMs = 60000;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

class TestAppCreate : public QObject
{
    Q_OBJECT

    lab::LabSshServer m_ssh;
    lab::LabProjectServer m_project;
    QTemporaryDir m_dir;

    QString projectFile(const QString& name) const { return m_project.directory() + u'/' + name; }

    QJsonObject target() const
    {
        return {{u"host"_s, m_ssh.destination()},
                {u"port"_s, m_ssh.port()},
                {u"identity_file"_s, m_ssh.identityFile()},
                {u"known_hosts_file"_s, m_ssh.knownHostsFile()},
                {u"project_dir"_s, m_project.directory()}};
    }

    QByteArray specJson(const QString& app, const QJsonObject& planClass) const
    {
        return QJsonDocument(QJsonObject{{u"app_spec_version"_s, 1},
                                         {u"app"_s, app},
                                         {u"plan_class"_s, planClass},
                                         {u"target"_s, target()}})
            .toJson();
    }

    AppSpec spec(const QString& app, const QJsonObject& planClass) const
    {
        QStringList errors;
        const auto s = AppSpecFile::parse(specJson(app, planClass), m_dir.path(), &errors);
        if (!s)
            qWarning() << errors;
        return s.value_or(AppSpec{});
    }

    SshEndpoint endpoint(const AppSpec& s) const
    {
        SshEndpoint e = SshEndpoint::fromTarget(s.target);
        e.options << u"GlobalKnownHostsFile=/dev/null"_s;
        return e;
    }

    int boinc2dockerCalls() const
    {
        return int(
            readAll(projectFile(u"fake_argv.jsonl"_s)).count("\"prog\": \"boinc2docker_create_work\""));
    }

    struct CliRun
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    CliRun cli(const QStringList& args)
    {
        lab::RunOptions options;
        options.timeoutMs = 120000;
        options.workingDirectory = m_dir.path();
        const lab::RunResult r = lab::runProcess(QStringLiteral(BDM_CLI_PATH), args, options);
        return CliRun{r.exitCode, r.standardOutput, r.standardError};
    }

    QString writeSpec(const QString& name, const QByteArray& json)
    {
        const QString path = m_dir.filePath(name);
        return writeFile(path, json) ? path : QString();
    }

private slots:
    void initTestCase();
    void creatingAnAppMakesItsVersionsAndAppendsThePlanClass();
    void anExistingPlanClassIsRefusedWithoutTouchingTheFile();
    void anExistingAppIsRefused();
    void hostileNamesAreRefusedBeforeConnecting();
    void cliPrintsThePlanAndItsJsonWithExitCodes();
};

void TestAppCreate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_ssh.start(), qPrintable(m_ssh.errorString()));
    QVERIFY2(m_project.create({u"docker_app"_s}), qPrintable(m_project.errorString()));
}

void TestAppCreate::creatingAnAppMakesItsVersionsAndAppendsThePlanClass()
{
    // Setup
    const QJsonObject newClass{{u"new"_s, QJsonObject{{u"name"_s, u"docker_cuda_lab"_s},
                                                      {u"gpu_type"_s, u"nvidia"_s},
                                                      {u"ngpus"_s, 1},
                                                      {u"cuda_versions"_s, QJsonArray{u"11.4"_s, 0}},
                                                      {u"compose"_s, u"v2"_s}}}};
    const AppSpec s = spec(u"lab_gpu_app"_s, newClass);
    QVERIFY(!s.app.isEmpty());
    const QByteArray before = readAll(projectFile(u"plan_class_spec.xml"_s));
    AppCreator creator;
    creator.setEndpoint(endpoint(s));
    QSignalSpy finished(&creator, &AppCreator::finished);
    QSignalSpy failed(&creator, &AppCreator::failed);
    QSignalSpy progress(&creator, &AppCreator::progress);

    // Action
    creator.start(s);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), createTimeoutMs);

    // Verify: the report...
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
    const auto r = finished.first().at(0).value<AppCreateResult>();
    QVERIFY(r.ok());
    QCOMPARE(r.created.size(), 3);
    QVERIFY(r.missing.isEmpty());
    QVERIFY(r.planClassAdded);
    QCOMPARE(progress.size(), 3);
    // ...matches the disk: the three version dirs with boinc2docker's files...
    for (const QString& platform : AppSpec::allPlatforms()) {
        const QString dir = projectFile(u"apps/lab_gpu_app/1.0.0/"_s + platform + u"__docker_cuda_lab"_s);
        const QByteArray version = readAll(dir + u"/version.xml"_s);
        QVERIFY2(version.contains("<logical_name>job.xml</logical_name>"), qPrintable(dir));
        QCOMPARE(version.count("<file>"), 3);
        QVERIFY(readAll(dir + u"/lab_gpu_app.xml"_s).contains("<command_line>boinc_docker</command_line>"));
    }
    // ...and the class inserted before the last line, nothing else changed.
    const QByteArray after = readAll(projectFile(u"plan_class_spec.xml"_s));
    const QByteArray block = "     <plan_class>\n"
                             "        <name>docker_cuda_lab</name>\n"
                             "        <cuda/>\n"
                             "        <gpu_type>nvidia</gpu_type>\n"
                             "        <ngpus>1</ngpus>\n"
                             "        <min_cuda_version>11.4</min_cuda_version>\n"
                             "        <docker/>\n"
                             "        <docker_compose_version>v2</docker_compose_version>\n"
                             "     </plan_class>\n";
    QVERIFY(before.endsWith("</plan_classes>\n"));
    QCOMPARE(after, before.chopped(int(qstrlen("</plan_classes>\n"))) + block + "</plan_classes>\n");
    QVERIFY(readAll(projectFile(u"project.xml"_s)).contains("<name>lab_gpu_app</name>"));
}

void TestAppCreate::anExistingPlanClassIsRefusedWithoutTouchingTheFile()
{
    // Setup: docker_test is in the lab project's plan_class_spec.xml.
    const AppSpec s = spec(u"lab_other_app"_s, {{u"new"_s, QJsonObject{{u"name"_s, u"docker_test"_s}}}});
    const QByteArray before = readAll(projectFile(u"plan_class_spec.xml"_s));
    const int calls = boinc2dockerCalls();
    AppCreator creator;
    creator.setEndpoint(endpoint(s));
    QSignalSpy failed(&creator, &AppCreator::failed);

    // Action
    creator.start(s);

    // Verify
    QVERIFY(failed.wait(createTimeoutMs));
    QVERIFY(failed.first().at(1).toBool()); // refused, not a connection problem
    QVERIFY(failed.first().at(0).toString().contains(u"docker_test"_s));
    QCOMPARE(readAll(projectFile(u"plan_class_spec.xml"_s)), before);
    QCOMPARE(boinc2dockerCalls(), calls);
    QVERIFY(!QFileInfo::exists(projectFile(u"apps/lab_other_app"_s)));
}

void TestAppCreate::anExistingAppIsRefused()
{
    // Setup: the app the first test made.
    QVERIFY(QFileInfo::exists(projectFile(u"apps/lab_gpu_app"_s)));
    const AppSpec s = spec(u"lab_gpu_app"_s, {{u"existing"_s, u"docker_test"_s}});
    const int calls = boinc2dockerCalls();
    AppCreator creator;
    creator.setEndpoint(endpoint(s));
    QSignalSpy failed(&creator, &AppCreator::failed);

    // Action
    creator.start(s);

    // Verify
    QVERIFY(failed.wait(createTimeoutMs));
    QVERIFY(failed.first().at(1).toBool());
    QVERIFY(failed.first().at(0).toString().contains(u"apps/lab_gpu_app"_s));
    QCOMPARE(boinc2dockerCalls(), calls);
    QVERIFY(!QFileInfo::exists(projectFile(u"apps/lab_gpu_app/1.0.0/x86_64-pc-linux-gnu__docker_test"_s)));
}

void TestAppCreate::hostileNamesAreRefusedBeforeConnecting()
{
    // Setup: a target nobody listens on, so any connection attempt would be a different error.
    QJsonObject t = target();
    t[u"port"_s] = 1;
    const QString path =
        writeSpec(u"hostile.json"_s,
                  QJsonDocument(QJsonObject{{u"app_spec_version"_s, 1},
                                            {u"app"_s, u"x;touch pwned"_s},
                                            {u"plan_class"_s, QJsonObject{{u"existing"_s, u"a,b"_s}}},
                                            {u"target"_s, t}})
                      .toJson());

    // Action
    const CliRun run = cli({u"app"_s, u"create"_s, path});

    // Verify
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("$.app:"), run.err.constData());
    QVERIFY(run.err.contains("$.plan_class.existing:"));
    QVERIFY(!run.err.contains("Connection refused"));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"pwned"_s)));
}

void TestAppCreate::cliPrintsThePlanAndItsJsonWithExitCodes()
{
    // Setup
    const QByteArray json = specJson(
        u"lab_cli_app"_s, {{u"new"_s, QJsonObject{{u"name"_s, u"docker_cli_lab"_s}, {u"min_ncpus"_s, 2}}}});
    const QString path = writeSpec(u"app.json"_s, json);
    const int calls = boinc2dockerCalls();

    // Action 1 / Verify 1: the dry run shows the XML and the command and runs nothing.
    const CliRun dry = cli({u"app"_s, u"create"_s, path, u"--dry-run"_s});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains("        <min_ncpus>2</min_ncpus>\n        <docker/>\n"), dry.out.constData());
    QVERIFY(dry.out.contains("'bin/boinc2docker_create_work' '--appname' 'lab_cli_app' '--new_app'"));
    QVERIFY(dry.out.contains("'--plan_class_new' '--min_ncpus' '2'"));
    QCOMPARE(boinc2dockerCalls(), calls);

    // Action 2 / Verify 2: created, with the JSON report.
    const CliRun run = cli({u"app"_s, u"create"_s, path, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(u"app"_s).toString(), u"lab_cli_app"_s);
    QCOMPARE(report.value(u"plan_class"_s).toString(), u"docker_cli_lab"_s);
    QCOMPARE(report.value(u"created"_s).toArray().size(), 3);
    QVERIFY(report.value(u"plan_class_added"_s).toBool());
    QVERIFY(QFileInfo::exists(
        projectFile(u"apps/lab_cli_app/1.0.0/x86_64-apple-darwin__docker_cli_lab/version.xml"_s)));

    // Action 3 / Verify 3: the same again is refused, exit 1.
    const CliRun again = cli({u"app"_s, u"create"_s, path, u"--json"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("docker_cli_lab"));
}

QTEST_GUILESS_MAIN(TestAppCreate)
#include "TestAppCreate.moc"
