// AppSpecFile (strict reading, hostile names refused) and AppCreatePlan (boinc2docker's real
// flags only, and the plan-class block exactly as its create_new_plan_class() writes it).
#include "submit/AppCreatePlan.h"
#include "submit/AppSpecFile.h"

#include <QTest>

using namespace bdm::submit;
using namespace Qt::StringLiterals;

namespace {

QByteArray specJson(const QByteArray& app, const QByteArray& planClass, const QByteArray& extraTop = {})
{
    return "{\"app_spec_version\": 1, \"app\": \"" + app + "\", \"plan_class\": " + planClass + extraTop +
           ", \"target\": {\"host\": \"boincadm@server\", \"port\": 2222, \"project_dir\": "
           "\"/home/boincadm/project\"}}";
}

std::optional<AppSpec> parse(const QByteArray& json, QStringList* errors = nullptr)
{
    QStringList local;
    return AppSpecFile::parse(json, QStringLiteral("/tmp"), errors ? errors : &local);
}

} // namespace

class TestAppSpec : public QObject
{
    Q_OBJECT

private slots:
    void minimalSpecWithExistingClassReads();
    void hostileNamesAreRefused_data();
    void hostileNamesAreRefused();
    void badValuesAreRefusedWithTheirPath_data();
    void badValuesAreRefusedWithTheirPath();
    void commandHasOnlyRealFlags();
    void gpuPlanClassXmlIsByteForByteBoinc2dockers();
    void amdPlanClassKeepsTheMissingNewlineAfterCal();
    void scriptsQuoteTheProjectDirAndCheckTheAppDirFirst();
};

void TestAppSpec::minimalSpecWithExistingClassReads()
{
    // Action
    const auto spec = parse(specJson("my_app-2", R"({"existing": "docker_test"})"));

    // Verify
    QVERIFY(spec);
    QCOMPARE(spec->app, QStringLiteral("my_app-2"));
    QCOMPARE(spec->planClassName(), QStringLiteral("docker_test"));
    QVERIFY(!spec->newPlanClass);
    QCOMPARE(spec->platforms, AppSpec::allPlatforms());
    QCOMPARE(spec->target.port, 2222);
    QCOMPARE(AppCreatePlan::versionFiles(*spec).first(),
             QStringLiteral("apps/my_app-2/1.0.0/x86_64-pc-linux-gnu__docker_test/version.xml"));
}

void TestAppSpec::hostileNamesAreRefused_data()
{
    QTest::addColumn<QByteArray>("app");
    QTest::addColumn<QByteArray>("planClass");
    QTest::addColumn<QString>("path");
    QTest::newRow("option") << QByteArray("--new_app") << QByteArray("docker_test") << u"$.app"_s;
    QTest::newRow("comma") << QByteArray("a,b") << QByteArray("docker_test") << u"$.app"_s;
    QTest::newRow("slash") << QByteArray("../etc") << QByteArray("docker_test") << u"$.app"_s;
    QTest::newRow("space") << QByteArray("my app") << QByteArray("docker_test") << u"$.app"_s;
    QTest::newRow("quote") << QByteArray("a'b") << QByteArray("docker_test") << u"$.app"_s;
    QTest::newRow("xml") << QByteArray("a<b>") << QByteArray("docker_test") << u"$.app"_s;
    QTest::newRow("empty") << QByteArray("") << QByteArray("docker_test") << u"$.app"_s;
    QTest::newRow("long") << QByteArray(64, 'a') << QByteArray("docker_test") << u"$.app"_s;
    QTest::newRow("class dash") << QByteArray("ok") << QByteArray("-x") << u"$.plan_class.new.name"_s;
    QTest::newRow("class subst") << QByteArray("ok") << QByteArray("$(reboot)") << u"$.plan_class.new.name"_s;
}

void TestAppSpec::hostileNamesAreRefused()
{
    // Setup
    QFETCH(QByteArray, app);
    QFETCH(QByteArray, planClass);
    QFETCH(QString, path);
    QStringList errors;

    // Action
    const auto spec = parse(specJson(app, "{\"new\": {\"name\": \"" + planClass + "\"}}"), &errors);

    // Verify
    QVERIFY(!spec);
    QVERIFY2(errors.join(u'\n').contains(path + QStringLiteral(": ")), qPrintable(errors.join(u'\n')));
}

