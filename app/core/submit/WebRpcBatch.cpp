#include "submit/WebRpcBatch.h"

#include "submit/SubmitTr.h"

namespace bdm::submit {

WebRpcBatch WebRpcBatch::fromReply(const WebRpcElement& root)
{
    const WebRpcElement* b = root.child(QStringLiteral("batch"));
    if (!b || !root.childText(QStringLiteral("id")).isEmpty())
        b = &root;
    WebRpcBatch batch;
    batch.id = b->childText(QStringLiteral("id"));
    batch.name = b->childText(QStringLiteral("name"));
    batch.appName = b->childText(QStringLiteral("app_name"));
    bool ok = false;
    const int state = b->childText(QStringLiteral("state")).toInt(&ok);
    batch.state = ok ? state : -1;
    batch.njobs = b->childText(QStringLiteral("njobs")).toInt();
    batch.fractionDone = b->childText(QStringLiteral("fraction_done")).toDouble();
    batch.nerrorJobs = b->childText(QStringLiteral("nerror_jobs")).toInt();
    for (const WebRpcElement* j : b->childrenNamed(QStringLiteral("job"))) {
        WebRpcJob job;
        job.id = j->childText(QStringLiteral("id"));
        job.name = j->childText(QStringLiteral("name"));
        job.canonicalInstanceId = j->childText(QStringLiteral("canonical_instance_id"));
        job.status = j->childText(QStringLiteral("status"));
        job.errorFlags = j->childText(QStringLiteral("error"));
        job.exitStatus = j->childText(QStringLiteral("exit_status"));
        job.cpuTime = j->childText(QStringLiteral("cpu_time"));
        batch.jobs << job;
    }
    return batch;
}

QList<JobStatus> WebRpcBatch::statuses(const QStringList& outputNames) const
{
    QList<JobStatus> out;
    for (const WebRpcJob& j : jobs) {
        JobStatus s;
        s.workunit = j.name;
        if (j.status == QLatin1String("done")) {
            s.state = JobStatus::State::Done;
            s.outputFiles = outputNames;
            s.detail = j.exitStatus.isEmpty() ? Submit::tr("done")
                                              : Submit::tr("done, exit status %1").arg(j.exitStatus);
        } else if (j.status == QLatin1String("error")) {
            s.state = JobStatus::State::Error;
            s.detail = Submit::tr("error (flags %1, exit status %2)").arg(j.errorFlags, j.exitStatus);
        } else if (state == Aborted) {
            s.state = JobStatus::State::Aborted;
            s.detail = Submit::tr("batch aborted");
        } else if (j.status == QLatin1String("in_progress")) {
            s.state = JobStatus::State::InProgress;
            s.detail = Submit::tr("in progress");
        } else if (j.status == QLatin1String("queued")) {
            s.state = JobStatus::State::Queued;
            s.detail = Submit::tr("queued");
        } else {
            s.detail = j.status;
        }
        out << s;
    }
    return out;
}

} // namespace bdm::submit
