#include "submit/SubmitRunner.h"

#include "submit/JobJournal.h"
#include "submit/SubmitBackend.h"
#include "submit/SubmitTr.h"

namespace bdm::submit {

SubmitRunner::SubmitRunner(JobJournal& journal, QObject* parent) : QObject(parent), m_journal(journal) {}

SubmitRunner::~SubmitRunner() = default;

QString SubmitRunner::targetText(const SubmitTarget& target)
{
    if (target.transport == QLatin1String("webrpc"))
        return target.projectUrl;
    QString text = target.host;
    if (target.port != 22)
        text += QLatin1Char(':') + QString::number(target.port);
    text += QLatin1Char(':') + target.projectDir;
    if (!target.dockerExec.isEmpty())
        text += QStringLiteral(" (in %1)").arg(target.dockerExec);
    return text;
}

void SubmitRunner::start(const JobSpec& spec, const QString& specJson, const QString& specPath,
                         std::unique_ptr<SubmitBackend> backend)
{
    JournalEntry draft;
    draft.specJson = specJson;
    draft.specPath = specPath;
    draft.transport = spec.target.transport;
    draft.mode = spec.target.mode;
    draft.target = targetText(spec.target);
    // Named after the spec so the staging directory and batch name say whose they are.
    draft.key = spec.name;
    const std::optional<JournalEntry> created = m_journal.create(draft);
    if (!created) {
        m_entry = draft;
        SubmitError error;
        error.kind = SubmitError::Kind::Usage;
        error.message = Submit::tr("Cannot write the job journal: %1").arg(m_journal.errorString());
        emit finished(m_entry, {}, error);
        return;
    }
    m_entry = *created;
    emit entryCreated(m_entry);
    run(spec, std::move(backend));
}

void SubmitRunner::resume(const JournalEntry& entry, const JobSpec& spec,
                          std::unique_ptr<SubmitBackend> backend)
{
    m_entry = entry;
    run(spec, std::move(backend));
}

void SubmitRunner::run(const JobSpec& spec, std::unique_ptr<SubmitBackend> backend)
{
    m_backend = std::move(backend);
    SubmitBackend* b = m_backend.get();
    connect(b, &SubmitBackend::stageChanged, this, [this](JournalStage stage) {
        m_journal.setStage(m_entry.id, stage);
        m_entry.stage = stage;
        emit stageChanged(stage);
    });
    connect(b, &SubmitBackend::progress, this, &SubmitRunner::progress);
    connect(b, &SubmitBackend::submitted, this, [this](const SubmitOutcome& outcome) { end(outcome, {}); });
    connect(b, &SubmitBackend::failed, this, [this](const SubmitError& error) { end({}, error); });
    b->submit(spec, m_entry);
}

void SubmitRunner::cancel()
{
    if (m_backend)
        m_backend->cancel();
}

void SubmitRunner::end(const SubmitOutcome& outcome, const SubmitError& error)
{
    if (error.ok()) {
        m_journal.setSubmitted(m_entry.id, outcome.workunits, outcome.batchId);
        m_entry.stage = JournalStage::Submitted;
        m_entry.workunits = outcome.workunits;
        m_entry.batchId = outcome.batchId;
    } else if (error.kind == SubmitError::Kind::Refused || error.kind == SubmitError::Kind::Usage) {
        // The server said no (or the job could not be built): final, a retry would say the same.
        const QString text = error.serverText.isEmpty() ? error.message : error.serverText;
        m_journal.setStage(m_entry.id, JournalStage::Failed, text);
        m_entry.stage = JournalStage::Failed;
        m_entry.lastError = text;
    } else {
        // Connection lost or cancelled: the stage reached stays, so a retry resumes from it.
        m_journal.setStage(m_entry.id, m_entry.stage, error.message);
        m_entry.lastError = error.message;
    }
    // The backend is done; it goes once the signal that called us has returned.
    m_backend.release()->deleteLater();
    emit finished(m_entry, outcome, error);
}

} // namespace bdm::submit