void TestAppSpec::badValuesAreRefusedWithTheirPath_data()
{
    QTest::addColumn<QByteArray>("planClass");
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown key") << QByteArray(R"({"new": {"name": "c", "gpus": 1}})") << QByteArray()
                                 << u"$.plan_class.new.gpus"_s;
    QTest::newRow("both") << QByteArray(R"({"new": {"name": "c"}, "existing": "d"})") << QByteArray()
                          << u"$.plan_class"_s;
    QTest::newRow("compose v3") << QByteArray(R"({"new": {"name": "c", "compose": "v3"}})") << QByteArray()
                                << u"$.plan_class.new.compose"_s;
    QTest::newRow("gpu type") << QByteArray(R"({"new": {"name": "c", "gpu_type": "intel", "ngpus": 1}})")
                              << QByteArray() << u"$.plan_class.new.gpu_type"_s;
    QTest::newRow("negative") << QByteArray(R"({"new": {"name": "c", "min_ncpus": -1}})") << QByteArray()
                              << u"$.plan_class.new.min_ncpus"_s;
    QTest::newRow("fraction") << QByteArray(R"({"new": {"name": "c", "max_threads": 1.5}})") << QByteArray()
                              << u"$.plan_class.new.max_threads"_s;
    QTest::newRow("comma in version")
        << QByteArray(
               R"({"new": {"name": "c", "gpu_type": "nvidia", "ngpus": 1, "driver_versions": ["4,5", 0]}})")
        << QByteArray() << u"$.plan_class.new.driver_versions[0]"_s;
    QTest::newRow("cuda on amd")
        << QByteArray(R"({"new": {"name": "c", "gpu_type": "amd", "ngpus": 1, "cuda_versions": [11, 0]}})")
        << QByteArray() << u"$.plan_class.new.cuda_versions"_s;
    QTest::newRow("gpu without type")
        << QByteArray(R"({"new": {"name": "c", "ngpus": 1}})") << QByteArray() << u"$.plan_class.new"_s;
    QTest::newRow("platform") << QByteArray(R"({"existing": "d"})") << QByteArray(R"(, "platforms": ["arm"])")
                              << u"$.platforms[0]"_s;
}

void TestAppSpec::badValuesAreRefusedWithTheirPath()
{
    // Setup
    QFETCH(QByteArray, planClass);
    QFETCH(QByteArray, extra);
    QFETCH(QString, path);
    QStringList errors;

    // Action
    const auto spec = parse(specJson("ok", planClass, extra), &errors);

    // Verify
    QVERIFY(!spec);
    QVERIFY2(errors.join(u'\n').contains(path + QStringLiteral(": ")), qPrintable(errors.join(u'\n')));
}

void TestAppSpec::commandHasOnlyRealFlags()
{
    // Setup
    const auto spec = parse(specJson("gpuapp", R"({"new": {"name": "docker_cuda", "compose": "v2",
        "gpu_type": "nvidia", "ngpus": 1, "min_gpu_ram_mb": 2048, "driver_versions": [470, 0],
        "cuda_versions": ["11.4", "12.2"], "min_ncpus": 2, "mem_usage_base_mb": 512}})"));
    QVERIFY(spec);

    // Action
    const QStringList a = AppCreatePlan::arguments(*spec);

    // Verify: each option is one of §1.4's, and the values are as boinc2docker splits them.
    const QStringList real = {u"--appname"_s,          u"--new_app"_s,        u"--bash_script_path"_s,
                              u"--plan_class_name"_s,  u"--plan_class_new"_s, u"--use_compose"_s,
                              u"--gpu_type"_s,         u"--ngpus"_s,          u"--min_gpu_ram_mb"_s,
                              u"--driver_versions"_s,  u"--cuda_versions"_s,  u"--min_ncpus"_s,
                              u"--mem_usage_base_mb"_s};
    QStringList options;
    for (const QString& w : a) {
        if (w.startsWith(u"--"_s))
            options << w;
    }
    QCOMPARE(options, real);
    QCOMPARE(a.at(a.indexOf(u"--driver_versions"_s) + 1), u"470,0"_s);
    QCOMPARE(a.at(a.indexOf(u"--cuda_versions"_s) + 1), u"11.4,12.2"_s);
    QCOMPARE(a.at(a.indexOf(u"--ngpus"_s) + 1), u"1"_s);
    QCOMPARE(a.at(a.indexOf(u"--bash_script_path"_s) + 1), u"/home/boincadm/project/bdm_new_app_gpuapp.sh"_s);
    QVERIFY(AppCreatePlan::commandLine(*spec).startsWith(
        u"'bin/boinc2docker_create_work' '--appname' 'gpuapp'"_s));
}

