#pragma once

#include "submit/SubmitOutcome.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace bdm::submit {

// Where a submission stands. The journal writes Prepared before anything leaves this
// computer and each later step before the next one starts, so that after a crash or a
// dropped connection the record says how far it got and a retry resumes from there.
enum class JournalStage
{
    Prepared,   // spec frozen, names chosen; nothing sent
    Uploading,  // inputs going to the server's staging area
    Submitting, // the create command / RPC is under way (outcome unknown until confirmed)
    Submitted,  // the server confirmed; workunits (and batch id) known
    Failed,     // the server refused; serverText says why
    Aborted,    // aborted by the user after submission
    Retired     // finished and cleaned on the server
};

QString journalStageName(JournalStage stage); // "prepared", "uploading", ...
JournalStage journalStageFromName(const QString& name);

// One submission in the journal.
struct JournalEntry
{
    qint64 id = 0;
    QString key; // unique, chosen at Prepared: names the staging dir, batch name and WU names
    QDateTime created;
    QDateTime updated;
    QString specJson; // the spec as submitted (with baseDir resolved), for clone and retry
    QString specPath; // where the spec was read from; may be empty
    QString transport;
    QString mode;
    QString target; // human text: user@host:/project or the project URL
    JournalStage stage = JournalStage::Prepared;
    QStringList workunits;
    QString batchId;
    QString lastError;
};

// The state of one job (workunit) on the server.
struct JobStatus
{
    enum class State
    {
        Unknown,
        Queued,
        InProgress,
        Done,
        Error,
        Aborted
    };
    QString workunit;
    State state = State::Unknown;
    QString detail;          // server words: "in progress", exit status, error mask ...
    QStringList outputFiles; // names available to fetch
};

QString jobStateName(JobStatus::State state); // "unknown", "queued", "in_progress", ...

} // namespace bdm::submit
