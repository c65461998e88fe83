#pragma once

#include "boinc/PasswordLocator.h"
#include "gui/GuiSettings.h"

#include <QTimer>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace bdm::boinc {
class GuiRpcClient;
class GuiRpcConnection;
} // namespace bdm::boinc
namespace bdm::engine {
class EngineConnector;
}
namespace bdm::monitor {
class HostSession;
class TaskHistoryStore;
} // namespace bdm::monitor

namespace bdm::gui {

class ConnectionGate;
class EmptyState;
class TaskActions;
class TaskDetailPanel;
class TaskEngineLink;
class TaskJoinModel;

// One host's tasks joined with their containers: a filterable, sortable table whose layout is
// kept across restarts, suspend/resume/abort through the client, and a detail panel for the
// selected row. Polls only while on screen; nothing here waits for the client or the engine.
class TasksPage : public QWidget
{
    Q_OBJECT

public:
    // All four outlive the page. The page starts the session while it is shown (and stops it
    // again when hidden) unless the session was already running.
    TasksPage(monitor::HostSession& session, const boinc::PasswordLookup& password,
              engine::EngineConnector& engineConnector, monitor::TaskHistoryStore& history,
              QWidget* parent = nullptr);
    ~TasksPage() override;

    TaskJoinModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    TaskActions* actions() const { return m_actions; }
    TaskDetailPanel* detailPanel() const { return m_detail; }
    TaskEngineLink* engineLink() const { return m_engine; }
    QLineEdit* filterEdit() const { return m_filter; }
    // Selects the row of a key (TaskContainerJoin::taskKey); false when it is not shown.
    bool selectKey(const QString& key);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildToolBar();
    void buildView();
    void rejoin();
    void onSelectionChanged();
    void updateDetail();
    void showColumnMenu(const QPoint& globalPos);
    void showRowMenu(const QPoint& pos);
    void openHistory();
    void restoreLayout();
    void saveLayout();
    void forgetTasks();
    void showContent();
    void retranslate();

    monitor::HostSession& m_session;
    monitor::TaskHistoryStore* m_history;
    GuiSettings m_settings;
    TaskEngineLink* m_engine;
    TaskJoinModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    TaskDetailPanel* m_detail;
    TaskActions* m_actions;
    QLineEdit* m_filter;
    QToolButton* m_columnsButton;
    QToolButton* m_historyButton;
    QLabel* m_engineLabel;
    QLabel* m_actionLabel;
    QSplitter* m_splitter;
    EmptyState* m_noTasks;
    QStackedWidget* m_content;
    ConnectionGate* m_gate;
    QTimer m_filterTimer;
    QTimer m_rejoinTimer;
    bool m_startedSession = false;
    bool m_columnsSized = false;
};

} // namespace bdm::gui
