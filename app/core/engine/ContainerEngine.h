#pragma once

#include "engine/ContainerDetails.h"
#include "engine/ContainerSummary.h"
#include "engine/EngineError.h"
#include "engine/EngineEvent.h"
#include "engine/EngineInfo.h"
#include "engine/EngineVersion.h"
#include "engine/HttpTransport.h"
#include "engine/ImageSummary.h"
#include "engine/LogOptions.h"
#include "engine/StatsSample.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace bdm::engine {

// Which containers to list. BOINC's are those named boinc__* (docker_wrapper sets no labels).
struct ContainerFilter
{
    static QString boincPrefix() { return QStringLiteral("boinc__"); }

    bool all = true;    // stopped ones too
    QString namePrefix; // empty: every container
};

// Which events to follow, and from when (the cursor of the last event seen, for catch-up).
struct EventQuery
{
    qint64 sinceNano = 0; // 0: from now on
    QStringList types{QStringLiteral("container")};
};

enum class StatsMode
{
    OneShot, // one reading at once; precpu is empty, so CPU % needs a previous reading
    Primed   // the engine waits for a second reading (about 1-2 s) and fills precpu
};

// A container engine as this application reads it, whatever the way in: the Engine API over
// HTTP (EngineClient) or the engine's CLI (EngineCli). Every call is asynchronous: the handler
// runs later on the caller's thread, never inside the call, and not at all once `context` is
// destroyed. Streams (logs with follow, events, stats) return an id for cancel(). Read-only by
// design: BOINC's containers belong to its docker_wrapper.
class ContainerEngine : public QObject
{
    Q_OBJECT

public:
    template <class T> using Handler = std::function<void(const EngineResult<T>&)>;
    using Done = std::function<void(const EngineError&)>;
    using FrameHandler = std::function<void(const LogFrame&)>;
    using EventHandler = std::function<void(const EngineEvent&)>;
    using SampleHandler = std::function<void(const StatsSample&)>;
    using ProgressHandler = std::function<void(qint64 bytesWritten)>;

    using QObject::QObject;

    virtual EngineEndpoint endpoint() const = 0;
    // Docker or Podman once known (after ping() or version(); from the program for CLIs).
    EngineType engineType() const { return m_engineType; }

    virtual void ping(const QObject* context, Handler<PingReply> handler) = 0;
    // Also settles the API version the later calls use.
    virtual void version(const QObject* context, Handler<EngineVersion> handler) = 0;
    virtual void info(const QObject* context, Handler<EngineInfo> handler) = 0;
    virtual void listContainers(const ContainerFilter& filter, const QObject* context,
                                Handler<QList<ContainerSummary>> handler) = 0;
    virtual void inspectContainer(const QString& idOrName, const QObject* context,
                                  Handler<ContainerDetails> handler) = 0;
    virtual void containerStats(const QString& idOrName, StatsMode mode, const QObject* context,
                                Handler<StatsSample> handler) = 0;
    virtual RequestId streamStats(const QString& idOrName, const QObject* context, SampleHandler onSample,
                                  Done done) = 0;
    // Frames arrive as the engine sends them; done ends the stream (without follow: the end of the log).
    virtual RequestId logs(const QString& idOrName, const LogOptions& options, const QObject* context,
                           FrameHandler onFrame, Done done) = 0;
    virtual RequestId events(const EventQuery& query, const QObject* context, EventHandler onEvent,
                             Done done) = 0;
    virtual void listImages(const QObject* context, Handler<QList<ImageSummary>> handler) = 0;
    // Writes `docker save` of one image to filePath (a .part file until it is complete).
    virtual RequestId exportImage(const QString& name, const QString& filePath, const QObject* context,
                                  ProgressHandler onProgress, Done done) = 0;
    virtual void cancel(RequestId id) = 0;

    // The engine behind an endpoint: EngineClient over `transport` for sockets and TCP,
    // EngineCli for cli: endpoints and named pipes (which the docker CLI opens itself).
    static std::unique_ptr<ContainerEngine> create(const EngineEndpoint& endpoint, HttpTransport& transport,
                                                   QObject* parent = nullptr);

protected:
    void setEngineType(EngineType type) { m_engineType = type; }

private:
    EngineType m_engineType = EngineType::Unknown;
};

} // namespace bdm::engine
