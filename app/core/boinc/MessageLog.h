#pragma once

#include "boinc/Message.h"

#include <QList>

namespace bdm::boinc {

// The client's event log as seen through repeated get_messages polls. Seqnos restart at 1 when
// the client restarts, so a poll that goes backwards, or a new client_start_time, starts a new log
// instead of silently dropping everything until the seqnos catch up.
class MessageLog
{
public:
    // The seqno to ask for next (get_messages returns those after it).
    int nextRequestSeqno() const { return m_lastSeqno; }
    // Applies one poll's messages; returns true when it detected a client restart and cleared.
    bool apply(const QList<Message>& fresh, double clientStartTime = 0);
    const QList<Message>& messages() const { return m_messages; }
    void setCapacity(int capacity) { m_capacity = capacity; }
    void clear();

private:
    QList<Message> m_messages;
    int m_lastSeqno = 0;
    double m_clientStartTime = 0;
    int m_capacity = 2000; // the client keeps at most 2000 (MAX_SAVED_MESSAGES)
};

// Notices: a poll whose first notice has seqno -1 means "forget what you have, the full list
// follows" (the client deleted some). Per connection: refresh from 0 after a reconnect.
class NoticeLog
{
public:
    int nextRequestSeqno() const { return m_lastSeqno; }
    // Returns true when the list was replaced rather than extended.
    bool apply(const QList<Notice>& fresh);
    const QList<Notice>& notices() const { return m_notices; }
    void clear();

private:
    QList<Notice> m_notices;
    int m_lastSeqno = 0;
};

} // namespace bdm::boinc
