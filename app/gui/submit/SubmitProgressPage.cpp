#include "gui/submit/SubmitProgressPage.h"

#include "gui/submit/HostKeyDialog.h"
#include "gui/submit/ProjectSignIn.h"
#include "submit/JobJournal.h"
#include "submit/SshEndpoint.h"
#include "submit/SubmitBackend.h"
#include "submit/SubmitRunner.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace bdm::gui {
namespace {

QString stageText(submit::JournalStage stage)
{
    switch (stage) {
    case submit::JournalStage::Prepared:
        return SubmitProgressPage::tr("Prepared: written to the journal, nothing sent yet");
    case submit::JournalStage::Uploading:
        return SubmitProgressPage::tr("Uploading input files");
    case submit::JournalStage::Submitting:
        return SubmitProgressPage::tr("Creating the jobs on the server");
    case submit::JournalStage::Submitted:
        return SubmitProgressPage::tr("Submitted");
    case submit::JournalStage::Failed:
        return SubmitProgressPage::tr("Failed");
    case submit::JournalStage::Aborted:
        return SubmitProgressPage::tr("Aborted");
    case submit::JournalStage::Retired:
        return SubmitProgressPage::tr("Retired");
    }
    return {};
}

} // namespace

SubmitProgressPage::SubmitProgressPage(submit::JobJournal* journal, SubmitBackendMaker backends,
                                       SpecSource spec, SpecJson json, QString* specPath, QWidget* parent)
    : SubmitWizardPage(parent), m_journal(journal), m_backends(std::move(backends)), m_spec(std::move(spec)),
      m_json(std::move(json)), m_specPath(specPath), m_submit(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_log(new QPlainTextEdit(this)), m_workunitsLabel(new QLabel(this)), m_workunits(new QListWidget(this)),
      m_openJobs(new QPushButton(this))
{
    setObjectName(QStringLiteral("submitWizardPage"));
    m_submit->setObjectName(QStringLiteral("submitPushButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSubmitPushButton"));
    m_progress->setObjectName(QStringLiteral("submitProgressBar"));
    m_status->setObjectName(QStringLiteral("submitStatusLabel"));
    m_log->setObjectName(QStringLiteral("stageLogView"));
    m_workunits->setObjectName(QStringLiteral("workunitsListWidget"));
    m_openJobs->setObjectName(QStringLiteral("openInJobsPushButton"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_workunitsLabel->setBuddy(m_workunits);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel->setEnabled(false);
    m_openJobs->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_submit);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_openJobs);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_log, 2);
    layout->addWidget(m_workunitsLabel);
    layout->addWidget(m_workunits, 1);
    layout->addLayout(bottom);

    connect(m_submit, &QPushButton::clicked, this, &SubmitProgressPage::startSubmission);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(m_openJobs, &QPushButton::clicked, this, &SubmitProgressPage::jobsRequested);
    retranslate();
}

SubmitProgressPage::~SubmitProgressPage() = default;

void SubmitProgressPage::retranslate()
{
    setTitle(tr("Submit"));
    setSubTitle(tr("Every step is written to the job journal before it is taken, so an interrupted "
                   "submission can be retried from the Jobs page without creating jobs twice."));
    m_submit->setText(tr("&Submit"));
    m_cancel->setText(tr("&Cancel"));
    m_workunitsLabel->setText(tr("&Workunits created:"));
    m_openJobs->setText(tr("Open in &Jobs"));
}

void SubmitProgressPage::initializePage()
{
    m_done = false;
    m_resumable.reset();
    m_submit->setText(tr("&Submit"));
    m_log->clear();
    m_workunits->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_openJobs->setEnabled(false);
    m_submit->setEnabled(m_journal != nullptr);
    m_status->setText(m_journal ? tr("Press Submit to send the job to the server.")
                                : tr("The job journal could not be opened, so nothing can be submitted."));
    emit completeChanged();
}

bool SubmitProgressPage::isSubmitting() const
{
    return m_runner && m_runner->isRunning();
}

bool SubmitProgressPage::isComplete() const
{
    return m_done && !isSubmitting();
}

bool SubmitProgressPage::validatePage()
{
    return !isSubmitting();
}

QStringList SubmitProgressPage::workunits() const
{
    QStringList names;
    for (int i = 0; i < m_workunits->count(); ++i)
        names << m_workunits->item(i)->text();
    return names;
}

void SubmitProgressPage::log(const QString& line)
{
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(time, line));
}

void SubmitProgressPage::startSubmission()
{
    if (!m_journal || isSubmitting() || m_preparing)
        return;
    if (!m_signIn)
        return submitNow();
    // A remote-submission target needs the account's authenticator first (keychain or sign-in).
    m_preparing = true;
    m_submit->setEnabled(false);
    m_signIn->prepare(m_spec().target, this, [this](const QString& error) {
        m_preparing = false;
        if (!error.isEmpty()) {
            m_status->setText(tr("Not submitted: %1").arg(error));
            log(m_status->text());
            m_submit->setEnabled(true);
            return;
        }
        submitNow();
    });
}

