#pragma once

#include "gui/submit/SubmitBackendMaker.h"
#include "submit/JobSpec.h"

#include <QWizard>

namespace bdm::submit {
class JobJournal;
}

namespace bdm::gui {

class CommandPage;
class FilesPage;
class ImagePage;
class ResourcesPage;
class ReviewPage;
class SubmitProgressPage;
class SubmitWizardPage;
class TargetPage;

// The Submit wizard, embedded in its page (not a dialog): target, image, command, files,
// resources, review, submit. It holds one JobSpec: spec() is the loaded spec with every page's
// fields written over it, so values the pages do not show survive; going Back loses nothing.
class SubmitWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        TargetId,
        ImageId,
        CommandId,
        FilesId,
        ResourcesId,
        ReviewId,
        SubmitId
    };

    SubmitWizard(submit::JobJournal* journal, SubmitBackendMaker backends, QWidget* parent = nullptr);
    ~SubmitWizard() override;

    submit::JobSpec spec() const;
    // Puts `spec` into every page and goes back to the first one. `path`: where it was read from.
    void setSpec(const submit::JobSpec& spec, const QString& path = {});
    QString specPath() const { return m_specPath; }
    // The spec as JSON with absolute paths, as the journal keeps it.
    QString specJson() const;

    bool openSpec(const QString& path, QString* error);
    bool saveSpec(const QString& path, QString* error);
    // With file dialogs (Ctrl+O, Ctrl+S).
    void openSpecWithDialog();
    void saveSpecWithDialog();

    TargetPage* targetPage() const { return m_target; }
    ImagePage* imagePage() const { return m_image; }
    CommandPage* commandPage() const { return m_command; }
    FilesPage* filesPage() const { return m_files; }
    ResourcesPage* resourcesPage() const { return m_resources; }
    ReviewPage* reviewPage() const { return m_review; }
    SubmitProgressPage* submitPage() const { return m_submit; }

    // A dialog's done() would hide the embedded wizard: Finish starts over instead, keeping
    // the values for the next, similar job.
    void done(int result) override;
    // Escape in a field must not throw the user back to the first page.
    void reject() override {}

signals:
    void jobsRequested();
    void submissionFinished(qint64 entryId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QList<SubmitWizardPage*> pages() const;

    submit::JobSpec m_base;
    QString m_specPath;
    TargetPage* m_target;
    ImagePage* m_image;
    CommandPage* m_command;
    FilesPage* m_files;
    ResourcesPage* m_resources;
    ReviewPage* m_review;
    SubmitProgressPage* m_submit;
};

} // namespace bdm::gui
