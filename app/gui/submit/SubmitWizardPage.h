#pragma once

#include "submit/JobSpec.h"

#include <QWizardPage>

class QFormLayout;
class QLabel;

namespace bdm::gui {

// One step of the Submit wizard. Each step shows part of one JobSpec: load() puts the spec's
// values into the fields, store() writes the fields back. The wizard keeps the spec it was
// given, so values no step shows (a GPU's minimum driver, max_error_results ...) survive a
// round trip through the wizard unchanged.
class SubmitWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    virtual void load(const submit::JobSpec& spec) = 0;
    virtual void store(submit::JobSpec& spec) const = 0;

    // QWizardPage's default resets registered fields when the user goes Back; nothing typed
    // may be lost that way.
    void cleanupPage() override {}

protected:
    // A form row whose label is the field's buddy, so its "&X" mnemonic reaches the field.
    static QLabel* formLabel(QFormLayout* form, QWidget* field, QWidget* parent);
};

} // namespace bdm::gui
