#pragma once

#include "gui/submit/SubmitBackendMaker.h"
#include "submit/JobSpec.h"

#include <QWidget>

class QPushButton;

namespace bdm::submit {
class JobJournal;
}

namespace bdm::gui {

class SubmitWizard;

// Turning a container image, a command and files into BOINC jobs: the Submit wizard, embedded.
// Ctrl+O opens a saved spec into it, Ctrl+S saves what it holds.
class SubmitPage : public QWidget
{
    Q_OBJECT

public:
    // `journal` may be null when it could not be opened: the last step then says so.
    explicit SubmitPage(submit::JobJournal* journal,
                        SubmitBackendMaker backends = defaultSubmitBackendMaker(), QWidget* parent = nullptr);

    SubmitWizard* wizard() const { return m_wizard; }
    // A new job from `spec` (Clone on the Jobs page): every page filled, the first one shown.
    void loadSpec(const submit::JobSpec& spec);

signals:
    void jobsRequested();
    void submissionFinished(qint64 entryId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    SubmitWizard* m_wizard;
    QPushButton* m_newApp = nullptr;
};

} // namespace bdm::gui
