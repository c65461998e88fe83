// NVIDIA facts on a machine without an NVIDIA GPU (this one): NVML and libcuda are not found,
// cleanly; recorded nvidia-smi outputs for what cannot happen here; and a whole LocalProbe run.
#include "TestData.h"
#include "readiness/LocalProbe.h"
#include "readiness/NvidiaLibraries.h"
#include "readiness/NvidiaSmi.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace bdm;
using namespace bdm::readiness;

class TestReadinessNvidia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smiWithOneAndTwoGpus()
    {
        const NvidiaSmiFacts one =
            NvidiaSmi::parse(test::readTestData(QStringLiteral("readiness/nvidia-smi/one_gpu.csv")), 0);
        QVERIFY(one.error.isEmpty());
        QCOMPARE(one.driverVersion, QStringLiteral("550.54.14"));
        QCOMPARE(one.gpus.size(), 1);
        QCOMPARE(one.gpus.at(0).name, QStringLiteral("NVIDIA GeForce RTX 3080"));
        QCOMPARE(one.gpus.at(0).memoryBytes, Q_INT64_C(10240) << 20);
        QCOMPARE(one.gpus.at(0).uuid, QStringLiteral("GPU-ae6a2fcf-6bd2-2c4a-7b1e-5b0a3c1e9d42"));
        const NvidiaSmiFacts two =
            NvidiaSmi::parse(test::readTestData(QStringLiteral("readiness/nvidia-smi/two_gpus.csv")), 0);
        QCOMPARE(two.gpus.size(), 2);
        QCOMPARE(two.gpus.at(1).index, 1);
        QCOMPARE(two.driverVersion, QStringLiteral("535.161.08"));
    }

    void smiFailureTextBecomesTheError()
    {
        const NvidiaSmiFacts f =
            NvidiaSmi::parse(test::readTestData(QStringLiteral("readiness/nvidia-smi/failed.txt")), 9);
        QVERIFY(f.gpus.isEmpty());
        QVERIFY(f.error.startsWith(QLatin1String("NVIDIA-SMI has failed")));
        QVERIFY(NvidiaSmi::parse({}, 6).error.contains(QLatin1String("6")));
        QVERIFY(NvidiaSmi::arguments().contains(QStringLiteral("--format=csv,noheader,nounits")));
    }

    void librariesAreNotFoundHereAndSaySo()
    {
        // On a worker thread, as LocalProbe calls it.
        NvidiaLibraryFacts facts;
        QThread* worker = QThread::create([&facts] { facts = NvidiaLibraries::probe(); });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY(!facts.nvmlLoaded);
        QVERIFY2(facts.nvmlError.contains(QLatin1String("libnvidia-ml.so.1")), qPrintable(facts.nvmlError));
        QVERIFY(!facts.cudaLoaded);
        QVERIFY2(facts.cudaError.contains(QLatin1String("libcuda.so.1")), qPrintable(facts.cudaError));
        QVERIFY(facts.gpus.isEmpty());
        QCOMPARE(facts.cudaDevices, 0);
    }

    void aLibraryWithoutTheEntryPointsIsRefused()
    {
        // libz loads fine but is not NVML: no crash, a clear reason.
        const NvidiaLibraryFacts facts =
            NvidiaLibraries::probe(QStringLiteral("libz.so.1"), QStringLiteral("libz.so.1"));
        QVERIFY(!facts.nvmlLoaded);
        QVERIFY2(facts.nvmlError.contains(QLatin1String("nvmlInit_v2")), qPrintable(facts.nvmlError));
        QVERIFY(!facts.cudaLoaded);
        QVERIFY(facts.cudaError.contains(QLatin1String("cuInit")));
    }

    void cudaVersionText()
    {
        QCOMPARE(NvidiaLibraries::cudaVersionText(12040), QStringLiteral("12.4"));
        QCOMPARE(NvidiaLibraries::cudaVersionText(11080), QStringLiteral("11.8"));
        QVERIFY(NvidiaLibraries::cudaVersionText(0).isEmpty());
    }

    void localProbeRunsForRealWithinItsBound()
    {
        LocalProbeOptions options;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        options.environment = env;
        options.diskPaths = {QStringLiteral("/tmp")};
        LocalProbe probe;
        LocalFacts facts;
        bool done = false;
        QElapsedTimer timer;
        timer.start();
        probe.run(options, this, [&](const LocalFacts& f) {
            facts = f;
            done = true;
        });
        QVERIFY(!done);
        QTRY_VERIFY_WITH_TIMEOUT(done, options.programTimeoutMs + 10000);
        QVERIFY(timer.elapsed() < options.programTimeoutMs + 6000);
        QVERIFY(facts.examined);
        QVERIFY(!facts.filesTimedOut);
        QVERIFY(!facts.programs.podmanVersion.isEmpty());
        QVERIFY(facts.programs.dockerVersion.startsWith(QLatin1String("20.10.")));
        QVERIFY(!facts.nvidia.nvmlLoaded);
        QVERIFY(facts.nvidiaGpus().isEmpty());
        QVERIFY(facts.resources.cpus > 0);
        QCOMPARE(facts.resources.disks.size(), 1);
        QVERIFY(facts.serviceUser.exists); // Debian's boinc-client package made the user
    }

    void anAbandonedProbeNeverAnswers()
    {
        bool called = false;
        {
            LocalProbe probe;
            LocalProbeOptions options;
            options.environment = QProcessEnvironment();
            probe.run(options, this, [&](const LocalFacts&) { called = true; });
        }
        QTest::qWait(1500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestReadinessNvidia)
#include "TestReadinessNvidia.moc"
