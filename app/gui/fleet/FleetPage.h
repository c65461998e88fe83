#pragma once

#include <QWidget>

namespace bdm::gui {

class EmptyState;

// Many BOINC clients at once. Nothing to list until adding hosts is built, and it says so.
class FleetPage : public QWidget
{
    Q_OBJECT

public:
    explicit FleetPage(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    EmptyState* m_empty;
};

} // namespace bdm::gui
