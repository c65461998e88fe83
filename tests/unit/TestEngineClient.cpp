// EngineClient, EventStream and StatsSampler over a recording transport: the requests they
// make (paths, API version, filters, timeouts), how replies and errors come back, and streams
// cut at awkward places. Replies are the exact bytes of a real Docker 20.10.
#include "TestData.h"
#include "engine/EngineClient.h"
#include "engine/EventStream.h"
#include "engine/StatsSampler.h"

#include <QPointer>
#include <QSignalSpy>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace bdm::engine;

namespace {

QByteArray capture(const char* file)
{
    return bdm::test::readTestData(QStringLiteral("captures/docker-20.10-api-1.41/") + QLatin1String(file));
}

// Records every request; the test answers them one by one, queued like the real worker.
class FakeTransport final : public HttpTransport
{
public:
    struct Call
    {
        RequestId id = 0;
        HttpRequest request;
        QPointer<const QObject> context;
        HttpCallbacks callbacks;
        bool cancelled = false;
        bool done = false;
    };

    RequestId send(HttpRequest request, const QObject* context, HttpCallbacks callbacks) override
    {
        calls.append(Call{++m_nextId, std::move(request), context, std::move(callbacks)});
        return m_nextId;
    }
    void cancel(RequestId id) override
    {
        for (Call& c : calls) {
            if (c.id == id && !c.done) {
                c.cancelled = true;
                fail(int(&c - calls.data()),
                     EngineError::make(EngineError::Cancelled, QStringLiteral("cancelled")));
            }
        }
    }

    QByteArray target(int i) const { return calls.at(i).request.target; }
    int open() const
    {
        return int(std::count_if(calls.cbegin(), calls.cend(), [](const Call& c) { return !c.done; }));
    }

    void reply(int i, int status, const QByteArray& body, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.headers = std::move(headers);
        const EngineError e = status >= 400 ? EngineError::make(EngineError::Http,
                                                                QStringLiteral("HTTP %1").arg(status), status)
                                            : EngineError{};
        finish(i, e, r);
    }
    void chunk(int i, const QByteArray& bytes)
    {
        Call& c = calls[i];
        const QPointer<const QObject> ctx = c.context;
        auto cb = c.callbacks.onChunk;
        QMetaObject::invokeMethod(
            qApp,
            [ctx, cb, bytes] {
                if (ctx && cb)
                    cb(bytes);
            },
            Qt::QueuedConnection);
    }
    void fail(int i, const EngineError& e) { finish(i, e, {}); }

private:
    void finish(int i, const EngineError& e, const HttpResponse& r)
    {
        Call& c = calls[i];
        c.done = true;
        const QPointer<const QObject> ctx = c.context;
        auto cb = c.callbacks.onDone;
        QMetaObject::invokeMethod(
            qApp,
            [ctx, cb, e, r] {
                if (ctx && cb)
                    cb(e, r);
            },
            Qt::QueuedConnection);
    }

    RequestId m_nextId = 0;

public:
    QList<Call> calls;
};

QByteArray eventsFilterOf(const QByteArray& target)
{
    const QByteArray query = target.mid(target.indexOf('?') + 1);
    for (const QByteArray& part : query.split('&')) {
        if (part.startsWith("filters="))
            return QByteArray::fromPercentEncoding(part.mid(8));
    }
    return {};
}

} // namespace

class TestEngineClient : public QObject
{
    Q_OBJECT

private slots:
    void versionSettlesTheApiVersionForLaterPaths()
    {
        FakeTransport t;
        EngineClient client(t, EngineEndpoint::unixSocket(QStringLiteral("/run/docker.sock")));
        EngineResult<EngineVersion> got;
        bool done = false;
        client.version(this, [&](const EngineResult<EngineVersion>& v) {
            got = v;
            done = true;
        });
        QCOMPARE(t.target(0), QByteArray("/version"));
        QCOMPARE(t.calls.at(0).request.endpoint.path, QStringLiteral("/run/docker.sock"));
        t.reply(0, 200, capture("version.json"));
        QTRY_VERIFY(done);
        QVERIFY(got.ok());
        QCOMPARE(client.apiVersion(), QStringLiteral("1.41"));

        client.info(this, [](const EngineResult<EngineInfo>&) {});
        QCOMPARE(t.target(1), QByteArray("/v1.41/info"));
        QCOMPARE(t.calls.at(1).request.timeoutMs, HttpRequest::defaultTimeoutMs);
    }

