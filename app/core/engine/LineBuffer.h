#pragma once

#include <QByteArray>
#include <QList>

namespace bdm::engine {

// Cuts a byte stream into lines as chunks arrive (the events and stats streams are one JSON
// object per line; so is `docker ... --format '{{json .}}'`). A chunk may end mid-line.
class LineBuffer
{
public:
    static constexpr qsizetype maxLineBytes = 16 * 1024 * 1024;

    // Complete, non-blank lines without their line ends.
    QList<QByteArray> feed(QByteArrayView bytes);
    // The last line when the stream ended without a newline.
    QByteArray takeRest();
    // A line longer than maxLineBytes was dropped (a broken peer, not an engine).
    bool overflowed() const { return m_overflowed; }

private:
    QByteArray m_partial;
    bool m_skipping = false;
    bool m_overflowed = false;
};

} // namespace bdm::engine
