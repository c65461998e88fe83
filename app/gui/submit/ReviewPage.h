#pragma once

#include "gui/submit/LocalTestPanel.h"
#include "gui/submit/SubmitWizardPage.h"

#include <QList>

class QLabel;
class QPushButton;
class QTabWidget;

namespace bdm::gui {

// The last look before submitting: every file the submission generates, read-only, one tab
// each; what is wrong with the spec in plain words (Next stays disabled until nothing is);
// a local test run; and "Save spec…".
class ReviewPage : public SubmitWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(LocalTestPanel::SpecSource spec, QWidget* parent = nullptr);

    void load(const submit::JobSpec&) override {}
    void store(submit::JobSpec&) const override {}
    void initializePage() override;
    bool isComplete() const override;

    // Re-reads the spec from the wizard: generated files and problems.
    void refresh();
    QStringList problems() const { return m_errors; }
    QTabWidget* fileTabs() const { return m_tabs; }
    LocalTestPanel* localTest() const { return m_localTest; }

signals:
    void saveSpecRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    LocalTestPanel::SpecSource m_spec;
    QLabel* m_problems;
    QTabWidget* m_tabs;
    LocalTestPanel* m_localTest;
    QPushButton* m_save;
    QStringList m_errors;
};

} // namespace bdm::gui
