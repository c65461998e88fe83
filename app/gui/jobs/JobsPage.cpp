#include "gui/jobs/JobsPage.h"

#include "gui/jobs/JobDetailPanel.h"
#include "gui/jobs/JobsModel.h"
#include "gui/submit/HostKeyDialog.h"
#include "gui/submit/ProjectSignIn.h"
#include "gui/widgets/EmptyState.h"
#include "submit/JobJournal.h"
#include "submit/JobSpecFile.h"
#include "submit/SubmitBackend.h"
#include "submit/SubmitRunner.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bdm::gui {

JobsPage::JobsPage(submit::JobJournal* journal, SubmitBackendMaker backends, QWidget* parent)
    : QWidget(parent), m_journal(journal), m_backends(std::move(backends)), m_model(new JobsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_detail(new JobDetailPanel(this)), m_empty(new EmptyState(this)), m_content(new QStackedWidget(this)),
      m_notice(new QLabel(this)), m_refresh(new QPushButton(this)), m_fetch(new QPushButton(this)),
      m_abort(new QPushButton(this)), m_retry(new QPushButton(this)), m_clone(new QPushButton(this)),
      m_refreshAction(new QAction(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    m_view->setObjectName(QStringLiteral("jobsTableView"));
    m_notice->setObjectName(QStringLiteral("jobsNoticeLabel"));
    m_refresh->setObjectName(QStringLiteral("refreshStatusesPushButton"));
    m_fetch->setObjectName(QStringLiteral("fetchOutputsPushButton"));
    m_abort->setObjectName(QStringLiteral("abortJobPushButton"));
    m_retry->setObjectName(QStringLiteral("retryJobPushButton"));
    m_clone->setObjectName(QStringLiteral("cloneJobPushButton"));
    m_empty->setIcon(QIcon(QStringLiteral(":/icons/jobs.svg")));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JobsModel::RawValueRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the journal's order (newest first) until clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_refresh, m_fetch, m_abort, m_retry, m_clone})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* table = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(buttons);
    tableLayout->addWidget(m_notice);
    tableLayout->addWidget(splitter, 1);
    m_content->addWidget(m_empty);
    m_content->addWidget(table);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_content);

    connect(m_refresh, &QPushButton::clicked, this, &JobsPage::refreshStatuses);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        reload();
        refreshStatuses();
    });
    connect(m_fetch, &QPushButton::clicked, this, &JobsPage::chooseOutputFolder);
    connect(m_abort, &QPushButton::clicked, this, [this] { abortSelected(true); });
    connect(m_retry, &QPushButton::clicked, this, &JobsPage::retrySelected);
    connect(m_clone, &QPushButton::clicked, this, &JobsPage::cloneSelected);
    connect(m_empty, &EmptyState::actionTriggered, this, &JobsPage::newJobRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    retranslate();
    reload();
}

JobsPage::~JobsPage() = default;

void JobsPage::retranslate()
{
    m_empty->setTitle(tr("No jobs submitted yet"));
    m_empty->setExplanation(
        m_journal
            ? tr("Jobs you submit with the Submit wizard are listed here, with their workunits' states, and "
                 "their output files can be fetched from here.")
            : tr("The job journal could not be opened, so submitted jobs cannot be listed."));
    m_empty->setActionText(tr("&New job…"));
    const QString f5 = QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText);
    m_refresh->setText(tr("&Refresh statuses"));
    m_refresh->setToolTip(tr("Ask the server how the selected job's workunits stand (%1)").arg(f5));
    m_fetch->setText(tr("&Fetch outputs…"));
    m_abort->setText(tr("&Abort…"));
    m_retry->setText(tr("Re&try"));
    m_retry->setToolTip(
        tr("Resume a submission that was interrupted; the server's record is found, so no job "
           "is created twice"));
    m_clone->setText(tr("&Clone as new job"));
}

void JobsPage::reload()
{
    if (m_journal)
        m_model->setEntries(m_journal->entries());
    m_content->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    if (m_model->rowCount() > 0 && !m_view->selectionModel()->hasSelection())
        m_view->selectRow(0);
    updateDetail();
    updateActions();
}

void JobsPage::showEvent(QShowEvent* event)
{
    reload();
    QWidget::showEvent(event);
}

void JobsPage::selectEntry(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

std::optional<submit::JournalEntry> JobsPage::selectedEntry() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const submit::JournalEntry* e = m_model->entryAt(m_proxy->mapToSource(rows.first()).row());
    return e ? std::optional<submit::JournalEntry>(*e) : std::nullopt;
}

bool JobsPage::canRetry(submit::JournalStage stage)
{
    return stage == submit::JournalStage::Prepared || stage == submit::JournalStage::Uploading ||
           stage == submit::JournalStage::Submitting;
}

