#include "engine/LineBuffer.h"

namespace bdm::engine {

QList<QByteArray> LineBuffer::feed(QByteArrayView bytes)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = bytes.indexOf('\n', start);
        if (nl < 0)
            break;
        if (!m_skipping) {
            m_partial.append(bytes.sliced(start, nl - start));
            const QByteArray line = m_partial.trimmed();
            if (!line.isEmpty())
                lines.append(line);
        }
        m_partial.clear();
        m_skipping = false;
        start = nl + 1;
    }
    if (!m_skipping) {
        m_partial.append(bytes.sliced(start));
        if (m_partial.size() > maxLineBytes) {
            m_partial.clear();
            m_skipping = true; // until the next newline
            m_overflowed = true;
        }
    }
    return lines;
}

QByteArray LineBuffer::takeRest()
{
    QByteArray rest = m_skipping ? QByteArray() : m_partial.trimmed();
    m_partial.clear();
    m_skipping = false;
    return rest;
}

} // namespace bdm::engine
