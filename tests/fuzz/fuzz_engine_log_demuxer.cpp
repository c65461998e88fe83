// Feeds arbitrary bytes to the log demuxer in every format, cut into chunks whose sizes come
// from the input itself, and checks what must always hold: raw output is the input unchanged,
// and demuxed output never holds more bytes than the body minus its 8-byte headers.
#include "engine/LogDemuxer.h"

#include <cstddef>
#include <cstdint>

using namespace bdm::engine;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const auto format = static_cast<LogDemuxer::Format>(data[0] % 3);
    const qsizetype chunk = 1 + data[1] % 97;
    const QByteArrayView body(reinterpret_cast<const char*>(data + 2), static_cast<qsizetype>(size - 2));
    LogDemuxer demuxer(format);
    qsizetype out = 0;
    QByteArray joined;
    for (qsizetype i = 0; i < body.size(); i += chunk) {
        for (const LogFrame& f : demuxer.feed(body.sliced(i, std::min(chunk, body.size() - i)))) {
            if (f.data.isEmpty() || static_cast<int>(f.stream) > 2)
                __builtin_trap();
            out += f.data.size();
            joined += f.data;
        }
    }
    for (const LogFrame& f : demuxer.finish()) {
        out += f.data.size();
        joined += f.data;
    }
    if (out > body.size())
        __builtin_trap();
    if (demuxer.format() == LogDemuxer::Format::Raw && !demuxer.corrupted() && joined != body)
        __builtin_trap();
    (void)demuxer.truncated();
    return 0;
}