void JobsPage::updateActions()
{
    const std::optional<submit::JournalEntry> e = selectedEntry();
    const bool idle = !isBusy();
    const bool submitted = e && e->stage == submit::JournalStage::Submitted;
    m_refresh->setEnabled(idle && submitted);
    m_refreshAction->setEnabled(idle);
    m_fetch->setEnabled(idle && submitted);
    m_abort->setEnabled(idle && submitted);
    m_retry->setEnabled(idle && e && canRetry(e->stage));
    m_clone->setEnabled(e.has_value());
}

void JobsPage::updateDetail()
{
    const std::optional<submit::JournalEntry> e = selectedEntry();
    if (!e) {
        m_detail->clear();
        return;
    }
    m_detail->setEntry(*e, m_journal ? m_journal->statuses(e->id) : QList<submit::JobStatus>{});
}

QString JobsPage::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void JobsPage::showNotice(const QString& text, bool error)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(error ? QStringLiteral("color: palette(link);") : QString());
    m_notice->setVisible(!text.isEmpty());
}

std::optional<submit::JobSpec> JobsPage::specOf(const submit::JournalEntry& entry, QString* error) const
{
    // Journaled with absolute paths; the spec's own folder still resolves anything relative.
    const QString base =
        entry.specPath.isEmpty() ? QDir::currentPath() : QFileInfo(entry.specPath).absolutePath();
    return submit::JobSpecFile::parse(entry.specJson.toUtf8(), base, error);
}

bool JobsPage::signInFirst(const submit::JournalEntry& entry, std::function<void()> then)
{
    if (!m_signIn)
        return false;
    const std::optional<submit::JobSpec> spec = specOf(entry, nullptr);
    if (!spec || m_signIn->isReady(spec->target))
        return false;
    const qint64 id = entry.id;
    m_signIn->prepare(spec->target, this, [this, id, then](const QString& error) {
        if (!error.isEmpty()) {
            showNotice(tr("Not signed in: %1").arg(error), true);
            return;
        }
        // Only if the same job is still the one chosen.
        if (const std::optional<submit::JournalEntry> now = selectedEntry(); now && now->id == id)
            then();
    });
    return true;
}

void JobsPage::askAboutHostKey(const submit::JournalEntry& entry, const submit::SshError& error,
                               std::function<void()> again)
{
    const std::optional<submit::JobSpec> spec = specOf(entry, nullptr);
    if (!spec || !HostKeyDialog::handles(error))
        return;
    auto* dialog = new HostKeyDialog(submit::SshEndpoint::fromTarget(spec->target), error, this);
    connect(dialog, &HostKeyDialog::notTrusted, this, [this](const QString& why) {
        if (!why.isEmpty())
            showNotice(tr("Could not add the host key: %1").arg(why), true);
    });
    const qint64 id = entry.id;
    connect(dialog, &HostKeyDialog::trusted, this, [this, id, again] {
        showNotice(tr("Host key trusted."));
        // Only if the same job is still the one chosen.
        if (const std::optional<submit::JournalEntry> now = selectedEntry(); now && now->id == id && again)
            again();
    });
    dialog->open();
}

submit::SubmitBackend* JobsPage::startBackend(const submit::JournalEntry& entry, std::function<void()> again)
{
    QString error;
    const std::optional<submit::JobSpec> spec = specOf(entry, &error);
    if (spec)
        m_backend = m_backends ? m_backends(spec->target, &error) : nullptr;
    if (!m_backend) {
        showNotice(tr("Cannot reach the server of %1: %2").arg(entry.key, error), true);
        return nullptr;
    }
    connect(m_backend.get(), &submit::SubmitBackend::failed, this,
            [this, entry, again](const submit::SubmitError& e) {
                QString text = e.message;
                if (!e.serverText.isEmpty() && e.serverText != e.message)
                    text += QLatin1Char('\n') + e.serverText;
                showNotice(text, true);
                endBackend();
                askAboutHostKey(entry, e.ssh, again);
            });
    updateActions();
    return m_backend.get();
}

void JobsPage::endBackend()
{
    // Called from the backend's own signal: it goes once that has returned.
    if (m_backend)
        m_backend.release()->deleteLater();
    updateActions();
}

void JobsPage::refreshStatuses()
{
    const std::optional<submit::JournalEntry> e = selectedEntry();
    if (!e || isBusy() || e->stage != submit::JournalStage::Submitted)
        return;
    if (signInFirst(*e, [this] { refreshStatuses(); }))
        return;
    submit::SubmitBackend* backend = startBackend(*e, [this] { refreshStatuses(); });
    if (!backend)
        return;
    const qint64 id = e->id;
    connect(
        backend, &submit::SubmitBackend::queried, this, [this, id](const QList<submit::JobStatus>& statuses) {
            if (m_journal)
                m_journal->saveStatuses(id, statuses);
            showNotice(tr("Statuses updated: %n workunit(s).", nullptr, static_cast<int>(statuses.size())));
            endBackend();
            updateDetail();
        });
    showNotice(tr("Asking the server…"));
    backend->query(*e);
}