    void newerEngineIsSpokenToInOurNewestDialect()
    {
        FakeTransport t;
        EngineClient client(t, EngineEndpoint::unixSocket(QStringLiteral("/s")));
        bool done = false;
        client.version(this, [&](const EngineResult<EngineVersion>&) { done = true; });
        t.reply(0, 200, "{\"Version\":\"99.0\",\"ApiVersion\":\"1.99\"}");
        QTRY_VERIFY(done);
        QCOMPARE(client.apiVersion(), QString::fromLatin1(EngineClient::maxApiVersion));
    }

    void boincFilterIsANameRegexInTheQuery()
    {
        FakeTransport t;
        EngineClient client(t, EngineEndpoint::unixSocket(QStringLiteral("/s")));
        client.setApiVersion(QStringLiteral("1.41"));
        ContainerFilter filter;
        filter.namePrefix = ContainerFilter::boincPrefix();
        EngineResult<QList<ContainerSummary>> got;
        client.listContainers(filter, this, [&](const EngineResult<QList<ContainerSummary>>& r) { got = r; });
        QVERIFY(t.target(0).startsWith("/v1.41/containers/json?all=1&filters="));
        const auto filters = nlohmann::json::parse(eventsFilterOf(t.target(0)).toStdString());
        QCOMPARE(QString::fromStdString(filters["name"][0].get<std::string>()), QStringLiteral("^/?boinc__"));
        t.reply(0, 200, capture("containers_all.json"));
        QTRY_COMPARE(got.value.size(), 3);
    }

    void httpErrorsCarryTheEnginesMessageAndStatus()
    {
        FakeTransport t;
        EngineClient client(t, EngineEndpoint::unixSocket(QStringLiteral("/s")));
        EngineResult<ContainerDetails> got;
        bool done = false;
        client.inspectContainer(QStringLiteral("nosuch"), this, [&](const EngineResult<ContainerDetails>& r) {
            got = r;
            done = true;
        });
        QCOMPARE(t.target(0), QByteArray("/containers/nosuch/json"));
        t.reply(0, 404, capture("error_no_such_container.json"));
        QTRY_VERIFY(done);
        QVERIFY(got.error.notFound());
        QCOMPARE(got.error.message, QStringLiteral("No such container: nosuch"));
    }

    void statsAreOneShotOrPrimed()
    {
        FakeTransport t;
        EngineClient client(t, EngineEndpoint::unixSocket(QStringLiteral("/s")));
        client.containerStats(QStringLiteral("abc"), StatsMode::OneShot, this,
                              [](const EngineResult<StatsSample>&) {});
        client.containerStats(QStringLiteral("abc"), StatsMode::Primed, this,
                              [](const EngineResult<StatsSample>&) {});
        QCOMPARE(t.target(0), QByteArray("/containers/abc/stats?stream=false&one-shot=true"));
        QCOMPARE(t.target(1), QByteArray("/containers/abc/stats?stream=false"));
    }

    void logsAreDemuxedWhateverTheChunking()
    {
        FakeTransport t;
        EngineClient client(t, EngineEndpoint::unixSocket(QStringLiteral("/s")));
        LogOptions options;
        options.tail = 50;
        options.tty = false;
        QByteArray out;
        QByteArray err;
        bool done = false;
        client.logs(
            QStringLiteral("c1"), options, this,
            [&](const LogFrame& f) { (f.stream == LogStream::Stderr ? err : out) += f.data; },
            [&](const EngineError& e) { done = e.ok(); });
        QCOMPARE(t.target(0),
                 QByteArray("/containers/c1/logs?stdout=1&stderr=1&follow=0&timestamps=0&tail=50"));
        QVERIFY(t.calls.at(0).request.stream);
        const QByteArray body = capture("logs_multiplexed.bin");
        for (qsizetype i = 0; i < body.size(); i += 5)
            t.chunk(0, body.mid(i, 5));
        t.reply(0, 200, {});
        QTRY_VERIFY(done);
        QCOMPARE(out, QByteArray("line-to-stdout\nsecond-stdout\n"));
        QCOMPARE(err, QByteArray("line-to-stderr\n"));
    }

    void followedLogsHaveNoTimeoutAndTtyLogsAreRaw()
    {
        FakeTransport t;
        EngineClient client(t, EngineEndpoint::unixSocket(QStringLiteral("/s")));
        LogOptions options;
        options.follow = true;
        options.tty = true;
        QByteArray out;
        client.logs(
            QStringLiteral("tty"), options, this, [&](const LogFrame& f) { out += f.data; },
            [](const EngineError&) {});
        QCOMPARE(t.calls.at(0).request.timeoutMs, 0);
        QVERIFY(t.target(0).contains("follow=1&"));
        t.chunk(0, capture("logs_tty_raw.bin"));
        QTRY_COMPARE(out, QByteArray("tty-line\r\n"));
    }

