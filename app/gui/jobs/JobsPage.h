#pragma once

#include <QWidget>

namespace bdm::gui {

class EmptyState;

// Jobs submitted from this computer. None can exist until submission is built, and it says so.
class JobsPage : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPage(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    EmptyState* m_empty;
};

} // namespace bdm::gui