void JobsPage::chooseOutputFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Fetch output files to"));
    if (!dir.isEmpty())
        fetchOutputs(dir);
}

void JobsPage::fetchOutputs(const QString& directory)
{
    const std::optional<submit::JournalEntry> e = selectedEntry();
    if (!e || isBusy() || e->stage != submit::JournalStage::Submitted)
        return;
    if (signInFirst(*e, [this, directory] { fetchOutputs(directory); }))
        return;
    submit::SubmitBackend* backend = startBackend(*e, [this, directory] { fetchOutputs(directory); });
    if (!backend)
        return;
    connect(backend, &submit::SubmitBackend::outputsFetched, this,
            [this, directory](const QStringList& files) {
                showNotice(files.isEmpty()
                               ? tr("No output files are ready yet.")
                               : tr("Fetched %n file(s) to %1.", nullptr, static_cast<int>(files.size()))
                                     .arg(QDir::toNativeSeparators(directory)));
                endBackend();
            });
    connect(backend, &submit::SubmitBackend::progress, this,
            [this](const QString& step, qint64 done, qint64 total) {
                showNotice(tr("%1 (%2 of %3)").arg(step).arg(done).arg(total));
            });
    showNotice(tr("Fetching output files…"));
    backend->fetchOutputs(*e, directory);
}

void JobsPage::abortSelected(bool confirm)
{
    const std::optional<submit::JournalEntry> e = selectedEntry();
    if (!e || isBusy() || e->stage != submit::JournalStage::Submitted)
        return;
    if (signInFirst(*e, [this, confirm] { abortSelected(confirm); }))
        return;
    if (confirm && QMessageBox::question(
                       this, tr("Abort job"),
                       tr("Abort %n workunit(s) of %1 on the server? Results not yet returned are lost.",
                          nullptr, static_cast<int>(e->workunits.size()))
                           .arg(e->key),
                       QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    // Asked already: once the key is trusted, the abort goes ahead without asking again.
    submit::SubmitBackend* backend = startBackend(*e, [this] { abortSelected(false); });
    if (!backend)
        return;
    const qint64 id = e->id;
    connect(backend, &submit::SubmitBackend::aborted, this, [this, id] {
        if (m_journal)
            m_journal->setStage(id, submit::JournalStage::Aborted);
        showNotice(tr("Aborted."));
        endBackend();
        reload();
    });
    showNotice(tr("Aborting…"));
    backend->abort(*e);
}

void JobsPage::retrySelected()
{
    const std::optional<submit::JournalEntry> e = selectedEntry();
    if (!e || isBusy() || !canRetry(e->stage) || !m_journal)
        return;
    if (signInFirst(*e, [this] { retrySelected(); }))
        return;
    QString error;
    const std::optional<submit::JobSpec> spec = specOf(*e, &error);
    std::unique_ptr<submit::SubmitBackend> backend =
        spec && m_backends ? m_backends(spec->target, &error) : nullptr;
    if (!backend) {
        showNotice(tr("Cannot retry %1: %2").arg(e->key, error), true);
        return;
    }
    if (!m_runner) {
        m_runner = new submit::SubmitRunner(*m_journal, this);
        connect(m_runner, &submit::SubmitRunner::stageChanged, this, [this](submit::JournalStage stage) {
            showNotice(tr("Retrying: %1").arg(JobsModel::stageText(stage)));
            reload();
        });
        connect(m_runner, &submit::SubmitRunner::finished, this,
                [this](const submit::JournalEntry& entry, const submit::SubmitOutcome& outcome,
                       const submit::SubmitError& err) {
                    m_runnerBusy = false;
                    if (err.ok())
                        showNotice(tr("Submitted: %n workunit(s).", nullptr,
                                      static_cast<int>(outcome.workunits.size())));
                    else
                        showNotice(err.serverText.isEmpty() ? err.message : err.serverText, true);
                    reload();
                    // The journal entry is still resumable: Retry again once the key is trusted.
                    askAboutHostKey(entry, err.ssh, [this] { retrySelected(); });
                });
    }
    m_runnerBusy = true;
    showNotice(tr("Retrying %1…").arg(e->key));
    updateActions();
    m_runner->resume(*e, *spec, std::move(backend));
}

void JobsPage::cloneSelected()
{
    const std::optional<submit::JournalEntry> e = selectedEntry();
    if (!e)
        return;
    QString error;
    const std::optional<submit::JobSpec> spec = specOf(*e, &error);
    if (!spec) {
        showNotice(tr("Cannot read the spec of %1: %2").arg(e->key, error), true);
        return;
    }
    emit cloneRequested(*spec);
}

void JobsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bdm::gui
