// EngineCli's long-running commands: logs, events, streamed stats and image export.
#include "engine/CliParsers.h"
#include "engine/EngineCli.h"
#include "engine/LineBuffer.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace bdm::engine {
namespace {

constexpr int exportProgressIntervalMs = 250;

} // namespace

RequestId EngineCli::streamStats(const QString& idOrName, const QObject* context, SampleHandler onSample,
                                 Done done)
{
    QStringList args{QStringLiteral("stats")};
    if (m_flavour != EngineType::Podman)
        args << QStringLiteral("--no-trunc");
    auto lines = std::make_shared<LineBuffer>();
    return run(
        args + jsonFormat() + QStringList{idOrName}, context, 0,
        [done = std::move(done)](const EngineError& error, const QByteArray&) { done(error); },
        [lines, onSample = std::move(onSample)](const QByteArray& chunk) {
            for (const QByteArray& line : lines->feed(chunk)) {
                const EngineResult<StatsSample> sample = parse::cli::stats(line);
                if (sample.ok())
                    onSample(sample.value);
            }
        });
}

RequestId EngineCli::logs(const QString& idOrName, const LogOptions& options, const QObject* context,
                          FrameHandler onFrame, Done done)
{
    QStringList args{QStringLiteral("logs")};
    if (options.tail >= 0)
        args << QStringLiteral("--tail") << QString::number(options.tail);
    if (options.follow)
        args << QStringLiteral("--follow");
    if (options.timestamps)
        args << QStringLiteral("--timestamps");
    if (options.since > 0)
        args << QStringLiteral("--since") << QString::number(options.since);
    args << idOrName;
    // The CLI already splits the streams: the container's stdout on ours, stderr on ours.
    auto frames = std::make_shared<FrameHandler>(std::move(onFrame));
    const bool wantOut = options.stdoutLines;
    const bool wantErr = options.stderrLines;
    return run(
        args, context, options.follow ? 0 : m_timeoutMs,
        [done = std::move(done)](const EngineError& error, const QByteArray&) { done(error); },
        [frames, wantOut](const QByteArray& chunk) {
            if (wantOut)
                (*frames)(LogFrame{LogStream::Stdout, chunk});
        },
        [frames, wantErr](const QByteArray& chunk) {
            if (wantErr)
                (*frames)(LogFrame{LogStream::Stderr, chunk});
        });
}

RequestId EngineCli::events(const EventQuery& query, const QObject* context, EventHandler onEvent, Done done)
{
    QStringList args{QStringLiteral("events")};
    for (const QString& type : query.types)
        args << QStringLiteral("--filter") << QStringLiteral("type=") + type;
    if (query.sinceNano > 0)
        args << QStringLiteral("--since") << EngineEvent::cursorText(query.sinceNano);
    auto lines = std::make_shared<LineBuffer>();
    return run(
        args + jsonFormat(), context, 0,
        [done = std::move(done)](const EngineError& error, const QByteArray&) { done(error); },
        [lines, onEvent = std::move(onEvent)](const QByteArray& chunk) {
            for (const QByteArray& line : lines->feed(chunk)) {
                const EngineResult<EngineEvent> event = parse::cli::event(line);
                if (event.ok())
                    onEvent(event.value);
            }
        });
}

RequestId EngineCli::exportImage(const QString& name, const QString& filePath, const QObject* context,
                                 ProgressHandler onProgress, Done done)
{
    const QString part = filePath + QStringLiteral(".part");
    QFile::remove(part);
    // `save` writes the file itself; its growth is the progress.
    auto* poll = new QTimer(this);
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(poll, &QTimer::timeout, this, [part, onProgress, guard, hasContext] {
        if (onProgress && (!hasContext || guard))
            onProgress(QFileInfo(part).size());
    });
    poll->start(exportProgressIntervalMs);
    return run({QStringLiteral("save"), QStringLiteral("-o"), part, name}, context, 0,
               [poll, part, filePath, onProgress, done = std::move(done)](const EngineError& error,
                                                                          const QByteArray&) {
                   poll->deleteLater();
                   if (!error.ok()) {
                       QFile::remove(part);
                       done(error);
                       return;
                   }
                   if (onProgress)
                       onProgress(QFileInfo(part).size());
                   QFile::remove(filePath);
                   if (!QFile::rename(part, filePath)) {
                       done(EngineError::make(EngineError::Protocol, tr("cannot rename %1").arg(part)));
                       return;
                   }
                   done({});
               });
}

} // namespace bdm::engine
