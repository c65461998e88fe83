#pragma once

#include "submit/JournalEntry.h"
#include "submit/WebRpcReply.h"

#include <QList>
#include <QString>

namespace bdm::submit {

// One job (workunit) of a query_batch reply.
struct WebRpcJob
{
    QString id;
    QString name;
    QString canonicalInstanceId; // 0: none yet
    QString status;              // with get_job_details: done, in_progress, queued, error
    QString errorFlags;
    QString exitStatus;
    QString cpuTime;
};

// A query_batch reply: the batch's fields and its jobs. BOINC's batch states: 0 INIT,
// 1 IN_PROGRESS, 2 COMPLETE, 3 ABORTED, 4 RETIRED.
struct WebRpcBatch
{
    enum State
    {
        Init = 0,
        InProgress = 1,
        Complete = 2,
        Aborted = 3,
        Retired = 4
    };

    QString id;
    QString name;
    QString appName;
    int state = -1;
    int njobs = 0;
    double fractionDone = 0;
    int nerrorJobs = 0;
    QList<WebRpcJob> jobs;

    // The batch fields sit directly in <query_batch> at BOINC HEAD and in a <batch> child in
    // older servers; both are read.
    static WebRpcBatch fromReply(const WebRpcElement& root);
    // The statuses as the Jobs page shows them; an aborted batch's unfinished jobs are Aborted.
    QList<JobStatus> statuses(const QStringList& outputNames) const;
};

} // namespace bdm::submit
