// The job spec file: round trip, path resolution, strict keys with JSON paths in every
// error, and the JSON Schema kept in step with the parser.

#include "submit/JobSpecFile.h"
#include "submit/JobSpecValidator.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace bdm::submit;

namespace {

QString sourceDir()
{
    return QStringLiteral(BDM_TEST_DATA_DIR "/../..");
}

QString parseError(const QByteArray& json)
{
    QString error;
    const auto spec = JobSpecFile::parse(json, QStringLiteral("/specs"), &error);
    return spec ? QStringLiteral("<parsed>") : error;
}

// Every property path of the schema, "target.port" style.
void schemaKeys(const nlohmann::json& schema, const QString& prefix, QStringList& out)
{
    if (!schema.contains("properties"))
        return;
    for (auto it = schema["properties"].begin(); it != schema["properties"].end(); ++it) {
        const QString key = prefix.isEmpty() ? QString::fromStdString(it.key())
                                             : prefix + QLatin1Char('.') + QString::fromStdString(it.key());
        out << key;
        if (it.value().contains("properties"))
            schemaKeys(it.value(), key, out);
    }
}

} // namespace

class TestJobSpecFile : public QObject
{
    Q_OBJECT

private slots:
    void fullSpecSurvivesWriteAndRead();
    void relativePathsResolveAgainstTheSpecDirectory();
    void defaultsApplyWhenKeysAreMissing();
    void unknownKeyIsAnErrorNamingItsPath();
    void wrongTypesNameTheirPath_data();
    void wrongTypesNameTheirPath();
    void malformedJsonGivesLineAndColumn();
    void numberBeyondADoubleIsAnErrorNotACrash();
    void unsupportedSpecVersionIsRefused();
    void writeIsAtomicAndReplacesTheFile();
    void schemaListsExactlyTheKeysTheParserAccepts();
    void shippedExampleParsesAndValidates();
    void aParameterTableNeedsACommandOrAScript();
};

void TestJobSpecFile::fullSpecSurvivesWriteAndRead()
{
    // Setup: every field set, paths inside and outside the spec directory.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    JobSpec s;
    s.name = QStringLiteral("run-1");
    s.app = QStringLiteral("science");
    s.image = QStringLiteral("registry.example.org/lab/tool:2.1");
    s.imageDelivery = QStringLiteral("layers");
    s.command = {QStringLiteral("tool"), QStringLiteral("--in"), QStringLiteral("a b.txt"),
                 QStringLiteral("{seed}")};
    s.network = QStringLiteral("bridge");
    s.inputs = {dir.filePath(QStringLiteral("data/a b.txt")), QStringLiteral("/opt/shared/ref.fa")};
    s.outputs = {QStringLiteral("out.csv"), QStringLiteral("log.txt")};
    s.gpu = GpuRequest{QStringLiteral("nvidia"), 2, true, 4096, QStringLiteral("535.104"),
                       QStringLiteral("12.2")};
    s.planClass = QStringLiteral("docker_nvidia");
    s.resources = {1e13, 1e15, 2e9, 4e9, 86400 * 3, 2, 4};
    s.replication = {2, 3, 4, 5, 2, 7};
    s.windowsBat = true;
    s.parameterNames = {QStringLiteral("seed")};
    s.parameterRows = {{QStringLiteral("1")}, {QStringLiteral("2")}};
    s.target.transport = QStringLiteral("ssh");
    s.target.mode = QStringLiteral("create_work");
    s.target.host = QStringLiteral("boincadm@server");
    s.target.port = 2222;
    s.target.identityFile = dir.filePath(QStringLiteral("keys/id_ed25519"));
    s.target.knownHostsFile = QStringLiteral("/etc/ssh/ssh_known_hosts");
    s.target.projectDir = QStringLiteral("/home/boincadm/project");
    s.target.dockerExec = QStringLiteral("apache");
    s.target.dockerExecUser = QStringLiteral("boincadm");

    // Action
    const QString path = dir.filePath(QStringLiteral("job.json"));
    QString error;
    QVERIFY2(JobSpecFile::write(s, path, &error), qPrintable(error));
    const auto back = JobSpecFile::read(path, &error);

    // Verify: equal field by field; the path below the directory was written relative.
    QVERIFY2(back, qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("\"data/a b.txt\""), text.constData());
    QVERIFY(text.contains("\"/opt/shared/ref.fa\""));
    QVERIFY(text.contains("\"keys/id_ed25519\""));
    QCOMPARE(back->name, s.name);
    QCOMPARE(back->app, s.app);
    QCOMPARE(back->image, s.image);
    QCOMPARE(back->imageDelivery, s.imageDelivery);
    QCOMPARE(back->command, s.command);
    QCOMPARE(back->network, s.network);
    QCOMPARE(back->inputs, s.inputs);
    QCOMPARE(back->outputs, s.outputs);
    QVERIFY(back->gpu);
    QCOMPARE(back->gpu->count, 2);
    QCOMPARE(back->gpu->useCdi, true);
    QCOMPARE(back->gpu->minGpuRamMb, 4096);
    QCOMPARE(back->gpu->minDriverVersion, QStringLiteral("535.104"));
    QCOMPARE(back->gpu->minCudaVersion, QStringLiteral("12.2"));
    QCOMPARE(back->planClass, s.planClass);
    QCOMPARE(back->resources.fpopsEst, 1e13);
    QCOMPARE(back->resources.delayBoundS, 86400.0 * 3);
    QCOMPARE(back->resources.maxThreads, 4);
    QCOMPARE(back->replication.minQuorum, 2);
    QCOMPARE(back->replication.targetNresults, 3);
    QCOMPARE(back->replication.priority, 7);
    QCOMPARE(back->windowsBat, true);
    QCOMPARE(back->parameterNames, s.parameterNames);
    QCOMPARE(back->parameterRows, s.parameterRows);
    QCOMPARE(back->target.port, 2222);
    QCOMPARE(back->target.identityFile, s.target.identityFile);
    QCOMPARE(back->target.knownHostsFile, s.target.knownHostsFile);
    QCOMPARE(back->target.dockerExecUser, s.target.dockerExecUser);
    QCOMPARE(back->baseDir, QFileInfo(path).absolutePath());
}

