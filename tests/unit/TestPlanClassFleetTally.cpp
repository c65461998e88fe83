// A project's plan classes counted over a fleet: recorded hosts (8.x Linux with Docker and an
// NVIDIA GPU, 8.x Linux with Podman, the same without an engine) against the project file of
// tests/data/readiness, with the scheduler's refusals named per host.
#include "TestData.h"
#include "boinc/LenientXml.h"
#include "boinc/ReplyParsers.h"
#include "readiness/PlanClassFleetTally.h"

#include <QFile>
#include <QtTest>

using namespace bdm::readiness;
using bdm::boinc::ClientVersion;

namespace {

PlanClassFleetTally::Host recorded(const QString& name, const QString& file, ClientVersion client)
{
    const auto doc = bdm::boinc::XmlDocument::parse(bdm::test::readReply(file));
    PlanClassFleetTally::Host h;
    h.name = name;
    h.host.host = bdm::boinc::parse::hostInfo(doc.root().child("boinc_gui_rpc_reply").child("host_info"));
    h.host.client = client;
    return h;
}

const PlanClassFleetCount* find(const QList<PlanClassFleetCount>& counts, const char* name)
{
    for (const PlanClassFleetCount& c : counts) {
        if (c.planClass == QLatin1String(name))
            return &c;
    }
    return nullptr;
}

} // namespace

class TestPlanClassFleetTally : public QObject
{
    Q_OBJECT

private slots:
    void dockerClassCountsTheHostsWithAnEngine()
    {
        // Setup
        QFile f(QStringLiteral(BDM_TEST_DATA_DIR "/readiness/plan_class_spec.xml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const PlanClassSpecFile file = PlanClassSpecFile::parse(f.readAll(), f.fileName());
        QVERIFY2(file.ok(), qPrintable(file.error));
        auto noEngine =
            recorded(QStringLiteral("bare"), QStringLiteral("boinc/host_info_8x_linux_podman.reply"),
                     ClientVersion{8, 2, 6});
        noEngine.host.host.dockerVersion.clear();
        const QList<PlanClassFleetTally::Host> hosts{
            recorded(QStringLiteral("gpu box"),
                     QStringLiteral("boinc/host_info_8x_linux_docker_nvidia.reply"), ClientVersion{8, 3, 0}),
            recorded(QStringLiteral("podman box"), QStringLiteral("boinc/host_info_8x_linux_podman.reply"),
                     ClientVersion{8, 2, 6}),
            noEngine};

        // Action
        const QList<PlanClassFleetCount> counts = PlanClassFleetTally::tally(file, hosts);

        // Verify: one entry per class in file order; "docker" on the two hosts with an engine,
        // and the third refused in the scheduler's words.
        QCOMPARE(counts.size(), file.classes.size());
        const PlanClassFleetCount* docker = find(counts, "docker");
        QVERIFY(docker);
        QCOMPARE(docker->judged, 3);
        QCOMPARE(docker->qualifying, 2);
        QCOMPARE(docker->qualifyingHosts,
                 (QStringList{QStringLiteral("gpu box"), QStringLiteral("podman box")}));
        QCOMPARE(docker->refusals.size(), 1);
        QVERIFY2(docker->refusals[0].startsWith(QStringLiteral("bare: ")), qPrintable(docker->refusals[0]));
        QVERIFY(docker->needs.contains(QStringLiteral("Docker")));
        const PlanClassFleetCount* cuda = find(counts, "docker_nvidia_cuda");
        QVERIFY(cuda);
        QVERIFY(!cuda->qualifyingHosts.contains(QStringLiteral("podman box"))); // it has no NVIDIA GPU
        QVERIFY(cuda->needs.contains(QStringLiteral("nvidia")));

        const bdm::boinc::Json json = PlanClassFleetTally::toJson(counts);
        QCOMPARE(json.size(), std::size_t(counts.size()));
        QCOMPARE(json[0]["plan_class"].get<std::string>(), counts[0].planClass.toStdString());
        QCOMPARE(json[0]["judged"].get<int>(), 3);
    }

    void noHostsMeansNothingJudged()
    {
        PlanClassSpecFile file = PlanClassSpecFile::parse(
            "<plan_classes><plan_class><name>x</name><docker/></plan_class></plan_classes>",
            QStringLiteral("inline"));
        const QList<PlanClassFleetCount> counts = PlanClassFleetTally::tally(file, {});
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts[0].judged, 0);
        QCOMPARE(counts[0].qualifying, 0);
    }
};

QTEST_GUILESS_MAIN(TestPlanClassFleetTally)
#include "TestPlanClassFleetTally.moc"