    void eventsArriveWholeAcrossChunkBoundaries()
    {
        FakeTransport t;
        EngineClient client(t, EngineEndpoint::unixSocket(QStringLiteral("/s")));
        EventQuery query;
        query.sinceNano = Q_INT64_C(1795313037005105594);
        QList<EngineEvent> events;
        client.events(
            query, this, [&](const EngineEvent& e) { events.append(e); }, [](const EngineError&) {});
        QVERIFY(t.target(0).startsWith("/events?since=1795313037.005105594&filters="));
        const auto filters = nlohmann::json::parse(eventsFilterOf(t.target(0)).toStdString());
        QCOMPARE(filters.dump(), std::string("{\"type\":[\"container\"]}"));
        QCOMPARE(t.calls.at(0).request.timeoutMs, 0);
        const QByteArray body = capture("events_last10min.jsonl");
        for (qsizetype i = 0; i < body.size(); i += 97)
            t.chunk(0, body.mid(i, 97));
        QTRY_COMPARE(events.size(), 35);
        QCOMPARE(events.last().action, QStringLiteral("start"));
    }

    void imageExportGoesToAFileWithoutTimeout()
    {
        FakeTransport t;
        EngineClient client(t, EngineEndpoint::unixSocket(QStringLiteral("/s")));
        client.setApiVersion(QStringLiteral("1.41"));
        QList<qint64> progress;
        bool done = false;
        client.exportImage(
            QStringLiteral("local/busybox:1"), QStringLiteral("/tmp/x.tar"), this,
            [&](qint64 bytes) { progress.append(bytes); }, [&](const EngineError& e) { done = e.ok(); });
        QCOMPARE(t.target(0), QByteArray("/v1.41/images/local/busybox:1/get"));
        QCOMPARE(t.calls.at(0).request.outputFile, QStringLiteral("/tmp/x.tar"));
        QCOMPARE(t.calls.at(0).request.timeoutMs, 0);
        QVERIFY(!t.calls.at(0).request.stream);
        QVERIFY(t.calls.at(0).callbacks.onProgress);
        t.calls[0].callbacks.onProgress(4096); // the worker calls it on this thread
        t.reply(0, 200, {});
        QTRY_VERIFY(done);
        QCOMPARE(progress, QList<qint64>({4096}));
    }

    void noHandlerRunsAfterItsContextIsGone()
    {
        FakeTransport t;
        EngineClient client(t, EngineEndpoint::unixSocket(QStringLiteral("/s")));
        bool called = false;
        {
            QObject context;
            client.info(&context, [&](const EngineResult<EngineInfo>&) { called = true; });
        }
        t.reply(0, 200, capture("info.json"));
        QTest::qWait(20);
        QVERIFY(!called);
    }

    void destroyingTheClientCancelsItsStreams()
    {
        FakeTransport t;
        {
            EngineClient client(t, EngineEndpoint::unixSocket(QStringLiteral("/s")));
            client.events(
                {}, this, [](const EngineEvent&) {}, [](const EngineError&) {});
            client.logs(
                QStringLiteral("x"), {}, this, [](const LogFrame&) {}, [](const EngineError&) {});
            QCOMPARE(t.open(), 2);
        }
        QVERIFY(t.calls.at(0).cancelled);
        QVERIFY(t.calls.at(1).cancelled);
        QTest::qWait(20); // the queued Cancelled deliveries find no client: nothing happens
    }