void SubmitProgressPage::submitNow()
{
    const submit::JobSpec spec = m_spec();
    QString error;
    std::unique_ptr<submit::SubmitBackend> backend = m_backends ? m_backends(spec.target, &error) : nullptr;
    if (!backend) {
        m_status->setText(tr("Cannot submit: %1").arg(error));
        log(m_status->text());
        return;
    }
    if (!m_runner) {
        m_runner = new submit::SubmitRunner(*m_journal, this);
        connect(m_runner, &submit::SubmitRunner::entryCreated, this,
                [this](const submit::JournalEntry& entry) { log(tr("Journal entry %1").arg(entry.key)); });
        connect(m_runner, &submit::SubmitRunner::stageChanged, this, [this](submit::JournalStage stage) {
            m_status->setText(stageText(stage));
            log(stageText(stage));
        });
        connect(m_runner, &submit::SubmitRunner::progress, this,
                [this](const QString& step, qint64 done, qint64 total) {
                    // Bytes can exceed int: the bar shows per mille.
                    constexpr int scale = 1000;
                    m_progress->setRange(0, total > 0 ? scale : 0);
                    if (total > 0)
                        m_progress->setValue(static_cast<int>(done * scale / total));
                    m_progress->setFormat(step + QStringLiteral("  %p%"));
                });
        connect(m_runner, &submit::SubmitRunner::finished, this, &SubmitProgressPage::onFinished);
    }
    m_done = false;
    m_log->clear();
    m_workunits->clear();
    m_submit->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Submitting…"));
    emit completeChanged();
    if (m_resumable) {
        const submit::JournalEntry entry = *std::exchange(m_resumable, std::nullopt);
        log(tr("Resuming journal entry %1").arg(entry.key));
        m_runner->resume(entry, spec, std::move(backend));
        return;
    }
    m_runner->start(spec, m_json(), m_specPath ? *m_specPath : QString(), std::move(backend));
}

void SubmitProgressPage::onFinished(const submit::JournalEntry& entry, const submit::SubmitOutcome& outcome,
                                    const submit::SubmitError& error)
{
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setFormat(QStringLiteral("%p%"));
    if (error.ok()) {
        m_progress->setValue(1);
        m_workunits->addItems(outcome.workunits);
        m_status->setText(outcome.batchId.isEmpty() ? tr("Submitted: %n workunit(s).", nullptr,
                                                         static_cast<int>(outcome.workunits.size()))
                                                    : tr("Submitted batch %1: %n workunit(s).", nullptr,
                                                         static_cast<int>(outcome.workunits.size()))
                                                          .arg(outcome.batchId));
        m_done = true;
    } else {
        m_progress->setValue(0);
        QString text = error.message;
        if (!error.serverText.isEmpty() && error.serverText != error.message)
            text += QStringLiteral("\n") + error.serverText;
        m_status->setText(
            error.kind == submit::SubmitError::Kind::Connection
                ? tr("The connection failed; the journal keeps the stage reached, and Retry on the "
                     "Jobs page resumes it.\n%1")
                      .arg(text)
                : text);
        const bool resumable = entry.id > 0 && (error.kind == submit::SubmitError::Kind::Connection ||
                                                error.kind == submit::SubmitError::Kind::Cancelled);
        if (resumable)
            m_resumable = entry;
        m_submit->setText(resumable ? tr("&Retry") : tr("&Submit"));
        m_submit->setEnabled(error.kind != submit::SubmitError::Kind::Refused);
    }
    log(m_status->text());
    m_openJobs->setEnabled(entry.id > 0);
    emit completeChanged();
    if (entry.id > 0)
        emit submissionFinished(entry.id);
    if (HostKeyDialog::handles(error.ssh))
        askToTrustHostKey(error.ssh);
}

void SubmitProgressPage::askToTrustHostKey(const submit::SshError& error)
{
    auto* dialog = new HostKeyDialog(submit::SshEndpoint::fromTarget(m_spec().target), error, this);
    connect(dialog, &HostKeyDialog::notTrusted, this, [this](const QString& why) {
        if (why.isEmpty()) {
            log(tr("The host key was not trusted; nothing was added to known_hosts."));
            return;
        }
        m_status->setText(tr("Could not add the host key: %1").arg(why));
        log(m_status->text());
    });
    connect(dialog, &HostKeyDialog::trusted, this, [this] {
        log(tr("Host key trusted; submitting again."));
        startSubmission();
    });
    dialog->open();
}

void SubmitProgressPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SubmitWizardPage::changeEvent(event);
}

} // namespace bdm::gui
