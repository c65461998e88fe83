// EngineClient's long-lived requests: logs, events, streamed stats and image export.
#include "engine/EngineClient.h"
#include "engine/EngineParsers.h"
#include "engine/LineBuffer.h"
#include "engine/LogDemuxer.h"
#include "engine/StatsMath.h"

#include <nlohmann/json.hpp>

namespace bdm::engine {

RequestId EngineClient::streamStats(const QString& idOrName, const QObject* context, SampleHandler onSample,
                                    Done done)
{
    HttpRequest req;
    req.target = target("/containers/" + pathSegment(idOrName) + "/stats?stream=true");
    req.timeoutMs = 0;
    // Docker writes one JSON object per line, each with its own precpu_stats.
    auto lines = std::make_shared<LineBuffer>();
    return request(
        std::move(req), context,
        [lines, onSample = std::move(onSample)](const QByteArray& chunk) {
            for (const QByteArray& line : lines->feed(chunk)) {
                const EngineResult<StatsSample> sample = parse::stats(line);
                if (sample.ok())
                    onSample(sample.value);
            }
        },
        [done = std::move(done)](const EngineError& error, const HttpResponse&) { done(error); });
}

RequestId EngineClient::logs(const QString& idOrName, const LogOptions& options, const QObject* context,
                             FrameHandler onFrame, Done done)
{
    QByteArray query = "?stdout=" + QByteArray(options.stdoutLines ? "1" : "0") +
                       "&stderr=" + QByteArray(options.stderrLines ? "1" : "0");
    query += "&follow=" + QByteArray(options.follow ? "1" : "0");
    query += "&timestamps=" + QByteArray(options.timestamps ? "1" : "0");
    query += "&tail=" + (options.tail < 0 ? QByteArray("all") : QByteArray::number(options.tail));
    if (options.since > 0)
        query += "&since=" + QByteArray::number(options.since);
    HttpRequest req;
    req.target = target("/containers/" + pathSegment(idOrName) + "/logs" + query);
    req.timeoutMs = options.follow ? 0 : m_timeoutMs;
    auto demuxer = std::make_shared<LogDemuxer>(LogDemuxer::formatFor(options));
    auto frames = std::make_shared<FrameHandler>(std::move(onFrame));
    return request(
        std::move(req), context,
        [demuxer, frames](const QByteArray& chunk) {
            for (const LogFrame& frame : demuxer->feed(chunk))
                (*frames)(frame);
        },
        [demuxer, frames, done = std::move(done)](const EngineError& error, const HttpResponse&) {
            for (const LogFrame& frame : demuxer->finish())
                (*frames)(frame);
            if (error.ok() && demuxer->truncated())
                done(EngineError::make(EngineError::Unreachable, tr("the log ended inside a frame")));
            else
                done(error);
        });
}

RequestId EngineClient::events(const EventQuery& query, const QObject* context, EventHandler onEvent,
                               Done done)
{
    QByteArray path = "/events";
    QByteArray sep = "?";
    if (query.sinceNano > 0) {
        path += sep + "since=" + EngineEvent::cursorText(query.sinceNano).toLatin1();
        sep = "&";
    }
    if (!query.types.isEmpty()) {
        nlohmann::json filters = nlohmann::json::object();
        filters["type"] = nlohmann::json::array();
        for (const QString& type : query.types)
            filters["type"].push_back(type.toStdString());
        path += sep + "filters=" + QByteArray::fromStdString(filters.dump()).toPercentEncoding();
    }
    HttpRequest req;
    req.target = target(path);
    req.timeoutMs = 0; // quiet for hours is normal
    auto lines = std::make_shared<LineBuffer>();
    return request(
        std::move(req), context,
        [lines, onEvent = std::move(onEvent)](const QByteArray& chunk) {
            for (const QByteArray& line : lines->feed(chunk)) {
                const EngineResult<EngineEvent> event = parse::event(line);
                if (event.ok())
                    onEvent(event.value);
            }
        },
        [done = std::move(done)](const EngineError& error, const HttpResponse&) { done(error); });
}

RequestId EngineClient::exportImage(const QString& name, const QString& filePath, const QObject* context,
                                    ProgressHandler onProgress, Done done)
{
    HttpRequest req;
    req.target = target("/images/" + pathSegment(name) + "/get");
    req.timeoutMs = 0; // gigabytes take their time; the caller can cancel
    req.outputFile = filePath;
    return request(
        std::move(req), context, {},
        [done = std::move(done)](const EngineError& error, const HttpResponse&) { done(error); },
        std::move(onProgress));
}

} // namespace bdm::engine