void TestJobSpecFile::relativePathsResolveAgainstTheSpecDirectory()
{
    // Action
    QString error;
    const auto spec = JobSpecFile::parse(R"({"spec_version": 1, "inputs": ["in/x.txt", "../y.txt", "/abs/z"],
        "script": "run.sh", "compose_file": "c/compose.yml",
        "target": {"transport": "webrpc", "authenticator_file": "auth.txt"}})",
                                         QStringLiteral("/work/specs"), &error);

    // Verify
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->inputs, (QStringList{QStringLiteral("/work/specs/in/x.txt"), QStringLiteral("/work/y.txt"),
                                        QStringLiteral("/abs/z")}));
    QCOMPARE(spec->script, QStringLiteral("/work/specs/run.sh"));
    QCOMPARE(spec->composeFile, QStringLiteral("/work/specs/c/compose.yml"));
    QCOMPARE(spec->target.authenticatorFile, QStringLiteral("/work/specs/auth.txt"));
}

void TestJobSpecFile::defaultsApplyWhenKeysAreMissing()
{
    QString error;
    const auto spec = JobSpecFile::parse(R"({"spec_version": 1, "name": "n"})", QStringLiteral("/x"), &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->network, QStringLiteral("none"));
    QCOMPARE(spec->imageDelivery, QStringLiteral("registry"));
    QCOMPARE(spec->target.port, 22);
    QCOMPARE(spec->replication.minQuorum, 1);
    QVERIFY(!spec->gpu);
}

void TestJobSpecFile::unknownKeyIsAnErrorNamingItsPath()
{
    QCOMPARE(parseError(R"({"spec_version": 1, "netwrok": "none"})"),
             QStringLiteral("netwrok: unknown key (check the spelling)"));
    QCOMPARE(parseError(R"({"spec_version": 1, "target": {"transport": "ssh", "prot": 22}})"),
             QStringLiteral("target.prot: unknown key (check the spelling)"));
    QCOMPARE(parseError(R"({"spec_version": 1, "gpu": {"vendr": "amd"}})"),
             QStringLiteral("gpu.vendr: unknown key (check the spelling)"));
}

void TestJobSpecFile::wrongTypesNameTheirPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("port string") << QByteArray(R"({"spec_version": 1, "target": {"port": "22"}})")
                                 << QStringLiteral("target.port: expected an integer");
    QTest::newRow("port fraction") << QByteArray(R"({"spec_version": 1, "target": {"port": 22.5}})")
                                   << QStringLiteral("target.port: expected an integer");
    QTest::newRow("name number") << QByteArray(R"({"spec_version": 1, "name": 5})")
                                 << QStringLiteral("name: expected a string");
    QTest::newRow("command string") << QByteArray(R"({"spec_version": 1, "command": "echo hi"})")
                                    << QStringLiteral("command: expected a list of strings");
    QTest::newRow("input item") << QByteArray(R"({"spec_version": 1, "inputs": ["a", 3]})")
                                << QStringLiteral("inputs[1]: expected a string");
    QTest::newRow("row item")
        << QByteArray(R"({"spec_version": 1, "parameters": {"names": ["a"], "rows": [["1"], [2]]}})")
        << QStringLiteral("parameters.rows[1][0]: expected a string");
    QTest::newRow("bool") << QByteArray(R"({"spec_version": 1, "windows_bat": "yes"})")
                          << QStringLiteral("windows_bat: expected true or false");
    QTest::newRow("gpu object") << QByteArray(R"({"spec_version": 1, "gpu": "nvidia"})")
                                << QStringLiteral("gpu: expected an object");
    QTest::newRow("fpops") << QByteArray(R"({"spec_version": 1, "resources": {"fpops_est": "1e12"}})")
                           << QStringLiteral("resources.fpops_est: expected a number");
    QTest::newRow("top array") << QByteArray("[1]") << QStringLiteral("spec: expected an object");
    QTest::newRow("version missing") << QByteArray(R"({"name": "x"})")
                                     << QStringLiteral("spec_version: missing (this program writes 1)");
}