    void statsSamplerKeepsAtMostFourInFlightAndComputesCpuFromThePreviousRound()
    {
        FakeTransport t;
        EngineClient client(t, EngineEndpoint::unixSocket(QStringLiteral("/s")));
        StatsSampler sampler(client);
        QStringList ids;
        for (int i = 0; i < 10; ++i)
            ids.append(QStringLiteral("c%1").arg(i));
        StatsSampler::Round round;
        int rounds = 0;
        const auto answerAll = [&](const QByteArray& body) {
            int answered = 0;
            while (answered < ids.size()) {
                QTRY_VERIFY(t.open() > 0);
                QVERIFY(t.open() <= StatsSampler::defaultMaxInFlight);
                for (int i = 0; i < t.calls.size(); ++i) {
                    if (!t.calls.at(i).done) {
                        t.reply(i, 200, body);
                        ++answered;
                    }
                }
                QTest::qWait(1);
            }
        };
        sampler.sample(ids, this, [&](const StatsSampler::Round& r) {
            round = r;
            ++rounds;
        });
        answerAll(capture("stats_running.json"));
        QTRY_COMPARE(rounds, 1);
        QCOMPARE(round.samples.size(), 10);
        QVERIFY(t.target(0).contains("one-shot=true"));

        // One-shot readings have no precpu; the previous round's counters stand in.
        sampler.sample(ids, this, [&](const StatsSampler::Round& r) {
            round = r;
            ++rounds;
        });
        answerAll(capture("stats_running_oneshot.json"));
        QTRY_COMPARE(rounds, 2);
        QVERIFY(round.samples.value(QStringLiteral("c3")).cpuPercent.has_value());
        QCOMPARE(*round.samples.value(QStringLiteral("c3")).cpuPercent,
                 (64319332.0 - 63413510.0) / (3476730000000.0 - 3474710000000.0) * 2 * 100);
    }

    void dockerGetsAWholeRoundInFlightPodmanAFew()
    {
        // dockerd answers every stats request at its next 1 s collector tick, so a small cap
        // would stretch a round over many seconds; Podman computes each one, so it gets 4.
        FakeTransport t;
        EngineClient client(t, EngineEndpoint::unixSocket(QStringLiteral("/s")));
        StatsSampler sampler(client);
        QCOMPARE(sampler.maxInFlight(), StatsSampler::defaultMaxInFlight);
        bool pinged = false;
        client.ping(this, [&](const EngineResult<PingReply>&) { pinged = true; });
        t.reply(0, 200, "OK", {{"Api-Version", "1.41"}, {"Server", "Docker/20.10.24+dfsg1 (linux)"}});
        QTRY_VERIFY(pinged);
        QCOMPARE(client.engineType(), EngineType::Docker);
        QCOMPARE(sampler.maxInFlight(), StatsSampler::dockerMaxInFlight);
        QStringList ids;
        for (int i = 0; i < 50; ++i)
            ids.append(QStringLiteral("c%1").arg(i));
        sampler.sample(ids, this, [](const StatsSampler::Round&) {});
        QTRY_COMPARE(t.open(), 50);
        sampler.setMaxInFlight(2);
        QCOMPARE(sampler.maxInFlight(), 2);
    }

    void eventStreamReconnectsAndResumesFromItsCursor()
    {
        FakeTransport t;
        EngineClient client(t, EngineEndpoint::unixSocket(QStringLiteral("/s")));
        EventStream stream(client);
        QSignalSpy resumed(&stream, &EventStream::resumed);
        QList<EngineEvent> seen;
        connect(&stream, &EventStream::eventReceived, this, [&](const EngineEvent& e) { seen.append(e); });
        stream.start();
        QCOMPARE(t.target(0), QByteArray("/_ping"));
        t.reply(0, 200, "OK");
        QTRY_COMPARE(stream.state(), EventStream::State::Streaming);
        QVERIFY(t.target(1).startsWith("/events?since="));
        const QList<QByteArray> lines = capture("events_last10min.jsonl").split('\n');
        t.chunk(1, lines.at(29) + '\n' + lines.at(30) + '\n'); // start, pause
        QTRY_COMPARE(seen.size(), 2);

        // The engine goes away: the stream waits, pings again, and resumes after the last event.
        t.fail(1, EngineError::make(EngineError::Unreachable, QStringLiteral("closed")));
        QTRY_COMPARE(stream.state(), EventStream::State::Waiting);
        QTRY_COMPARE(t.calls.size(), 3); // the retry's ping
        t.fail(2, EngineError::make(EngineError::Unreachable, QStringLiteral("/s does not exist")));
        QTRY_COMPARE_WITH_TIMEOUT(t.calls.size(), 4, 3000); // after a longer wait
        t.reply(3, 200, "OK");
        QTRY_COMPARE(t.calls.size(), 5);
        QVERIFY2(t.target(4).startsWith("/events?since=1795313055.157098842"), t.target(4).constData());
        QCOMPARE(resumed.size(), 1);
        // Since is inclusive: the pause comes again and is dropped; the next one is new.
        t.chunk(4, lines.at(30) + '\n' + lines.at(34) + '\n');
        QTRY_COMPARE(seen.size(), 3);
        QCOMPARE(seen.last().action, QStringLiteral("start"));
        stream.stop();
        QVERIFY(t.calls.at(4).cancelled);
    }
};

QTEST_GUILESS_MAIN(TestEngineClient)
#include "TestEngineClient.moc"
