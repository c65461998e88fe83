// Reading plan_class_spec.xml: a realistic project file, the scheduler's lenient value rules
// (trimming, flags, numbers), unknown and repeated elements, and files that are broken, partial
// or not plan class files at all. Also the numbers the scheduler derives from host strings.
#include "TestData.h"
#include "boinc/HostInfo.h"
#include "readiness/PlanClassSpecFile.h"
#include "readiness/SchedulerNumbers.h"

#include <QtTest>

using namespace bdm::readiness;

namespace {

PlanClassSpecFile parseText(const char* xml)
{
    return PlanClassSpecFile::parse(QByteArray(xml), QStringLiteral("test.xml"));
}

bool anyContains(const QStringList& list, const QString& part)
{
    for (const QString& s : list) {
        if (s.contains(part))
            return true;
    }
    return false;
}

} // namespace

class TestPlanClassSpec : public QObject
{
    Q_OBJECT

private slots:
    void project_file_reads_every_class_with_its_values()
    {
        const PlanClassSpecFile f = PlanClassSpecFile::parse(
            bdm::test::readTestData(QStringLiteral("readiness/plan_class_spec.xml")), QStringLiteral("spec"));
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY2(f.warnings.isEmpty(), qPrintable(f.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(f.classes.size(), 16);
        QCOMPARE(f.classes.first().name, QStringLiteral("docker"));
        QVERIFY(f.classes.first().docker);
        QCOMPARE(f.classes.first().line, 6);

        const PlanClassSpec* gpu = f.find(QStringLiteral("docker_nvidia_cuda"));
        QVERIFY(gpu);
        QVERIFY(gpu->docker && gpu->cuda && !gpu->opencl);
        QCOMPARE(gpu->gpuType, QStringLiteral("nvidia"));
        QCOMPARE(gpu->minBoincWslDistroVersion, 6);
        QCOMPARE(gpu->minCudaVersion, 11080);
        QCOMPARE(gpu->minGpuRamMb, 4096.0);
        QCOMPARE(gpu->cpuFrac, 0.5);

        const PlanClassSpec* padded = f.find(QStringLiteral("cuda118")); // "   cuda118   " in the file
        QVERIFY(padded);
        QCOMPARE(padded->gpuType, QStringLiteral("nvidia"));
        QCOMPARE(padded->minCudaVersion, 11080);
        QCOMPARE(padded->maxNvidiaCompcap, 900);

        const PlanClassSpec* vbox = f.find(QStringLiteral("vbox64"));
        QVERIFY(vbox && vbox->virtualbox && vbox->is64bit);
        QCOMPARE(vbox->excludeVboxVersions, (QList<int>{70010, 70012}));
        const PlanClassSpec* avx = f.find(QStringLiteral("avx2"));
        QCOMPARE(avx->cpuFeatures, (QStringList{QStringLiteral("avx2"), QStringLiteral("fma")}));
        QCOMPARE(f.find(QStringLiteral("mt"))->memUsagePerCpuMb, 512.0);
        QCOMPARE(f.find(QStringLiteral("mt"))->maxThreads, 64);
        QVERIFY(f.find(QStringLiteral("mt"))->nthreadsCmdline);
        QCOMPARE(f.find(QStringLiteral("avx512_linux"))->osRegex,
                 QStringLiteral("libc 2\\.(3[1-9]|[4-9][0-9])"));
        QCOMPARE(f.find(QStringLiteral("beta_testers"))->infeasibleRandom, 0.25);
        QCOMPARE(f.find(QStringLiteral("beta_testers"))->minBatch, qint64(100));
        QVERIFY(!f.find(QStringLiteral("no_such_class")));
    }

    void defaults_are_the_schedulers()
    {
        const PlanClassSpecFile f =
            parseText("<plan_classes><plan_class><name>x</name></plan_class></plan_classes>");
        QVERIFY(f.ok());
        const PlanClassSpec& s = f.classes.first();
        QCOMPARE(s.maxThreads, 1);
        QCOMPARE(s.cpuFrac, 0.1);
        QCOMPARE(s.ngpus, 1.0);
        QCOMPARE(s.projectedFlopsScale, 1.0);
        QVERIFY(!s.docker && !s.wsl && !s.virtualbox);
    }

    void flags_read_as_the_scheduler_reads_them_data()
    {
        QTest::addColumn<QByteArray>("element");
        QTest::addColumn<bool>("expected");
        QTest::newRow("empty element") << QByteArray("<cuda/>") << true;
        QTest::newRow("one") << QByteArray("<cuda>1</cuda>") << true;
        QTest::newRow("zero") << QByteArray("<cuda>0</cuda>") << false;
        QTest::newRow("padded zero") << QByteArray("<cuda> 0 </cuda>") << false;
        QTest::newRow("open and close") << QByteArray("<cuda></cuda>") << true;
    }
    void flags_read_as_the_scheduler_reads_them()
    {
        QFETCH(QByteArray, element);
        QFETCH(bool, expected);
        const PlanClassSpecFile f = PlanClassSpecFile::parse(
            "<plan_classes><plan_class><name>x</name>" + element + "</plan_class></plan_classes>", {});
        QVERIFY(f.ok());
        QCOMPARE(f.classes.first().cuda, expected);
    }

    void unknown_elements_are_skipped_with_a_warning_naming_them()
    {
        const PlanClassSpecFile f =
            parseText("<plan_classes>\n<plan_class>\n<name>cuda</name>\n"
                      "<min_cuda_verison>11000</min_cuda_verison>\n"
                      "<gpu_type>nvidia</gpu_type>\n</plan_class>\n</plan_classes>\n");
        QVERIFY(f.ok());
        QCOMPARE(f.classes.first().minCudaVersion, 0);
        QCOMPARE(f.classes.first().gpuType, QStringLiteral("nvidia"));
        QCOMPARE(f.warnings.size(), 1);
        QVERIFY2(f.warnings.first().contains(QLatin1String("line 4")), qPrintable(f.warnings.first()));
        QVERIFY(f.warnings.first().contains(QLatin1String("<min_cuda_verison>")));
        QVERIFY(f.warnings.first().contains(QLatin1String("'cuda'")));
    }

    void a_value_that_is_not_a_number_keeps_the_default()
    {
        const PlanClassSpecFile f =
            parseText("<plan_classes><plan_class><name>mt</name><max_threads>many</max_threads>"
                      "<min_ncpus>2.5</min_ncpus></plan_class></plan_classes>");
        QVERIFY(f.ok());
        QCOMPARE(f.classes.first().maxThreads, 1);
        QCOMPARE(f.classes.first().minNcpus, 2.5);
        QVERIFY(anyContains(f.warnings, QStringLiteral("'many' is not a number")));
    }

    void a_repeated_name_warns_and_the_first_wins()
    {
        const PlanClassSpecFile f =
            parseText("<plan_classes><plan_class><name>a</name><min_ncpus>2</min_ncpus>"
                      "</plan_class><plan_class><name>a</name><min_ncpus>8</min_ncpus>"
                      "</plan_class></plan_classes>");
        QCOMPARE(f.classes.size(), 2);
        QCOMPARE(f.find(QStringLiteral("a"))->minNcpus, 2.0);
        QVERIFY(anyContains(f.warnings, QStringLiteral("defined again")));
    }

    void a_bad_regex_is_kept_and_reported_as_fatal_for_the_scheduler()
    {
        const PlanClassSpecFile f = parseText(
            "<plan_classes><plan_class><name>r</name><os_regex>([a-z</os_regex></plan_class></plan_classes>");
        QVERIFY(f.ok());
        QCOMPARE(f.classes.first().badRegex, QStringLiteral("<os_regex>([a-z</os_regex>"));
        QVERIFY(anyContains(f.warnings, QStringLiteral("refuses to load this file")));
    }

    void files_that_cannot_be_used_say_why_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("is empty");
        QTest::newRow("blank") << QByteArray(" \n\t\n") << QStringLiteral("is empty");
        QTest::newRow("plain text") << QByteArray("Not found, sorry") << QStringLiteral("is not XML");
        QTest::newRow("json") << QByteArray("{\"plan_classes\": []}") << QStringLiteral("is not XML");
        QTest::newRow("html page") << QByteArray("<html><body><h1>Welcome</h1></body></html>")
                                   << QStringLiteral("root element is <html>");
        QTest::newRow("no classes") << QByteArray("<plan_classes>\n</plan_classes>")
                                    << QStringLiteral("no <plan_class>");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff<\x03", 6) << QStringLiteral("is not XML");
    }
    void files_that_cannot_be_used_say_why()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, error);
        const PlanClassSpecFile f = PlanClassSpecFile::parse(xml, QStringLiteral("spec.xml"));
        QVERIFY(!f.ok());
        QVERIFY2(f.error.contains(error), qPrintable(f.error));
        QVERIFY(f.error.contains(QLatin1String("spec.xml")));
    }

    void not_well_formed_files_are_read_tag_by_tag_with_the_line_of_the_fault_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("className");
        // The slip BOINC's own sample file has: an end tag written as a start tag.
        QTest::newRow("unclosed tag")
            << QByteArray("<plan_classes>\n<plan_class>\n<name>ocl</name>\n<opencl/>\n"
                          "<min_opencl_version> 101 <min_opencl_version>\n"
                          "</plan_class>\n</plan_classes>\n")
            << QStringLiteral("line ") << QStringLiteral("ocl");
        QTest::newRow("stray end tag")
            << QByteArray("<plan_classes>\n<plan_class>\n<name>x</name>\n</docker>\n"
                          "<docker/>\n</plan_class>\n</plan_classes>\n")
            << QStringLiteral("line 4") << QStringLiteral("x");
        QTest::newRow("cut off") << QByteArray(
                                        "<plan_classes>\n<plan_class>\n<name>docker</name>\n<docker/>\n"
                                        "</plan_class>\n<plan_class>\n<name>wsl</name>\n<ws")
                                 << QStringLiteral("line ") << QStringLiteral("docker");
    }
    void not_well_formed_files_are_read_tag_by_tag_with_the_line_of_the_fault()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, line);
        QFETCH(QString, className);
        const PlanClassSpecFile f = PlanClassSpecFile::parse(xml, QStringLiteral("spec.xml"));
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY(!f.warnings.isEmpty());
        QVERIFY2(f.warnings.first().contains(QLatin1String("not well-formed")),
                 qPrintable(f.warnings.first()));
        QVERIFY2(f.warnings.first().contains(line), qPrintable(f.warnings.first()));
        QVERIFY(f.find(className));
    }

    void the_field_after_a_broken_one_is_still_read()
    {
        const PlanClassSpecFile f =
            parseText("<plan_classes><plan_class><name>ocl</name><opencl/>"
                      "<min_opencl_version> 101 <min_opencl_version>"
                      "<min_gpu_ram_mb>512</min_gpu_ram_mb></plan_class></plan_classes>");
        QVERIFY(f.ok());
        const PlanClassSpec* s = f.find(QStringLiteral("ocl"));
        QVERIFY(s);
        QVERIFY(s->opencl);
        QCOMPARE(s->minOpenclVersion, 0);
        QCOMPARE(s->minGpuRamMb, 512.0);
    }

    void a_raw_ampersand_in_a_value_is_kept()
    {
        const PlanClassSpecFile f =
            parseText("<plan_classes><plan_class><name>a&b</name>"
                      "<os_regex>Linux & more</os_regex></plan_class></plan_classes>");
        QVERIFY(f.ok());
        QVERIFY(f.find(QStringLiteral("a&b")));
        QCOMPARE(f.classes.first().osRegex, QStringLiteral("Linux & more"));
    }

    void scheduler_numbers_come_from_host_strings_data()
    {
        QTest::addColumn<QString>("osName");
        QTest::addColumn<QString>("osVersion");
        QTest::addColumn<double>("osNumber");
        QTest::addColumn<int>("libc");
        QTest::newRow("debian") << QStringLiteral("Linux Debian")
                                << QStringLiteral("Debian GNU/Linux 12 (bookworm) [6.1.0-18-amd64|libc 2.36]")
                                << 60100.0 << 236;
        QTest::newRow("bare kernel") << QStringLiteral("Linux") << QStringLiteral("4.9.0-8-amd64") << 40900.0
                                     << 0;
        QTest::newRow("windows") << QStringLiteral("Microsoft Windows 11")
                                 << QStringLiteral("Professional x64 Edition, (10.00.26100.00)")
                                 << 1002610000.0 << 0;
        QTest::newRow("macos") << QStringLiteral("Darwin") << QStringLiteral("24.3.0") << 240300.0 << 0;
        QTest::newRow("unreadable") << QStringLiteral("Linux") << QStringLiteral("rolling") << 0.0 << 0;
    }
    void scheduler_numbers_come_from_host_strings()
    {
        QFETCH(QString, osName);
        QFETCH(QString, osVersion);
        QFETCH(double, osNumber);
        QFETCH(int, libc);
        bdm::boinc::HostInfo h;
        h.osName = osName;
        h.osVersion = osVersion;
        QCOMPARE(scheduler::osVersionNumber(h), osNumber);
        QCOMPARE(scheduler::libcVersion(osVersion), libc);
    }

    void opencl_and_vbox_versions_read_like_the_scheduler()
    {
        QCOMPARE(scheduler::openClVersion(QStringLiteral("OpenCL 3.0 CUDA")), 300);
        QCOMPARE(scheduler::openClVersion(QStringLiteral("OpenCL C 1.2")), 0);
        QCOMPARE(scheduler::openClDriverRevision(QStringLiteral("OpenCL 1.2 AMD-APP (1800.8)")), 180080);
        QCOMPARE(scheduler::openClDriverRevision(QStringLiteral("OpenCL 3.0 CUDA")), 0);
        QCOMPARE(scheduler::vboxVersion(QStringLiteral("7.0.14 (unusable - Podman/Docker present)")), 70014);
        QCOMPARE(scheduler::vboxVersion(QStringLiteral("7.0")), 0);
        QCOMPARE(scheduler::androidVersion(QStringLiteral("3.4.0 (Android 4.3)")), 40300);
        QCOMPARE(scheduler::calVersion(QStringLiteral("1.4.1848")), 10041848);
    }
};

QTEST_GUILESS_MAIN(TestPlanClassSpec)
#include "TestPlanClassSpec.moc"
