#include "engine/LogDemuxer.h"

namespace bdm::engine {
namespace {

constexpr qsizetype headerSize = 8;
// The stream byte and three zero bytes: enough to tell a multiplexed body from text.
constexpr qsizetype sniffSize = 4;

bool looksLikeHeader(QByteArrayView h)
{
    return h.size() >= sniffSize && static_cast<unsigned char>(h[0]) <= 2 && h[1] == 0 && h[2] == 0 &&
           h[3] == 0;
}

} // namespace

LogDemuxer::Format LogDemuxer::formatFor(const LogOptions& options)
{
    if (!options.tty)
        return Format::Auto;
    return *options.tty ? Format::Raw : Format::Multiplexed;
}

void LogDemuxer::append(QList<LogFrame>& out, LogStream stream, QByteArrayView data)
{
    if (data.isEmpty())
        return;
    if (!out.isEmpty() && out.last().stream == stream)
        out.last().data.append(data);
    else
        out.append(LogFrame{stream, data.toByteArray()});
}

void LogDemuxer::decideFormat(QList<LogFrame>& out)
{
    if (m_header.size() < sniffSize)
        return;
    if (looksLikeHeader(m_header)) {
        m_format = Format::Multiplexed; // m_header stays: it is the first header's beginning
    } else {
        m_format = Format::Raw;
        append(out, LogStream::Stdout, m_header);
        m_header.clear();
    }
}

QList<LogFrame> LogDemuxer::feed(QByteArrayView in)
{
    QList<LogFrame> out;
    qsizetype pos = 0;
    while (pos < in.size()) {
        if (m_format == Format::Auto) {
            const qsizetype take = std::min(sniffSize - m_header.size(), in.size() - pos);
            m_header.append(in.sliced(pos, take));
            pos += take;
            decideFormat(out);
            continue;
        }
        if (m_format == Format::Raw) {
            append(out, LogStream::Stdout, in.sliced(pos));
            break;
        }
        if (m_remaining > 0) {
            const qsizetype take = std::min<qsizetype>(m_remaining, in.size() - pos);
            append(out, m_stream, in.sliced(pos, take));
            pos += take;
            m_remaining -= static_cast<quint32>(take);
            continue;
        }
        const qsizetype take = std::min(headerSize - m_header.size(), in.size() - pos);
        m_header.append(in.sliced(pos, take));
        pos += take;
        if (m_header.size() < headerSize)
            break;
        if (!looksLikeHeader(m_header)) {
            // Not what an engine writes: keep the bytes visible rather than guess frame sizes.
            m_corrupted = true;
            m_format = Format::Raw;
            append(out, LogStream::Stdout, m_header);
            m_header.clear();
            continue;
        }
        const auto* h = reinterpret_cast<const unsigned char*>(m_header.constData());
        m_stream = static_cast<LogStream>(h[0]);
        m_remaining = (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8) | quint32(h[7]);
        m_header.clear();
    }
    return out;
}

QList<LogFrame> LogDemuxer::finish()
{
    QList<LogFrame> out;
    if (m_format == Format::Auto && !m_header.isEmpty()) {
        m_format = Format::Raw;
        append(out, LogStream::Stdout, m_header);
        m_header.clear();
    }
    return out;
}

} // namespace bdm::engine
