// The log demuxer on the exact bytes of real Docker logs: multiplexed (with and without
// timestamps) and a TTY container's raw log, cut into chunks at every possible place.
#include "TestData.h"
#include "engine/LogDemuxer.h"

#include <QtTest>

using namespace bdm::engine;

namespace {

QByteArray capture(const char* file)
{
    return bdm::test::readTestData(QStringLiteral("captures/docker-20.10-api-1.41/") + QLatin1String(file));
}

struct Streams
{
    QByteArray out;
    QByteArray err;
    int frames = 0;
};

Streams collect(const QList<LogFrame>& frames, Streams s = {})
{
    for (const LogFrame& f : frames) {
        (f.stream == LogStream::Stderr ? s.err : s.out) += f.data;
        ++s.frames;
    }
    return s;
}

// Feeds `bytes` in pieces of `chunk` bytes and gathers what comes out.
Streams demux(const QByteArray& bytes, qsizetype chunk, LogDemuxer::Format format, LogDemuxer* keep = nullptr)
{
    LogDemuxer local(format);
    LogDemuxer& d = keep ? *keep : local;
    Streams s;
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        s = collect(d.feed(QByteArrayView(bytes).sliced(i, std::min(chunk, bytes.size() - i))), s);
    return collect(d.finish(), s);
}

QByteArray frame(char stream, const QByteArray& payload)
{
    QByteArray h(8, '\0');
    h[0] = stream;
    const auto n = static_cast<quint32>(payload.size());
    h[4] = char(n >> 24);
    h[5] = char(n >> 16);
    h[6] = char(n >> 8);
    h[7] = char(n);
    return h + payload;
}

} // namespace

class TestEngineLogDemuxer : public QObject
{
    Q_OBJECT

private slots:
    void multiplexedLogSplitsStdoutFromStderr()
    {
        const QList<LogFrame> frames =
            LogDemuxer(LogDemuxer::Format::Multiplexed).feed(capture("logs_multiplexed.bin"));
        QCOMPARE(frames.size(), 2); // stderr, then the two stdout frames merged
        QCOMPARE(frames.at(0).stream, LogStream::Stderr);
        QCOMPARE(frames.at(0).data, QByteArray("line-to-stderr\n"));
        QCOMPARE(frames.at(1).stream, LogStream::Stdout);
        QCOMPARE(frames.at(1).data, QByteArray("line-to-stdout\nsecond-stdout\n"));
    }

    void everyChunkingGivesTheSameStreams_data()
    {
        QTest::addColumn<qsizetype>("chunk");
        for (const qsizetype n : {1, 2, 3, 7, 8, 9, 15, 16, 17, 64, 4096})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }
    void everyChunkingGivesTheSameStreams()
    {
        QFETCH(qsizetype, chunk);
        for (const auto format : {LogDemuxer::Format::Multiplexed, LogDemuxer::Format::Auto}) {
            const Streams s = demux(capture("logs_multiplexed_timestamps.bin"), chunk, format);
            QCOMPARE(s.err, QByteArray("2026-11-22T02:04:45.287606089Z line-to-stderr\n"));
            QCOMPARE(s.out, QByteArray("2026-11-22T02:04:45.287669442Z line-to-stdout\n"
                                       "2026-11-22T02:04:45.287673280Z second-stdout\n"));
        }
    }

    void ttyLogIsRawStdout()
    {
        const QByteArray raw = capture("logs_tty_raw.bin");
        for (const auto format : {LogDemuxer::Format::Raw, LogDemuxer::Format::Auto}) {
            const Streams s = demux(raw, 3, format);
            QCOMPARE(s.out, QByteArray("tty-line\r\n"));
            QVERIFY(s.err.isEmpty());
        }
        // Told it is a TTY container, even bytes that look like a header stay as they are.
        const QByteArray lookalike("\x02\x00\x00\x00\x00\x00\x00\x01Z", 9);
        QCOMPARE(demux(lookalike, 4, LogDemuxer::Format::Raw).out, lookalike);
    }

    void formatFollowsInspectsTty()
    {
        LogOptions options;
        QCOMPARE(LogDemuxer::formatFor(options), LogDemuxer::Format::Auto);
        options.tty = true;
        QCOMPARE(LogDemuxer::formatFor(options), LogDemuxer::Format::Raw);
        options.tty = false;
        QCOMPARE(LogDemuxer::formatFor(options), LogDemuxer::Format::Multiplexed);
    }

    void autoDecidesOnTheFirstFourBytes()
    {
        LogDemuxer d;
        QVERIFY(d.feed(QByteArray("\x01\x00", 2)).isEmpty()); // not enough to tell
        QCOMPARE(d.format(), LogDemuxer::Format::Auto);
        QVERIFY(d.feed(QByteArray("\x00\x00", 2)).isEmpty());
        QCOMPARE(d.format(), LogDemuxer::Format::Multiplexed);
        LogDemuxer text;
        QCOMPARE(text.feed("ab").size(), 0);
        QCOMPARE(collect(text.finish()).out, QByteArray("ab")); // a short raw log still comes out
    }

    void cutFrameIsReportedAsTruncated()
    {
        LogDemuxer d(LogDemuxer::Format::Multiplexed);
        const QByteArray whole = frame(1, "hello world\n");
        const Streams s = collect(d.feed(whole.left(whole.size() - 3)));
        QCOMPARE(s.out, QByteArray("hello wor")); // handed on as it came
        QVERIFY(d.truncated());
        d.feed(whole.right(3));
        QVERIFY(!d.truncated());
    }

    void longFrameIsHandedOnInPieces()
    {
        // A frame of 1 MiB: its first bytes come out before the rest has arrived.
        LogDemuxer d(LogDemuxer::Format::Multiplexed);
        QByteArray header = frame(2, QByteArray()).left(8);
        header[5] = 0x10; // 0x00100000 = 1 MiB
        QVERIFY(d.feed(header).isEmpty());
        const QList<LogFrame> first = d.feed(QByteArray(1000, 'x'));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.at(0).stream, LogStream::Stderr);
        QCOMPARE(first.at(0).data.size(), 1000);
        QVERIFY(d.truncated());
    }

    void headerThatIsNotOneIsPassedThroughAsRaw()
    {
        LogDemuxer d(LogDemuxer::Format::Multiplexed);
        const Streams s = collect(d.feed(frame(1, "ok\n") + QByteArray("garbage!more")));
        QVERIFY(d.corrupted());
        QCOMPARE(s.out, QByteArray("ok\ngarbage!more"));
    }

    void emptyFramesAndStdinAreHarmless()
    {
        LogDemuxer d(LogDemuxer::Format::Multiplexed);
        const QList<LogFrame> frames = d.feed(frame(1, {}) + frame(0, "in") + frame(2, "e"));
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames.at(0).stream, LogStream::Stdin);
        QCOMPARE(frames.at(1).data, QByteArray("e"));
    }
};

QTEST_GUILESS_MAIN(TestEngineLogDemuxer)
#include "TestEngineLogDemuxer.moc"
