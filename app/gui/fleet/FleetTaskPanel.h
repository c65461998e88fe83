#pragma once

#include "boinc/GuiRpcClient.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace bdm::monitor {
class Fleet;
}

namespace bdm::gui {

class FleetTaskFilter;
class FleetTaskModel;

// Every host's tasks in one table with a host column, its filters, and suspend / resume / abort
// for the selected tasks, each sent to its own host's client.
class FleetTaskPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FleetTaskPanel(monitor::Fleet& fleet, QWidget* parent = nullptr);

    FleetTaskModel* model() const { return m_model; }
    FleetTaskFilter* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    void retranslate();

private:
    void act(boinc::GuiRpcClient::ResultOp op);
    void updateButtons();

    monitor::Fleet& m_fleet;
    FleetTaskModel* m_model;
    FleetTaskFilter* m_filter;
    QTableView* m_view;
    QLineEdit* m_search;
    QCheckBox* m_containersOnly;
    QCheckBox* m_unfinishedOnly;
    QPushButton* m_suspend;
    QPushButton* m_resume;
    QPushButton* m_abort;
    QLabel* m_status;
    bool m_columnsSized = false;
};

} // namespace bdm::gui
