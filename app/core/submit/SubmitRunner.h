#pragma once

#include "submit/JobSpec.h"
#include "submit/JournalEntry.h"
#include "submit/SubmitOutcome.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace bdm::submit {

class JobJournal;
class SubmitBackend;

// One submission from start to end, journaled: the entry is written at Prepared before the
// backend sends a byte, every stage the backend reaches is written before it goes on, and the
// outcome (workunits and batch, or the server's refusal) is written before finished() is
// emitted. A dropped connection leaves the entry at the stage it reached; resume() sends the
// same entry again (same key), and the backends find what the server already has, so
// nothing is submitted twice. The CLI's `submit` and the wizard's last page both use it.
class SubmitRunner : public QObject
{
    Q_OBJECT

public:
    explicit SubmitRunner(JobJournal& journal, QObject* parent = nullptr);
    ~SubmitRunner() override;

    // specJson: the spec as it will be stored for clone and retry.
    void start(const JobSpec& spec, const QString& specJson, const QString& specPath,
               std::unique_ptr<SubmitBackend> backend);
    // Sends an entry again that did not reach Submitted (the spec from its specJson).
    void resume(const JournalEntry& entry, const JobSpec& spec, std::unique_ptr<SubmitBackend> backend);
    void cancel();
    bool isRunning() const { return m_backend != nullptr; }
    qint64 entryId() const { return m_entry.id; }

    // "user@host:/project/dir" or the project URL, as the Jobs page shows it.
    static QString targetText(const SubmitTarget& target);

signals:
    void entryCreated(const bdm::submit::JournalEntry& entry);
    void stageChanged(bdm::submit::JournalStage stage);
    void progress(const QString& step, qint64 done, qint64 total);
    // Exactly once per start()/resume(); error.ok() on success. `entry` is as journaled.
    void finished(const bdm::submit::JournalEntry& entry, const bdm::submit::SubmitOutcome& outcome,
                  const bdm::submit::SubmitError& error);

private:
    void run(const JobSpec& spec, std::unique_ptr<SubmitBackend> backend);
    void end(const SubmitOutcome& outcome, const SubmitError& error);

    JobJournal& m_journal;
    JournalEntry m_entry;
    std::unique_ptr<SubmitBackend> m_backend;
};

} // namespace bdm::submit
