#pragma once

#include "submit/JobSpec.h"
#include "submit/JournalEntry.h"
#include "submit/SubmitOutcome.h"

#include <QList>
#include <QObject>

namespace bdm::submit {

// One way to reach a project server (SshBackend, WebRpcBackend). All calls are
// asynchronous and never block the caller's thread; each ends with exactly one of its
// completion signals. One operation at a time per backend object.
class SubmitBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SubmitBackend() override = default;

    // Submits `entry` (already written to the journal at Prepared, key chosen). Idempotent
    // for the same entry: when an earlier try got as far as the server, the server's record
    // is found and reported instead of a second submission. stageChanged is emitted before
    // each step so the caller can journal it first.
    virtual void submit(const JobSpec& spec, const JournalEntry& entry) = 0;
    virtual void query(const JournalEntry& entry) = 0;
    virtual void fetchOutputs(const JournalEntry& entry, const QString& directory) = 0;
    virtual void abort(const JournalEntry& entry) = 0;
    virtual void cancel() = 0; // the running operation ends with Kind::Cancelled

signals:
    void stageChanged(bdm::submit::JournalStage stage);
    void progress(const QString& step, qint64 done, qint64 total);
    void submitted(const bdm::submit::SubmitOutcome& outcome);
    void queried(const QList<bdm::submit::JobStatus>& statuses);
    void outputsFetched(const QStringList& files);
    void aborted();
    void failed(const bdm::submit::SubmitError& error);
};

} // namespace bdm::submit
