#pragma once

#include <QWidget>

namespace bdm::gui {

class EmptyState;

// Turning a container and files into BOINC jobs. Nothing to submit to until a project server can be set up,
// and it says so.
class SubmitPage : public QWidget
{
    Q_OBJECT

public:
    explicit SubmitPage(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    EmptyState* m_empty;
};

} // namespace bdm::gui
