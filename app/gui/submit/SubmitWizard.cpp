#include "gui/submit/SubmitWizard.h"

#include "gui/submit/CommandPage.h"
#include "gui/submit/FilesPage.h"
#include "gui/submit/ImagePage.h"
#include "gui/submit/ResourcesPage.h"
#include "gui/submit/ReviewPage.h"
#include "gui/submit/SubmitProgressPage.h"
#include "gui/submit/TargetPage.h"
#include "submit/JobSpecFile.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace bdm::gui {

SubmitWizard::SubmitWizard(submit::JobJournal* journal, SubmitBackendMaker backends, QWidget* parent)
    : QWizard(parent, Qt::Widget), m_target(new TargetPage(this)), m_image(new ImagePage(this)),
      m_command(new CommandPage(this)), m_files(new FilesPage(this)), m_resources(new ResourcesPage(this)),
      m_review(new ReviewPage([this] { return spec(); }, this)),
      m_submit(new SubmitProgressPage(
          journal, std::move(backends), [this] { return spec(); }, [this] { return specJson(); }, &m_specPath,
          this))
{
    setObjectName(QStringLiteral("submitWizard"));
    // QDialog's constructor turns Qt::Widget into Qt::Dialog: only this makes the wizard part of
    // its page instead of a window of its own floating over whatever page is shown.
    setWindowFlags(Qt::Widget);
    m_resources->setTargetSource([this] { return spec().target; });
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoCancelButton | QWizard::NoDefaultButton);
    setPage(TargetId, m_target);
    setPage(ImageId, m_image);
    setPage(CommandId, m_command);
    setPage(FilesId, m_files);
    setPage(ResourcesId, m_resources);
    setPage(ReviewId, m_review);
    setPage(SubmitId, m_submit);
    setStartId(TargetId);
    setSpec(submit::JobSpec{});

    connect(m_target, &TargetPage::openSpecRequested, this, &SubmitWizard::openSpecWithDialog);
    connect(m_review, &ReviewPage::saveSpecRequested, this, &SubmitWizard::saveSpecWithDialog);
    connect(m_review->localTest(), &LocalTestPanel::useRuntimeRequested, this,
            [this](double seconds) { m_resources->setRuntimeEstimateSeconds(seconds); });
    connect(m_submit, &SubmitProgressPage::jobsRequested, this, &SubmitWizard::jobsRequested);
    connect(m_submit, &SubmitProgressPage::submissionFinished, this, &SubmitWizard::submissionFinished);
    retranslate();
}

SubmitWizard::~SubmitWizard() = default;

QList<SubmitWizardPage*> SubmitWizard::pages() const
{
    return {m_target, m_image, m_command, m_files, m_resources, m_review, m_submit};
}

void SubmitWizard::retranslate()
{
    setButtonText(QWizard::FinishButton, tr("Start &over"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
}

submit::JobSpec SubmitWizard::spec() const
{
    submit::JobSpec spec = m_base;
    for (const SubmitWizardPage* page : pages())
        page->store(spec);
    return spec;
}

void SubmitWizard::setSpec(const submit::JobSpec& spec, const QString& path)
{
    m_base = spec;
    m_specPath = path;
    for (SubmitWizardPage* page : pages())
        page->load(spec);
    restart();
}

QString SubmitWizard::specJson() const
{
    return QString::fromUtf8(submit::JobSpecFile::toJson(spec(), QString()));
}

bool SubmitWizard::openSpec(const QString& path, QString* error)
{
    const std::optional<submit::JobSpec> loaded = submit::JobSpecFile::read(path, error);
    if (!loaded)
        return false;
    setSpec(*loaded, QFileInfo(path).absoluteFilePath());
    return true;
}

bool SubmitWizard::saveSpec(const QString& path, QString* error)
{
    if (!submit::JobSpecFile::write(spec(), path, error))
        return false;
    m_specPath = QFileInfo(path).absoluteFilePath();
    return true;
}

void SubmitWizard::openSpecWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open job spec"), QFileInfo(m_specPath).path(),
                                                      tr("Job specs (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openSpec(path, &error))
        QMessageBox::warning(this, tr("Open job spec"), tr("Cannot read %1:\n%2").arg(path, error));
}

void SubmitWizard::saveSpecWithDialog()
{
    const QString start = m_specPath.isEmpty() ? spec().name + QStringLiteral(".json") : m_specPath;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save job spec"), start, tr("Job specs (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveSpec(path, &error))
        QMessageBox::warning(this, tr("Save job spec"), tr("Cannot write %1:\n%2").arg(path, error));
}

void SubmitWizard::done(int result)
{
    Q_UNUSED(result);
    if (m_submit->isSubmitting())
        return;
    restart();
}

void SubmitWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

} // namespace bdm::gui
