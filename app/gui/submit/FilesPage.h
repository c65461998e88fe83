#pragma once

#include "gui/submit/SubmitWizardPage.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace bdm::gui {

class InputFileList;

// The files a job takes and gives: inputs are local files (dropped or added), each in the
// job's working directory under its own name; outputs are the names the command writes there.
class FilesPage : public SubmitWizardPage
{
    Q_OBJECT

public:
    explicit FilesPage(QWidget* parent = nullptr);

    void load(const submit::JobSpec& spec) override;
    void store(submit::JobSpec& spec) const override;

    InputFileList* inputList() const { return m_inputs; }
    QListWidget* outputList() const { return m_outputs; }
    // A new, empty output row being edited.
    void addOutput();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void addInputs();
    void updateButtons();

    QLabel* m_inputsLabel;
    InputFileList* m_inputs;
    QPushButton* m_addInput;
    QPushButton* m_removeInput;
    QLabel* m_outputsLabel;
    QListWidget* m_outputs;
    QPushButton* m_addOutput;
    QPushButton* m_removeOutput;
};

} // namespace bdm::gui
