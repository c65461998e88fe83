#pragma once

#include "gui/submit/SubmitBackendMaker.h"
#include "gui/submit/SubmitWizardPage.h"
#include "submit/JournalEntry.h"

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace bdm::submit {
struct SshError;
class JobJournal;
class SubmitRunner;
} // namespace bdm::submit

namespace bdm::gui {

class ProjectSignIn;

// Sends the job: the journaled submission (SubmitRunner) with its progress and the stages it
// passes, then the workunits the server created, and the way to the Jobs page.
class SubmitProgressPage : public SubmitWizardPage
{
    Q_OBJECT

public:
    using SpecSource = std::function<submit::JobSpec()>;
    using SpecJson = std::function<QString()>;

    SubmitProgressPage(submit::JobJournal* journal, SubmitBackendMaker backends, SpecSource spec,
                       SpecJson json, QString* specPath, QWidget* parent = nullptr);
    ~SubmitProgressPage() override;

    void load(const submit::JobSpec&) override {}
    void store(submit::JobSpec&) const override {}
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Remote-submission targets sign in through this first (null: the backend maker decides).
    void setSignIn(ProjectSignIn* signIn) { m_signIn = signIn; }
    void startSubmission();
    bool isSubmitting() const;
    QStringList workunits() const;

signals:
    void jobsRequested();
    // A submission ended (journaled): the Jobs page has something new to show.
    void submissionFinished(qint64 entryId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void log(const QString& line);
    void submitNow();
    // Unknown key: ask, and submit again once trusted. Changed key: the alarm, nothing to accept.
    void askToTrustHostKey(const submit::SshError& error);
    void onFinished(const submit::JournalEntry& entry, const submit::SubmitOutcome& outcome,
                    const submit::SubmitError& error);

    submit::JobJournal* m_journal;
    SubmitBackendMaker m_backends;
    SpecSource m_spec;
    SpecJson m_json;
    QString* m_specPath;
    submit::SubmitRunner* m_runner = nullptr;
    QPushButton* m_submit;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_log;
    QLabel* m_workunitsLabel;
    QListWidget* m_workunits;
    QPushButton* m_openJobs;
    bool m_done = false;
    bool m_preparing = false;
    ProjectSignIn* m_signIn = nullptr;
    // The entry a dropped connection or a cancel left behind: Submit resumes it (same key, so
    // the server's record is found) instead of starting a second submission.
    std::optional<submit::JournalEntry> m_resumable;
};

} // namespace bdm::gui
