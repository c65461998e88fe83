#pragma once

#include "engine/ContainerDetails.h"
#include "engine/ContainerSummary.h"
#include "engine/EngineError.h"
#include "engine/EngineEvent.h"
#include "engine/EngineInfo.h"
#include "engine/EngineVersion.h"
#include "engine/HttpTransport.h"
#include "engine/ImageSummary.h"
#include "engine/StatsSample.h"

#include <QByteArray>
#include <QList>

// Pure readers from the Engine API's JSON (Docker 20.10+ and Podman's compatible API) to the
// typed structs. Lenient about what engines leave out or null; a reply that is not JSON of the
// expected shape is a Protocol error. They never throw and are fuzzed (tests/fuzz).
namespace bdm::engine::parse {

PingReply ping(const HttpResponse& response);
EngineResult<EngineVersion> version(QByteArrayView json);
EngineResult<EngineInfo> info(QByteArrayView json);
EngineResult<QList<ContainerSummary>> containers(QByteArrayView json);
EngineResult<ContainerDetails> containerDetails(QByteArrayView json);
EngineResult<StatsSample> stats(QByteArrayView json);
EngineResult<EngineEvent> event(QByteArrayView json);
EngineResult<QList<ImageSummary>> images(QByteArrayView json);
// The engine's explanation in an error body ({"message": "..."}); the text itself otherwise.
QString errorMessage(QByteArrayView body);

} // namespace bdm::engine::parse
