#pragma once

#include "boinc/CcStatus.h"
#include "boinc/PasswordLocator.h"
#include "boinc/Result.h"
#include "boinc/RpcError.h"

#include <QWidget>

class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace bdm::boinc {
class GuiRpcClient;
}

namespace bdm::gui {

class ConnectionGate;
class EmptyState;
class TaskPoller;
class TaskTableModel;

// The tasks of the local BOINC client, as a sortable table that updates every two seconds.
class TasksPage : public QWidget
{
    Q_OBJECT

public:
    TasksPage(boinc::GuiRpcClient& client, const boinc::PasswordLookup& password, QWidget* parent = nullptr);

    TaskTableModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onTasksUpdated(const QList<boinc::Result>& tasks, const boinc::CcStatus& status);
    void onPollFailed(const boinc::RpcError& error);
    void forgetTasks();
    void widenColumn(int column, int width);
    void showContent();
    void retranslate();

    TaskPoller* m_poller;
    TaskTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    EmptyState* m_noTasks;
    QStackedWidget* m_content;
    ConnectionGate* m_gate;
    // False until the first list arrives: before that "no tasks" would be a guess.
    bool m_haveTasks = false;
    bool m_columnsSized = false;
};

} // namespace bdm::gui
