#pragma once

#include "gui/submit/SubmitWizardPage.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace bdm::gui {

class PathField;

// What the container runs: a command line (split into argv as QProcess splits it), a bash
// script shipped with the job, or a compose file. Exactly one of them.
class CommandPage : public SubmitWizardPage
{
    Q_OBJECT

public:
    enum class Kind
    {
        Command,
        Script,
        Compose
    };

    explicit CommandPage(QWidget* parent = nullptr);

    void load(const submit::JobSpec& spec) override;
    void store(submit::JobSpec& spec) const override;
    bool isComplete() const override;

    Kind kind() const;
    void setKind(Kind kind);
    // Writes the commented template script to `path` and selects it; false with *error.
    bool writeTemplate(const QString& path, QString* error);
    static QByteArray templateScript();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateKind();
    void newFromTemplate();

    QButtonGroup* m_kinds;
    QRadioButton* m_commandRadio;
    QRadioButton* m_scriptRadio;
    QRadioButton* m_composeRadio;
    QLineEdit* m_command;
    QLabel* m_argvPreview;
    PathField* m_script;
    QPushButton* m_template;
    PathField* m_compose;
    QLabel* m_progressNote;
};

} // namespace bdm::gui
