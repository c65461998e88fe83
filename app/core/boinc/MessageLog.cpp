#include "boinc/MessageLog.h"

namespace bdm::boinc {

bool MessageLog::apply(const QList<Message>& fresh, double clientStartTime)
{
    bool restarted = false;
    const bool startChanged =
        clientStartTime > 0 && m_clientStartTime > 0 && clientStartTime != m_clientStartTime;
    const bool wentBack = !fresh.isEmpty() && fresh.first().seqno <= m_lastSeqno;
    if (startChanged || wentBack) {
        clear();
        restarted = true;
    }
    if (clientStartTime > 0)
        m_clientStartTime = clientStartTime;
    for (const Message& m : fresh) {
        if (m.seqno <= m_lastSeqno)
            continue;
        m_messages.append(m);
        m_lastSeqno = m.seqno;
    }
    if (m_messages.size() > m_capacity)
        m_messages.remove(0, m_messages.size() - m_capacity);
    return restarted;
}

void MessageLog::clear()
{
    m_messages.clear();
    m_lastSeqno = 0;
}

bool NoticeLog::apply(const QList<Notice>& fresh)
{
    const bool refresh = !fresh.isEmpty() && fresh.first().seqno == -1;
    if (refresh)
        clear();
    for (const Notice& n : fresh) {
        if (n.seqno < 0)
            continue;
        m_notices.append(n);
        m_lastSeqno = std::max(m_lastSeqno, n.seqno);
    }
    return refresh;
}

void NoticeLog::clear()
{
    m_notices.clear();
    m_lastSeqno = 0;
}

} // namespace bdm::boinc