void TestJobSpecFile::wrongTypesNameTheirPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QCOMPARE(parseError(json), error);
}

void TestJobSpecFile::malformedJsonGivesLineAndColumn()
{
    // A missing comma before line 3; the parser notices it at the end of the string it finds there.
    const QString error = parseError("{\n  \"spec_version\": 1\n  \"name\": \"x\"\n}");
    QVERIFY2(error.startsWith(QStringLiteral("not valid JSON at line 3, column 8")), qPrintable(error));
}

void TestJobSpecFile::numberBeyondADoubleIsAnErrorNotACrash()
{
    // Found by fuzz_submit_inputs: the JSON reader throws out_of_range, not parse_error.
    const QString error = parseError("{\"spec_version\": 1, \"resources\": {\"delay_bound_s\": 86E400}}");
    QVERIFY2(error.startsWith(QStringLiteral("not valid JSON")), qPrintable(error));
}

void TestJobSpecFile::unsupportedSpecVersionIsRefused()
{
    QCOMPARE(parseError(R"({"spec_version": 2})"),
             QStringLiteral("spec_version: version 2 is not supported (this program reads 1)"));
}

void TestJobSpecFile::writeIsAtomicAndReplacesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("job.json"));
    JobSpec s;
    s.name = QStringLiteral("first");
    QVERIFY(JobSpecFile::write(s, path, nullptr));
    s.name = QStringLiteral("second");
    QVERIFY(JobSpecFile::write(s, path, nullptr));
    QCOMPARE(JobSpecFile::read(path, nullptr)->name, QStringLiteral("second"));
    // Only the file itself: no temporary left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("job.json")});
    // A directory that does not exist: an error, not a crash.
    QString error;
    QVERIFY(!JobSpecFile::write(s, dir.filePath(QStringLiteral("missing/job.json")), &error));
    QVERIFY(error.contains(QStringLiteral("cannot write")));
}

void TestJobSpecFile::schemaListsExactlyTheKeysTheParserAccepts()
{
    QFile file(sourceDir() + QStringLiteral("/resources/schemas/job-spec.schema.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const nlohmann::json schema = nlohmann::json::parse(file.readAll().toStdString());
    QCOMPARE(QString::fromStdString(schema["$schema"].get<std::string>()),
             QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    QStringList inSchema;
    schemaKeys(schema, QString(), inSchema);
    const QSet<QString> schemaSet(inSchema.begin(), inSchema.end());
    const QStringList accepted = JobSpecFile::acceptedKeys();
    const QSet<QString> parserSet(accepted.begin(), accepted.end());
    QCOMPARE(QSet<QString>(parserSet).subtract(schemaSet), QSet<QString>());
    QCOMPARE(QSet<QString>(schemaSet).subtract(parserSet), QSet<QString>());
    QVERIFY(parserSet.contains(QStringLiteral("target.docker_exec_user")));
}

void TestJobSpecFile::shippedExampleParsesAndValidates()
{
    QString error;
    const auto spec =
        JobSpecFile::read(sourceDir() + QStringLiteral("/resources/examples/hello-job/job.json"), &error);
    QVERIFY2(spec, qPrintable(error));
    QStringList problems;
    for (const SpecProblem& p : JobSpecValidator::check(*spec))
        problems << p.text();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(spec->inputs.size(), 2);
    QVERIFY(QFile::exists(spec->inputs.first()));
}

void TestJobSpecFile::aParameterTableNeedsACommandOrAScript()
{
    // Setup: the shipped example, valid, given a table of two rows.
    QString error;
    auto spec =
        JobSpecFile::read(sourceDir() + QStringLiteral("/resources/examples/hello-job/job.json"), &error);
    QVERIFY2(spec, qPrintable(error));
    spec->parameterNames = {QStringLiteral("seed")};
    spec->parameterRows = {{QStringLiteral("1")}, {QStringLiteral("2")}};
    const auto parameterErrors = [](const JobSpec& s) {
        QStringList out;
        for (const SpecProblem& p : JobSpecValidator::errors(s))
            if (p.field == QLatin1String("parameters"))
                out << p.text();
        return out;
    };

    // A script gets the row's values as its arguments: fine.
    spec->command.clear();
    spec->script = QStringLiteral("/tmp/job.sh");
    QCOMPARE(parameterErrors(*spec), QStringList());
    // A command gets them where it names them: fine.
    spec->script.clear();
    spec->command = {QStringLiteral("run"), QStringLiteral("{seed}")};
    QCOMPARE(parameterErrors(*spec), QStringList());
    // Neither (a compose file): nowhere to put them.
    spec->command.clear();
    spec->composeFile = QStringLiteral("/tmp/compose.yaml");
    QCOMPARE(parameterErrors(*spec).size(), 1);
}

QTEST_GUILESS_MAIN(TestJobSpecFile)
#include "TestJobSpecFile.moc"
