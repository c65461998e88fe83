#pragma once

#include "submit/AppSpec.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace bdm::submit {
class AppCreator;
struct AppCreateResult;
struct SshError;
} // namespace bdm::submit

namespace bdm::gui {

class PlanClassField;
class SshTargetForm;

// "New Docker app": the fields of an app spec, a preview of the plan-class XML and the exact
// boinc2docker command, then AppCreator's check → run → verify with its report.
class NewAppDialog : public QDialog
{
    Q_OBJECT

public:
    // `target`: the Submit wizard's SSH target, as a starting point.
    explicit NewAppDialog(const submit::SubmitTarget& target, QWidget* parent = nullptr);
    ~NewAppDialog() override;

    // The spec the fields describe; nullopt with the reasons when they are not valid.
    std::optional<submit::AppSpec> spec(QStringList* errors) const;

private:
    void updatePreview();
    void create();
    void onFinished(const submit::AppCreateResult& result);
    void onFailed(const QString& message, bool refused, const submit::SshError& error);

    QLineEdit* m_app;
    QCheckBox* m_newClass;
    PlanClassField* m_planClass;
    QComboBox* m_compose;
    QComboBox* m_gpuType;
    QDoubleSpinBox* m_ngpus;
    QSpinBox* m_minNcpus;
    QSpinBox* m_maxThreads;
    SshTargetForm* m_server;
    QPlainTextEdit* m_preview;
    QLabel* m_status;
    QPushButton* m_create;
    submit::AppCreator* m_creator;
};

} // namespace bdm::gui
