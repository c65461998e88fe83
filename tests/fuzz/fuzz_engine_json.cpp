// Feeds arbitrary bytes through every reader of engine replies: the Engine API parsers (stats,
// inspect, lists, version, info, events, errors), the stats arithmetic against a previous
// reading, the line splitter of streams, and the CLI fallback's readers.
#include "engine/CliParsers.h"
#include "engine/EngineParsers.h"
#include "engine/LineBuffer.h"
#include "engine/StatsMath.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace bdm::engine;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const EngineResult<StatsSample> stats = parse::stats(text);
    if (stats.ok()) {
        StatsSample again = stats.value;
        StatsMath::apply(again, &stats.value);
        if (again.cpuPercent && (std::isnan(*again.cpuPercent) || *again.cpuPercent < 0))
            __builtin_trap();
    }
    (void)parse::containerDetails(text);
    (void)parse::containers(text);
    (void)parse::version(text);
    (void)parse::info(text);
    (void)parse::event(text);
    (void)parse::images(text);
    (void)parse::errorMessage(text);
    (void)parse::cli::containers(text);
    (void)parse::cli::stats(text);
    (void)parse::cli::event(text);
    (void)parse::cli::images(text);
    (void)parse::cli::version(text, EngineType::Podman);
    (void)parse::cli::version(text, EngineType::Docker);
    (void)parse::cli::info(text, EngineType::Podman);
    (void)parse::cli::byteSize(QString::fromUtf8(text));
    LineBuffer lines;
    for (const QByteArray& line : lines.feed(text))
        (void)parse::event(line);
    (void)lines.takeRest();
    return 0;
}
