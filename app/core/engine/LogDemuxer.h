#pragma once

#include "engine/LogOptions.h"

#include <QByteArray>
#include <QList>

namespace bdm::engine {

// Splits the body of /containers/{id}/logs (and attach) into stdout and stderr, chunk by chunk
// as it arrives. Without a TTY the engine multiplexes: each frame is an 8-byte header
// [stream (0 stdin, 1 stdout, 2 stderr), 0, 0, 0, size as uint32 big-endian] and `size` bytes.
// With a TTY the body is raw bytes (all of it stdout). Taking one for the other is the classic
// bug (softprops/shiplift#295), so the format comes from inspect's Config.Tty when known; Auto
// decides from the first four bytes. Memory stays bounded: a long frame is handed on in pieces.
class LogDemuxer
{
public:
    enum class Format
    {
        Auto,
        Multiplexed,
        Raw
    };

    explicit LogDemuxer(Format format = Format::Auto) : m_format(format) {}
    static Format formatFor(const LogOptions& options);

    // The output these bytes complete; neighbouring pieces of one stream are merged.
    QList<LogFrame> feed(QByteArrayView bytes);
    // End of the body: what Auto still held back (fewer than four bytes) comes out as raw.
    QList<LogFrame> finish();

    Format format() const { return m_format; }
    // The body ended inside a frame (a cut connection).
    bool truncated() const
    {
        return m_format == Format::Multiplexed && (m_remaining > 0 || !m_header.isEmpty());
    }
    // A header that was not one appeared mid-stream; the rest was passed on as raw stdout.
    bool corrupted() const { return m_corrupted; }

private:
    static void append(QList<LogFrame>& out, LogStream stream, QByteArrayView data);
    void decideFormat(QList<LogFrame>& out);

    Format m_format;
    QByteArray m_header; // a header not yet complete (or, in Auto, the first bytes)
    quint32 m_remaining = 0;
    LogStream m_stream = LogStream::Stdout;
    bool m_corrupted = false;
};

} // namespace bdm::engine
