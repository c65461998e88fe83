#include "gui/submit/SubmitWizardPage.h"

#include <QFormLayout>
#include <QLabel>

namespace bdm::gui {

QLabel* SubmitWizardPage::formLabel(QFormLayout* form, QWidget* field, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

} // namespace bdm::gui
