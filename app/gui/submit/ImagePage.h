#pragma once

#include "gui/submit/SubmitWizardPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bdm::gui {

// What runs: the BOINC app, the container image and how volunteers get it, the container's
// network (none unless asked) and GPUs.
class ImagePage : public SubmitWizardPage
{
    Q_OBJECT

public:
    explicit ImagePage(QWidget* parent = nullptr);

    void load(const submit::JobSpec& spec) override;
    void store(submit::JobSpec& spec) const override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateGpu();

    QLineEdit* m_app;
    QLineEdit* m_image;
    QComboBox* m_delivery;
    QComboBox* m_network;
    QComboBox* m_gpu;
    QSpinBox* m_gpuCount;
    QCheckBox* m_cdi;
    QLabel* m_appLabel;
    QLabel* m_imageLabel;
    QLabel* m_deliveryLabel;
    QLabel* m_networkLabel;
    QLabel* m_gpuLabel;
    QLabel* m_gpuCountLabel;
    QLabel* m_networkNote;
};

} // namespace bdm::gui