void TestAppSpec::gpuPlanClassXmlIsByteForByteBoinc2dockers()
{
    // Setup
    NewPlanClass n;
    n.name = u"docker_cuda"_s;
    n.compose = u"v2"_s;
    n.gpuType = u"nvidia"_s;
    n.ngpus = 0.5;
    n.minGpuRamMb = 2048;
    n.minDriverVersion = u"470"_s;
    n.minCudaVersion = u"11.4"_s;
    n.maxCudaVersion = u"12.2"_s;
    n.maxThreads = 4;
    n.memUsagePerCpuMb = 100;

    // Action / Verify: the layout of create_new_plan_class() in bin/boinc2docker_create_work.
    QCOMPARE(AppCreatePlan::planClassXml(n), u"     <plan_class>\n"
                                             "        <name>docker_cuda</name>\n"
                                             "        <cuda/>\n"
                                             "        <gpu_type>nvidia</gpu_type>\n"
                                             "        <ngpus>0.5</ngpus>\n"
                                             "        <min_gpu_ram_mb>2048</min_gpu_ram_mb>\n"
                                             "        <min_driver_version>470</min_driver_version>\n"
                                             "        <min_cuda_version>11.4</min_cuda_version>\n"
                                             "        <max_cuda_version>12.2</max_cuda_version>\n"
                                             "        <max_threads>4</max_threads>\n"
                                             "        <mem_usage_per_cpu_mb>100</mem_usage_per_cpu_mb>\n"
                                             "        <docker/>\n"
                                             "        <docker_compose_version>v2</docker_compose_version>\n"
                                             "     </plan_class>\n"_s);
}

void TestAppSpec::amdPlanClassKeepsTheMissingNewlineAfterCal()
{
    NewPlanClass n;
    n.name = u"docker_amd"_s;
    n.gpuType = u"amd"_s;
    n.ngpus = 1;
    QCOMPARE(AppCreatePlan::planClassXml(n), u"     <plan_class>\n"
                                             "        <name>docker_amd</name>\n"
                                             "        <cal/>        <gpu_type>amd</gpu_type>\n"
                                             "        <ngpus>1</ngpus>\n"
                                             "        <docker/>\n"
                                             "     </plan_class>\n"_s);
}

void TestAppSpec::scriptsQuoteTheProjectDirAndCheckTheAppDirFirst()
{
    // Setup
    auto spec = parse(specJson("app1", R"({"existing": "docker_test"})"));
    QVERIFY(spec);
    spec->target.projectDir = u"/srv/my project/"_s;

    // Action
    const QString create = AppCreatePlan::createScript(*spec);

    // Verify
    QVERIFY(create.startsWith(u"cd '/srv/my project' || exit 4\n"_s));
    QVERIFY(create.indexOf(u"[ -e 'apps/app1' ] && exit 3"_s) <
            create.indexOf(u"boinc2docker_create_work' "_s));
    QVERIFY(AppCreatePlan::verifyScript(*spec).contains(
        u"'apps/app1/1.0.0/windows_x86_64__docker_test/version.xml'"_s));
}

QTEST_GUILESS_MAIN(TestAppSpec)
#include "TestAppSpec.moc"
