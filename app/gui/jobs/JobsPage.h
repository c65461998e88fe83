#pragma once

#include "gui/submit/SubmitBackendMaker.h"
#include "submit/JobSpec.h"
#include "submit/JournalEntry.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace bdm::submit {
class JobJournal;
class SubmitBackend;
class SubmitRunner;
struct SshError;
} // namespace bdm::submit

namespace bdm::gui {

class ProjectSignIn;

class EmptyState;
class JobDetailPanel;
class JobsModel;

// The jobs submitted from this computer, from the job journal: where each stands, its
// workunits' states on the server, and what can be done with it (refresh, fetch outputs,
// abort, retry an interrupted submission, clone as a new job).
class JobsPage : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPage(submit::JobJournal* journal, SubmitBackendMaker backends = defaultSubmitBackendMaker(),
                      QWidget* parent = nullptr);
    // Remote-submission jobs sign in through this before a backend is made.
    void setSignIn(ProjectSignIn* signIn) { m_signIn = signIn; }
    ~JobsPage() override;

    // Re-reads the journal (in place: selection kept).
    void reload();
    void selectEntry(qint64 id);
    std::optional<submit::JournalEntry> selectedEntry() const;

    // The actions on the selected entry, without dialogs where one would ask (tests, scripts).
    void refreshStatuses();
    void fetchOutputs(const QString& directory);
    void abortSelected(bool confirm = true);
    void retrySelected();
    void cloneSelected();

    bool isBusy() const { return m_backend != nullptr || m_runnerBusy; }
    QString notice() const;
    JobsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    JobDetailPanel* detail() const { return m_detail; }
    EmptyState* emptyState() const { return m_empty; }

    // Whether Retry applies: the submission did not end (not Submitted, Failed, Aborted, Retired).
    static bool canRetry(submit::JournalStage stage);

signals:
    void cloneRequested(const bdm::submit::JobSpec& spec);
    void newJobRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void updateDetail();
    void showNotice(const QString& text, bool error = false);
    void chooseOutputFolder();
    std::optional<submit::JobSpec> specOf(const submit::JournalEntry& entry, QString* error) const;
    // `again` re-runs the action once an unknown SSH host key has been trusted.
    submit::SubmitBackend* startBackend(const submit::JournalEntry& entry, std::function<void()> again);
    // An SSH host key problem of the entry's server: shown (HostKeyDialog); `again` once trusted.
    void askAboutHostKey(const submit::JournalEntry& entry, const submit::SshError& error,
                         std::function<void()> again);
    // A remote-submission job whose account is not at hand yet: signs in, then `then`; true when
    // it took over (the caller stops).
    bool signInFirst(const submit::JournalEntry& entry, std::function<void()> then);
    void endBackend();

    submit::JobJournal* m_journal;
    SubmitBackendMaker m_backends;
    ProjectSignIn* m_signIn = nullptr;
    JobsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    JobDetailPanel* m_detail;
    EmptyState* m_empty;
    QStackedWidget* m_content;
    QLabel* m_notice;
    QPushButton* m_refresh;
    QPushButton* m_fetch;
    QPushButton* m_abort;
    QPushButton* m_retry;
    QPushButton* m_clone;
    QAction* m_refreshAction;
    std::unique_ptr<submit::SubmitBackend> m_backend;
    submit::SubmitRunner* m_runner = nullptr;
    bool m_runnerBusy = false;
};

} // namespace bdm::gui
