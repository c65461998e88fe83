// CDI spec files as nvidia-ctk writes them (YAML), a JSON spec, broken ones, the spec
// directories (including /var/run being /run), and stale specs against the GPUs the driver sees.
#include "TestData.h"
#include "readiness/CdiSpec.h"
#include "readiness/GpuChecks.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bdm;
using namespace bdm::readiness;

namespace {

QByteArray spec(const char* name)
{
    return test::readTestData(QStringLiteral("readiness/cdi/") + QLatin1String(name));
}

void put(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

NvidiaGpu gpu(int index, const char* uuid)
{
    return NvidiaGpu{index, QStringLiteral("NVIDIA A100-SXM4-40GB"), Q_INT64_C(40960) << 20,
                     QString::fromLatin1(uuid)};
}

} // namespace

class TestReadinessCdi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nvidiaYamlNamesIndexUuidAndAll()
    {
        const CdiSpec s = CdiSpec::parse(QStringLiteral("/etc/cdi/nvidia.yaml"), spec("nvidia.yaml"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY(s.isNvidiaGpu());
        QCOMPARE(s.devices,
                 QStringList({QStringLiteral("0"), QStringLiteral("GPU-ae6a2fcf-6bd2-2c4a-7b1e-5b0a3c1e9d42"),
                              QStringLiteral("all")}));
        QCOMPARE(s.qualifiedNames().constLast(), QStringLiteral("nvidia.com/gpu=all"));
        QCOMPARE(s.indexedDevices(), 1);
    }

    void jsonSpecIsReadToo()
    {
        const CdiSpec s = CdiSpec::parse(QStringLiteral("/etc/cdi/amd.json"), spec("amd.json"));
        QVERIFY(s.error.isEmpty());
        QCOMPARE(s.kind, QStringLiteral("amd.com/gpu"));
        QCOMPARE(s.qualifiedNames(),
                 QStringList({QStringLiteral("amd.com/gpu=0"), QStringLiteral("amd.com/gpu=all")}));
        QVERIFY(!s.isNvidiaGpu());
    }

    void brokenSpecsSayWhy_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("truncated json") << spec("broken.json") << QStringLiteral("not valid JSON");
        QTest::newRow("no kind") << spec("not-a-spec.yaml") << QStringLiteral("no kind");
        QTest::newRow("no devices") << QByteArray("cdiVersion: 0.5.0\nkind: nvidia.com/gpu\ndevices: []\n")
                                    << QStringLiteral("no devices");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("no kind");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << QStringLiteral("no kind");
    }
    void brokenSpecsSayWhy()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const CdiSpec s = CdiSpec::parse(QStringLiteral("/etc/cdi/x"), text);
        QVERIFY2(s.error.contains(error), qPrintable(s.error));
    }

    void quotedKindAndIndentedDevicesList()
    {
        const QByteArray yaml = "kind: \"nvidia.com/gpu\"\n"
                                "devices:\n"
                                "  - name: '1'\n"
                                "    containerEdits:\n"
                                "      deviceNodes:\n"
                                "        - path: /dev/nvidia1\n"
                                "          name: not-a-device\n"
                                "  - name: all # everything\n"
                                "cdiVersion: 0.6.0\n"
                                "name: not-a-device-either\n";
        const CdiSpec s = CdiSpec::parse(QStringLiteral("/x.yaml"), yaml);
        QCOMPARE(s.kind, QStringLiteral("nvidia.com/gpu"));
        QCOMPARE(s.devices, QStringList({QStringLiteral("1"), QStringLiteral("all")}));
    }

    void scanReadsEveryDirectoryOnceAndOnlySpecFiles()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        put(root + QStringLiteral("/etc/cdi/nvidia.yaml"), spec("nvidia.yaml"));
        put(root + QStringLiteral("/etc/cdi/README"), "not a spec");
        put(root + QStringLiteral("/run/cdi/amd.json"), spec("amd.json"));
        put(root + QStringLiteral("/run/cdi/broken.json"), spec("broken.json"));
        QDir().mkpath(root + QStringLiteral("/var"));
        QVERIFY(QFile::link(root + QStringLiteral("/run"), root + QStringLiteral("/var/run")));
        const QList<CdiSpec> specs = CdiSpec::scan(SystemRoot(root), CdiSpec::defaultDirectories());
        QCOMPARE(specs.size(), 3);
        QCOMPARE(specs.at(0).path, QStringLiteral("/etc/cdi/nvidia.yaml"));
        QCOMPARE(specs.at(1).path, QStringLiteral("/var/run/cdi/amd.json"));
        QVERIFY(!specs.at(2).error.isEmpty());
        QVERIFY(CdiSpec::scan(SystemRoot(root + QStringLiteral("/nothing")), CdiSpec::defaultDirectories())
                    .isEmpty());
    }

    void specListingFewerGpusThanTheDriverIsStale()
    {
        LocalFacts f;
        f.cdiSpecs << CdiSpec::parse(QStringLiteral("/etc/cdi/nvidia.yaml"), spec("nvidia.yaml"));
        f.nvidia.gpus << gpu(0, "GPU-ae6a2fcf-6bd2-2c4a-7b1e-5b0a3c1e9d42");
        QVERIFY(GpuChecks::staleSpecs(f).isEmpty());
        f.nvidia.gpus << gpu(1, "GPU-9b4c7e21-5a3d-4f86-b0e2-7c1d6a5f3e09"); // a second card since
        QCOMPARE(GpuChecks::staleSpecs(f).size(), 1);
    }

    void specNamingAnotherCardsUuidIsStale()
    {
        LocalFacts f;
        f.cdiSpecs << CdiSpec::parse(QStringLiteral("/etc/cdi/nvidia.yaml"), spec("nvidia.yaml"));
        f.nvidia.gpus << gpu(0, "GPU-1d8e2a3b-0c7f-4e52-9a6d-3f2b1c0e8a71"); // the card was swapped
        QCOMPARE(GpuChecks::staleSpecs(f).size(), 1);
        f.nvidia.gpus.clear(); // no driver: nothing to compare with
        QVERIFY(GpuChecks::staleSpecs(f).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReadinessCdi)
#include "TestReadinessCdi.moc"
