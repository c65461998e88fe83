#pragma once

#include "submit/JobSpec.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace bdm::readiness {
struct PlanClassSpecFile;
}

namespace bdm::submit {
class ServerPlanClassReader;
struct SshError;
} // namespace bdm::submit

namespace bdm::gui {

// The plan-class choice: an editable list of common names that "Read from server" replaces
// with the classes in the project's plan_class_spec.xml (over SSH, in the background), each
// with its Docker and GPU needs as a tooltip. The typed or chosen name is kept either way.
class PlanClassField : public QWidget
{
    Q_OBJECT

public:
    using TargetSource = std::function<submit::SubmitTarget()>;

    explicit PlanClassField(QWidget* parent = nullptr);
    ~PlanClassField() override;

    void setTargetSource(TargetSource source) { m_target = std::move(source); }
    QString text() const;
    void setText(const QString& text);
    QComboBox* comboBox() const { return m_combo; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void readFromServer();
    void onRead(const readiness::PlanClassSpecFile& file);
    void onFailed(const QString& message, const submit::SshError& error);

    QComboBox* m_combo;
    QPushButton* m_read;
    QLabel* m_status;
    submit::ServerPlanClassReader* m_reader;
    TargetSource m_target;
};

} // namespace bdm::gui
