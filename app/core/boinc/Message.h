#pragma once

#include <QString>

namespace bdm::boinc {

// An event-log message (get_messages). Seqnos restart at 1 when the client restarts.
struct Message
{
    QString project;
    int priority = 1; // 1 info, 2 user alert, 3 internal error
    int seqno = 0;
    qint64 time = 0;
    QString body;
};

struct Notice
{
    int seqno = 0;
    QString title;
    QString description; // HTML
    double createTime = 0;
    double arrivalTime = 0;
    bool isPrivate = false;
    QString projectName;
    QString category;
    QString link;
};

} // namespace bdm::boinc
