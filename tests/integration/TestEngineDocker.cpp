// The engine client, its CLI fallback and the engine commands against a real dockerd 20.10
// (the lab's private engine): BOINC-named containers in every state, a busy loop's CPU % next
// to `docker stats`, logs on both streams, events, image export, the lab BOINC client's own
// containers, and dockerd killed (a clear error) and restarted (events and lists resume).
#include "LabBoincClient.h"
#include "LabDockerEngine.h"
#include "LabTools.h"
#include "engine/ContainerMonitor.h"
#include "engine/ContainerSnapshot.h"
#include "engine/CurlWorker.h"
#include "engine/EndpointDiscovery.h"
#include "engine/EngineCli.h"
#include "engine/EngineClient.h"
#include "engine/EventStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace bdm::engine;
using bdm::lab::LabBoincClient;
using bdm::lab::LabDockerEngine;

namespace {

const QString busybox = QStringLiteral("local/busybox:1");

template <class T> struct Waiter
{
    EngineResult<T> result;
    bool done = false;
    ContainerEngine::Handler<T> handler()
    {
        return [this](const EngineResult<T>& r) {
            result = r;
            done = true;
        };
    }
    EngineResult<T> wait(int ms = 30000)
    {
        if (!QTest::qWaitFor([this] { return done; }, ms))
            result.error = EngineError::make(EngineError::Timeout, QStringLiteral("test waited in vain"));
        return result;
    }
};

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QJsonObject byName(const QJsonArray& containers, const QString& name)
{
    for (const QJsonValue& v : containers) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestEngineDocker : public QObject
{
    Q_OBJECT

    // Declared first: outlives the client and the lab BOINC client that talk to it.
    LabDockerEngine m_engine;
    CurlWorker m_transport;
    std::unique_ptr<EngineClient> m_client;

    void docker(const QStringList& args, int expectedExit = 0)
    {
        int exitCode = -1;
        m_engine.docker(args, &exitCode);
        if (exitCode != expectedExit)
            QFAIL(qPrintable(QStringLiteral("docker %1: exit %2: %3")
                                 .arg(args.join(QLatin1Char(' ')))
                                 .arg(exitCode)
                                 .arg(m_engine.lastStandardError())));
    }
    void runDetached(const QString& name, const QStringList& command, const QStringList& extra = {})
    {
        docker(QStringList{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"),
                           QStringLiteral("none"), QStringLiteral("--name"), name} +
               extra + QStringList{busybox} + command);
    }
    CliRun cli(const QStringList& args)
    {
        bdm::lab::RunOptions options;
        options.environment = m_engine.environment();
        options.timeoutMs = 60000;
        const bdm::lab::RunResult r = bdm::lab::runProcess(QStringLiteral(BDM_CLI_PATH), args, options);
        return CliRun{r.exitCode, r.standardOutput, r.standardError};
    }
    QStringList engineArgs() const { return {QStringLiteral("--engine"), m_engine.endpoint()}; }

private slots:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        if (!m_engine.start())
            QFAIL(qPrintable(m_engine.errorString()));
        runDetached(QStringLiteral("boinc__lab__sleeper"), {QStringLiteral("sleep"), QStringLiteral("600")});
        runDetached(QStringLiteral("boinc__lab__busy"),
                    {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
        runDetached(QStringLiteral("boinc__lab__paused"), {QStringLiteral("sleep"), QStringLiteral("600")});
        docker({QStringLiteral("pause"), QStringLiteral("boinc__lab__paused")});
        docker({QStringLiteral("run"), QStringLiteral("--network"), QStringLiteral("none"),
                QStringLiteral("--name"), QStringLiteral("boinc__lab__exited"), busybox, QStringLiteral("sh"),
                QStringLiteral("-c"), QStringLiteral("echo to-stdout; echo to-stderr >&2; exit 3")},
               3);
        docker({QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"),
                QStringLiteral("--name"), QStringLiteral("boinc__lab__created"), busybox,
                QStringLiteral("true")});
        runDetached(QStringLiteral("boinc__lab__tty"),
                    {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo tty-line; sleep 600")},
                    {QStringLiteral("-t")});
        runDetached(QStringLiteral("not-boinc"), {QStringLiteral("sleep"), QStringLiteral("600")});
        m_client =
            std::make_unique<EngineClient>(m_transport, EngineEndpoint::unixSocket(m_engine.socketPath()));
        qInfo("lab engine with 7 containers after %lld ms", timer.elapsed());
    }

    void pingVersionAndInfoIdentifyDocker()
    {
        Waiter<PingReply> ping;
        m_client->ping(this, ping.handler());
        QVERIFY(ping.wait().ok());
        QCOMPARE(ping.result.value.type, EngineType::Docker);
        Waiter<EngineVersion> version;
        m_client->version(this, version.handler());
        QVERIFY2(version.wait().ok(), qPrintable(version.result.error.message));
        QCOMPARE(version.result.value.type, EngineType::Docker);
        QVERIFY(version.result.value.version.startsWith(QStringLiteral("20.10")));
        QCOMPARE(m_client->apiVersion(), QStringLiteral("1.41"));
        Waiter<EngineInfo> info;
        m_client->info(this, info.handler());
        QVERIFY(info.wait().ok());
        QVERIFY(info.result.value.hasRuntime(QStringLiteral("runc")));
        QVERIFY(!info.result.value.hasNvidiaRuntime());
        QVERIFY(!info.result.value.cgroupVersion.isEmpty());
        QCOMPARE(info.result.value.containersPaused, 1);
    }

    void boincFilterListsEveryStateAndNothingElse()
    {
        ContainerFilter filter;
        filter.namePrefix = ContainerFilter::boincPrefix();
        Waiter<QList<ContainerSummary>> list;
        m_client->listContainers(filter, this, list.handler());
        QVERIFY(list.wait().ok());
        QMap<QString, QString> states;
        for (const ContainerSummary& c : list.result.value)
            states.insert(c.name, c.state);
        QCOMPARE(states,
                 (QMap<QString, QString>{{QStringLiteral("boinc__lab__busy"), QStringLiteral("running")},
                                         {QStringLiteral("boinc__lab__created"), QStringLiteral("created")},
                                         {QStringLiteral("boinc__lab__exited"), QStringLiteral("exited")},
                                         {QStringLiteral("boinc__lab__paused"), QStringLiteral("paused")},
                                         {QStringLiteral("boinc__lab__sleeper"), QStringLiteral("running")},
                                         {QStringLiteral("boinc__lab__tty"), QStringLiteral("running")}}));
        Waiter<QList<ContainerSummary>> all;
        m_client->listContainers({}, this, all.handler());
        QCOMPARE(all.wait().value.size(), 7);
    }

    void inspectGivesExitCodeStartTimeAndTty()
    {
        Waiter<ContainerDetails> exited;
        m_client->inspectContainer(QStringLiteral("boinc__lab__exited"), this, exited.handler());
        QVERIFY(exited.wait().ok());
        QCOMPARE(exited.result.value.state.status, QStringLiteral("exited"));
        QCOMPARE(exited.result.value.state.exitCode, 3);
        Waiter<ContainerDetails> tty;
        m_client->inspectContainer(QStringLiteral("boinc__lab__tty"), this, tty.handler());
        QVERIFY(tty.wait().ok());
        QVERIFY(tty.result.value.tty);
        QVERIFY(tty.result.value.state.hasStarted());
        QVERIFY(QDateTime::fromString(tty.result.value.state.startedAt, Qt::ISODateWithMs).isValid());
        Waiter<ContainerDetails> missing;
        m_client->inspectContainer(QStringLiteral("boinc__lab__nosuch"), this, missing.handler());
        QVERIFY(missing.wait().error.notFound());
        QVERIFY(missing.result.error.message.contains(QStringLiteral("No such container")));
    }

    void busyLoopShowsHighCpuAsDockerStatsDoes()
    {
        ContainerSnapshot snapshot(*m_client);
        ContainerFilter filter;
        filter.namePrefix = ContainerFilter::boincPrefix();
        EngineResult<QList<ContainerSnapshot::Entry>> result;
        bool done = false;
        snapshot.take(filter, this, [&](const EngineResult<QList<ContainerSnapshot::Entry>>& r) {
            result = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QVERIFY(result.ok());
        QHash<QString, ContainerSnapshot::Entry> entries;
        for (const ContainerSnapshot::Entry& e : result.value)
            entries.insert(e.summary.name, e);
        const StatsSample busy = *entries.value(QStringLiteral("boinc__lab__busy")).stats;
        const StatsSample sleeper = *entries.value(QStringLiteral("boinc__lab__sleeper")).stats;
        QVERIFY(!entries.value(QStringLiteral("boinc__lab__paused")).stats); // not running: not sampled
        qInfo("ours: busy %.1f%%, sleeper %.2f%%, sleeper memory %llu", *busy.cpuPercent, *sleeper.cpuPercent,
              static_cast<unsigned long long>(sleeper.memoryBytes));
        QVERIFY2(*busy.cpuPercent > 50, qPrintable(QString::number(*busy.cpuPercent)));
        QVERIFY(*sleeper.cpuPercent < 10);

        // docker stats on the same engine, now.
        const QString line = m_engine.docker({QStringLiteral("stats"), QStringLiteral("--no-stream"),
                                              QStringLiteral("--format"),
                                              QStringLiteral("{{.Name}} {{.CPUPerc}} {{.MemUsage}}")});
        QMap<QString, QStringList> reference;
        for (const QString& l : line.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            reference.insert(l.section(QLatin1Char(' '), 0, 0), l.split(QLatin1Char(' ')));
        const double dockerBusy =
            reference.value(QStringLiteral("boinc__lab__busy")).value(1).chopped(1).toDouble();
        qInfo("docker stats: busy %.1f%%; %s", dockerBusy, qPrintable(line.simplified()));
        QVERIFY(dockerBusy > 50);
        QVERIFY2(std::abs(dockerBusy - *busy.cpuPercent) < 40, "same loop, same engine: close figures");
        // Memory: docker prints e.g. "320KiB"; same formula, so within rounding and drift.
        const QString mem = reference.value(QStringLiteral("boinc__lab__sleeper")).value(2);
        const double dockerMem =
            mem.chopped(3).toDouble() * (mem.endsWith(QLatin1String("MiB")) ? 1048576.0 : 1024.0);
        QVERIFY2(std::abs(dockerMem - double(sleeper.memoryBytes)) <= std::max(65536.0, dockerMem * 0.1),
                 qPrintable(QStringLiteral("%1 vs %2").arg(mem).arg(sleeper.memoryBytes)));

        // A paused container reads as 0 % (its counters do not move).
        StatsSampler sampler(*m_client);
        StatsSampler::Round rounds[2];
        for (auto& round : rounds) {
            bool got = false;
            sampler.sample({QStringLiteral("boinc__lab__paused")}, this, [&](const StatsSampler::Round& r) {
                round = r;
                got = true;
            });
            QVERIFY(QTest::qWaitFor([&] { return got; }, 10000));
            QTest::qWait(300);
        }
        QCOMPARE(rounds[1].samples.value(QStringLiteral("boinc__lab__paused")).cpuPercent.value_or(-1), 0.0);
    }

    void streamedStatsCarryTheirOwnPrecpuAndImagesAreListed()
    {
        QList<StatsSample> samples;
        EngineError end;
        bool done = false;
        const RequestId id = m_client->streamStats(
            QStringLiteral("boinc__lab__busy"), this, [&](const StatsSample& s) { samples.append(s); },
            [&](const EngineError& e) {
                end = e;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 3, 10000); // one a second
        QVERIFY(samples.last().cpuPercent.has_value());
        QVERIFY2(*samples.last().cpuPercent > 50, qPrintable(QString::number(*samples.last().cpuPercent)));
        QCOMPARE(samples.last().name, QStringLiteral("boinc__lab__busy"));
        m_client->cancel(id);
        QTRY_VERIFY(done);
        QCOMPARE(end.kind, EngineError::Cancelled);

        Waiter<QList<ImageSummary>> images;
        m_client->listImages(this, images.handler());
        QVERIFY(images.wait().ok());
        QStringList tags;
        for (const ImageSummary& i : images.result.value)
            tags += i.repoTags;
        QVERIFY2(tags.contains(busybox) && tags.contains(QStringLiteral("hello-world:latest")),
                 qPrintable(tags.join(u' ')));
    }

    void logsComeOnBothStreamsAndTtyLogsRaw()
    {
        const auto readLog = [this](const QString& name, std::optional<bool> tty) {
            LogOptions options;
            options.tty = tty;
            QByteArray out;
            QByteArray err;
            bool done = false;
            m_client->logs(
                name, options, this,
                [&](const LogFrame& f) { (f.stream == LogStream::Stderr ? err : out) += f.data; },
                [&](const EngineError& e) { done = e.ok(); });
            if (!QTest::qWaitFor([&] { return done; }, 10000))
                qWarning("the log of %s did not end", qPrintable(name));
            return std::make_pair(out, err);
        };
        const auto plain = readLog(QStringLiteral("boinc__lab__exited"), false);
        QCOMPARE(plain.first, QByteArray("to-stdout\n"));
        QCOMPARE(plain.second, QByteArray("to-stderr\n"));
        QCOMPARE(readLog(QStringLiteral("boinc__lab__exited"), std::nullopt), plain); // told apart by itself
        QCOMPARE(readLog(QStringLiteral("boinc__lab__tty"), true).first, QByteArray("tty-line\r\n"));
    }

    void followedLogsArriveLineByLineUntilCancelled()
    {
        runDetached(QStringLiteral("boinc__lab__ticker"),
                    {QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("i=0; while :; do i=$((i+1)); echo tick$i; sleep 0.2; done")});
        LogOptions options;
        options.follow = true;
        options.tty = false;
        QByteArray out;
        EngineError end;
        bool done = false;
        const RequestId id = m_client->logs(
            QStringLiteral("boinc__lab__ticker"), options, this, [&](const LogFrame& f) { out += f.data; },
            [&](const EngineError& e) {
                end = e;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("tick3\n"), 10000);
        QVERIFY(!done);
        m_client->cancel(id);
        QTRY_VERIFY(done);
        QCOMPARE(end.kind, EngineError::Cancelled);
        docker({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("boinc__lab__ticker")});
    }

    void eventsAreSeenForStartPauseAndDie()
    {
        EventStream stream(*m_client);
        QList<EngineEvent> seen;
        connect(&stream, &EventStream::eventReceived, this, [&](const EngineEvent& e) {
            if (e.name() == QLatin1String("boinc__lab__events"))
                seen.append(e);
        });
        stream.start();
        QTRY_COMPARE(stream.state(), EventStream::State::Streaming);
        QTest::qWait(100); // the request is on its way
        runDetached(QStringLiteral("boinc__lab__events"), {QStringLiteral("sleep"), QStringLiteral("600")});
        docker({QStringLiteral("pause"), QStringLiteral("boinc__lab__events")});
        docker({QStringLiteral("unpause"), QStringLiteral("boinc__lab__events")});
        docker({QStringLiteral("kill"), QStringLiteral("boinc__lab__events")});
        const auto actions = [&] {
            QStringList a;
            for (const EngineEvent& e : seen)
                a.append(e.action);
            return a;
        };
        QTRY_VERIFY_WITH_TIMEOUT(actions().contains(QStringLiteral("die")), 10000);
        const QStringList got = actions();
        QVERIFY2(got.indexOf(QStringLiteral("start")) < got.indexOf(QStringLiteral("pause")),
                 qPrintable(got.join(QLatin1Char(','))));
        QVERIFY(got.indexOf(QStringLiteral("pause")) < got.indexOf(QStringLiteral("die")));
        QCOMPARE(seen.at(got.indexOf(QStringLiteral("die"))).attributes.value(QStringLiteral("exitCode")),
                 QStringLiteral("137"));
        QVERIFY(stream.cursor() >= seen.last().timeNano);
        docker({QStringLiteral("rm"), QStringLiteral("boinc__lab__events")});
    }

    void imageExportStreamsATarToAFile()
    {
        QTemporaryDir dir;
        const QString file = dir.path() + QStringLiteral("/busybox.tar");
        qint64 lastProgress = 0;
        EngineError end;
        bool done = false;
        m_client->exportImage(
            busybox, file, this, [&](qint64 bytes) { lastProgress = bytes; },
            [&](const EngineError& e) {
                end = e;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(end.ok(), qPrintable(end.message));
        QFile tar(file);
        QVERIFY(tar.open(QIODevice::ReadOnly));
        QVERIFY(tar.size() > 1000000);
        QCOMPARE(tar.read(512).mid(257, 5), QByteArray("ustar")); // a tar archive
        QCOMPARE(lastProgress, tar.size());
    }

    void cliFallbackReadsTheSameContainers()
    {
        EngineCli cli(EngineEndpoint::cli({QStringLiteral("/usr/bin/docker")}));
        cli.setEnvironment(m_engine.environment());
        Waiter<EngineVersion> version;
        cli.version(this, version.handler());
        QVERIFY2(version.wait().ok(), qPrintable(version.result.error.message));
        QCOMPARE(version.result.value.type, EngineType::Docker);
        QCOMPARE(version.result.value.apiVersion, QStringLiteral("1.41"));
        ContainerFilter filter;
        filter.namePrefix = ContainerFilter::boincPrefix();
        Waiter<QList<ContainerSummary>> list;
        cli.listContainers(filter, this, list.handler());
        QVERIFY(list.wait().ok());
        QStringList names;
        for (const ContainerSummary& c : list.result.value)
            names.append(c.name);
        names.sort();
        QCOMPARE(names,
                 QStringList({QStringLiteral("boinc__lab__busy"), QStringLiteral("boinc__lab__created"),
                              QStringLiteral("boinc__lab__exited"), QStringLiteral("boinc__lab__paused"),
                              QStringLiteral("boinc__lab__sleeper"), QStringLiteral("boinc__lab__tty")}));
        Waiter<ContainerDetails> exited;
        cli.inspectContainer(QStringLiteral("boinc__lab__exited"), this, exited.handler());
        QCOMPARE(exited.wait().value.state.exitCode, 3);
        Waiter<StatsSample> stats;
        cli.containerStats(QStringLiteral("boinc__lab__busy"), StatsMode::OneShot, this, stats.handler());
        QVERIFY2(stats.wait().ok(), qPrintable(stats.result.error.message));
        QVERIFY(*stats.result.value.cpuPercent > 50);
        QVERIFY(stats.result.value.memoryBytes > 0);
        Waiter<EngineInfo> info;
        cli.info(this, info.handler());
        QVERIFY(info.wait().ok());
        QVERIFY(info.result.value.hasRuntime(QStringLiteral("runc")));
        QByteArray out;
        QByteArray err;
        bool done = false;
        cli.logs(
            QStringLiteral("boinc__lab__exited"), {}, this,
            [&](const LogFrame& f) { (f.stream == LogStream::Stderr ? err : out) += f.data; },
            [&](const EngineError& e) { done = e.ok(); });
        QTRY_VERIFY(done);
        QCOMPARE(out, QByteArray("to-stdout\n"));
        QCOMPARE(err, QByteArray("to-stderr\n"));
        Waiter<ContainerDetails> missing;
        cli.inspectContainer(QStringLiteral("boinc__lab__nosuch"), this, missing.handler());
        QVERIFY(missing.wait().error.notFound());
    }

    void engineCommandsPrintWhatTheIssueAsks()
    {
        const CliRun containers =
            cli(QStringList{QStringLiteral("containers"), QStringLiteral("--json")} + engineArgs());
        QVERIFY2(containers.exitCode == 0, containers.err.constData());
        const QJsonObject doc = containers.json();
        QCOMPARE(doc.value(QStringLiteral("engine")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("docker"));
        QCOMPARE(
            doc.value(QStringLiteral("engine")).toObject().value(QStringLiteral("api_version")).toString(),
            QStringLiteral("1.41"));
        QCOMPARE(doc.value(QStringLiteral("engine")).toObject().value(QStringLiteral("endpoint")).toString(),
                 m_engine.endpoint());
        const QJsonArray list = doc.value(QStringLiteral("containers")).toArray();
        QCOMPARE(list.size(), 6);
        const QJsonObject busy = byName(list, QStringLiteral("boinc__lab__busy"));
        QCOMPARE(
            busy.keys(),
            QStringList({QStringLiteral("cpu_percent"), QStringLiteral("exit_code"), QStringLiteral("id"),
                         QStringLiteral("image"), QStringLiteral("memory_bytes"), QStringLiteral("name"),
                         QStringLiteral("started_at"), QStringLiteral("state"), QStringLiteral("task")}));
        QCOMPARE(busy.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY(busy.value(QStringLiteral("cpu_percent")).toDouble() > 50);
        QVERIFY(busy.value(QStringLiteral("memory_bytes")).toDouble() > 0);
        QVERIFY(busy.value(QStringLiteral("task")).isNull());
        QCOMPARE(busy.value(QStringLiteral("image")).toString(), busybox);
        const QJsonObject exited = byName(list, QStringLiteral("boinc__lab__exited"));
        QCOMPARE(exited.value(QStringLiteral("exit_code")).toInt(), 3);
        QVERIFY(exited.value(QStringLiteral("cpu_percent")).isNull());
        QCOMPARE(byName(list, QStringLiteral("boinc__lab__paused")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("paused"));
        QVERIFY(
            byName(list, QStringLiteral("boinc__lab__created")).value(QStringLiteral("started_at")).isNull());
        const CliRun all =
            cli(QStringList{QStringLiteral("containers"), QStringLiteral("--all"), QStringLiteral("--json")} +
                engineArgs());
        QVERIFY(!byName(all.json().value(QStringLiteral("containers")).toArray(), QStringLiteral("not-boinc"))
                     .isEmpty());

        // Discovery finds the lab engine through DOCKER_HOST (the lab's environment sets it).
        const CliRun engine = cli({QStringLiteral("engine"), QStringLiteral("--json")});
        QVERIFY2(engine.exitCode == 0, engine.err.constData());
        const QJsonObject e = engine.json();
        QCOMPARE(e.value(QStringLiteral("source")).toString(), QStringLiteral("DOCKER_HOST"));
        QCOMPARE(
            e.value(QStringLiteral("engine")).toObject().value(QStringLiteral("version")).toString().left(5),
            QStringLiteral("20.10"));
        QVERIFY(e.value(QStringLiteral("info"))
                    .toObject()
                    .value(QStringLiteral("runtimes"))
                    .toObject()
                    .contains(QStringLiteral("runc")));
        QCOMPARE(e.value(QStringLiteral("info"))
                     .toObject()
                     .value(QStringLiteral("gpu"))
                     .toObject()
                     .value(QStringLiteral("nvidia_runtime"))
                     .toBool(),
                 false);
        QVERIFY(e.value(QStringLiteral("candidates")).toArray().size() >= 2);

        const CliRun logs =
            cli(QStringList{QStringLiteral("logs"), QStringLiteral("boinc__lab__exited")} + engineArgs());
        QCOMPARE(logs.exitCode, 0);
        QCOMPARE(logs.out, QByteArray("to-stdout\n"));
        QCOMPARE(logs.err, QByteArray("to-stderr\n"));
        const CliRun logsJson = cli(QStringList{QStringLiteral("logs"), QStringLiteral("--json"),
                                                QStringLiteral("boinc__lab__exited")} +
                                    engineArgs());
        QCOMPARE(logsJson.exitCode, 0);
        QStringList pieces;
        for (const QJsonValue& v : logsJson.json().value(QStringLiteral("output")).toArray())
            pieces.append(v[QStringLiteral("stream")].toString() + QLatin1Char(':') +
                          v[QStringLiteral("text")].toString());
        pieces.sort();
        QCOMPARE(pieces,
                 QStringList({QStringLiteral("stderr:to-stderr\n"), QStringLiteral("stdout:to-stdout\n")}));
        QCOMPARE(logsJson.json().value(QStringLiteral("tty")).toBool(), false);
        const CliRun tail = cli(QStringList{QStringLiteral("logs"), QStringLiteral("--tail"),
                                            QStringLiteral("0"), QStringLiteral("boinc__lab__exited")} +
                                engineArgs());
        QVERIFY(tail.out.isEmpty());
        const CliRun missing =
            cli(QStringList{QStringLiteral("logs"), QStringLiteral("boinc__lab__nosuch")} + engineArgs());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("No such container"));
        const CliRun nowhere = cli({QStringLiteral("containers"), QStringLiteral("--engine"),
                                    QStringLiteral("unix:///nonexistent.sock")});
        QCOMPARE(nowhere.exitCode, 2);
        QVERIFY2(nowhere.err.contains("does not exist"), nowhere.err.constData());
        QVERIFY(nowhere.out.isEmpty());
        QCOMPARE(
            cli({QStringLiteral("containers"), QStringLiteral("--engine"), QStringLiteral("bogus")}).exitCode,
            2);
    }

    void labBoincTasksContainersAreFoundByTheirNames()
    {
        LabBoincClient client;
        bdm::lab::LabBoincOptions options;
        options.taskCount = 2;
        options.engineSocket = m_engine.socketPath();
        if (!client.start(options))
            QFAIL(qPrintable(client.errorString()));
        QVERIFY(client.waitForExecuting(2, 20000));
        const QStringList expected{client.containerName(QStringLiteral("Lab_WU_0000_0")),
                                   client.containerName(QStringLiteral("Lab_WU_0001_0"))};
        ContainerFilter filter;
        filter.namePrefix = ContainerFilter::boincPrefix();
        const auto running = [&] {
            Waiter<QList<ContainerSummary>> list;
            m_client->listContainers(filter, this, list.handler());
            int n = 0;
            for (const ContainerSummary& c : list.wait().value) {
                if (expected.contains(c.name) && c.isRunning() &&
                    c.mounts.value(0).destination == QLatin1String("/app") &&
                    c.mounts.value(0).source.startsWith(client.dataDir() + QStringLiteral("/slots/")))
                    ++n;
            }
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(running(), 2, 40000); // slow when the machine is busy
        client.kill();
    }

    void killedEngineIsAClearErrorAndARestartResumesEventsAndLists()
    {
        ContainerMonitor monitor(*m_client);
        ContainerFilter filter;
        filter.namePrefix = ContainerFilter::boincPrefix();
        monitor.setFilter(filter);
        monitor.setStatsInterval(500);
        QSignalSpy connection(&monitor, &ContainerMonitor::connectionChanged);
        QSignalSpy stats(&monitor, &ContainerMonitor::statsUpdated);
        QList<EngineEvent> events;
        connect(&monitor, &ContainerMonitor::eventReceived, this,
                [&](const EngineEvent& e) { events.append(e); });
        monitor.start();
        QTRY_VERIFY(monitor.isConnected());
        QTRY_VERIFY(stats.size() >= 2);
        QTRY_COMPARE(monitor.events().state(), EventStream::State::Streaming);
        QVERIFY(monitor.stats(monitor.containers().value(0).id).has_value() ||
                !monitor.containers().isEmpty());

        m_engine.kill();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.events().state(), EventStream::State::Waiting, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.isConnected(), 5000);
        Waiter<QList<ContainerSummary>> down;
        m_client->listContainers(filter, this, down.handler());
        const EngineResult<QList<ContainerSummary>> error = down.wait();
        QCOMPARE(error.error.kind, EngineError::Unreachable);
        QVERIFY2(error.error.message.contains(m_engine.socketPath()), qPrintable(error.error.message));

        QVERIFY2(m_engine.restart(), qPrintable(m_engine.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.isConnected(), 40000); // retries back off up to a few seconds
        QTRY_COMPARE(monitor.events().state(), EventStream::State::Streaming);
        runDetached(QStringLiteral("boinc__lab__after"), {QStringLiteral("sleep"), QStringLiteral("600")});
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(),
                                             [](const EngineEvent& e) {
                                                 return e.name() == QLatin1String("boinc__lab__after") &&
                                                        e.action == QLatin1String("start");
                                             }),
                                 10000);
        QTRY_VERIFY(std::any_of(monitor.containers().cbegin(), monitor.containers().cend(),
                                [](const ContainerSummary& c) {
                                    return c.name == QLatin1String("boinc__lab__after") && c.isRunning();
                                }));
        QVERIFY(connection.size() >= 3); // up, down, up
    }
};

QTEST_GUILESS_MAIN(TestEngineDocker)
#include "TestEngineDocker.moc"
