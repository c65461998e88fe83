#pragma once

#include "engine/ContainerSummary.h"
#include "engine/EngineError.h"
#include "engine/EngineEvent.h"
#include "engine/EngineInfo.h"
#include "engine/EngineVersion.h"
#include "engine/ImageSummary.h"
#include "engine/StatsSample.h"

#include <optional>

// Readers for what the engine CLIs print with --format json / '{{json .}}'. The docker CLI
// mostly prints the API's objects (or one object per line with display strings, for ps, stats
// and images); podman prints its own libpod shapes. Both are mapped to the API's structs.
namespace bdm::engine::parse::cli {

EngineResult<EngineVersion> version(QByteArrayView out, EngineType flavour);
EngineResult<EngineInfo> info(QByteArrayView out, EngineType flavour);
EngineResult<QList<ContainerSummary>> containers(QByteArrayView out);
// One container's line of `stats --no-stream`: percentages and sizes as text.
EngineResult<StatsSample> stats(QByteArrayView out);
EngineResult<EngineEvent> event(QByteArrayView line);
EngineResult<QList<ImageSummary>> images(QByteArrayView out);

// "320KiB", "23.54GiB" (docker, binary units) or "1.98MB", "512kB" (podman, decimal units).
std::optional<quint64> byteSize(const QString& text);
// A failed CLI run, classified from its stderr the way the API's errors are.
EngineError failure(int exitCode, const QString& standardError);

} // namespace bdm::engine::parse::cli
