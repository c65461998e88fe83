#include "gui/tasks/TasksPage.h"

#include "boinc/GuiRpcClient.h"
#include "boinc/TaskStatus.h"
#include "gui/tasks/ProgressDelegate.h"
#include "gui/tasks/TaskPoller.h"
#include "gui/tasks/TaskTableModel.h"
#include "gui/widgets/ConnectionGate.h"
#include "gui/widgets/EmptyState.h"

#include <QEvent>
#include <QHeaderView>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace bdm::gui {

TasksPage::TasksPage(boinc::GuiRpcClient& client, const boinc::PasswordLookup& password, QWidget* parent)
    : QWidget(parent), m_poller(new TaskPoller(client, this)), m_model(new TaskTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_noTasks(new EmptyState(this)),
      m_content(new QStackedWidget(this)),
      m_gate(new ConnectionGate(client.connection(), password, m_content, this))
{
    setObjectName(QStringLiteral("tasksPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TaskTableModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_view->setObjectName(QStringLiteral("taskTableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskTableModel::Project, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setItemDelegateForColumn(TaskTableModel::Progress,
                                     new ProgressDelegate(TaskTableModel::RawValueRole, m_view));

    m_noTasks->setObjectName(QStringLiteral("tasksEmptyState"));
    m_noTasks->setIcon(QIcon(QStringLiteral(":/icons/tasks.svg")));
    m_content->addWidget(m_noTasks);
    m_content->addWidget(m_view);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_gate);

    connect(m_poller, &TaskPoller::tasksUpdated, this, &TasksPage::onTasksUpdated);
    connect(m_poller, &TaskPoller::pollFailed, this, &TasksPage::onPollFailed);
    connect(&client.connection(), &boinc::GuiRpcConnection::stateChanged, this,
            [this](boinc::ConnectionState state) {
                // A list from a lost connection may be long out of date; the next one rebuilds it.
                if (state != boinc::ConnectionState::Connected)
                    forgetTasks();
            });
    retranslate();
}

void TasksPage::onTasksUpdated(const QList<boinc::Result>& tasks, const boinc::CcStatus& status)
{
    m_model->update(tasks, status);
    m_haveTasks = true;
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Once only: sizing to contents on every poll would be slow and make columns jump.
        m_view->resizeColumnsToContents();
        // Whatever the first rows held, leave room for "100.0 %" inside the bar's frame and for
        // a common longer status, so a task that gets suspended later still reads in full.
        const QFontMetrics metrics = m_view->fontMetrics();
        boinc::Result suspended;
        suspended.state = boinc::ResultFilesDownloaded;
        boinc::CcStatus inUse;
        inUse.taskSuspendReason = 2; // "computer is in use"
        widenColumn(TaskTableModel::Progress, metrics.horizontalAdvance(QStringLiteral("100.0 %")) + 32);
        widenColumn(TaskTableModel::Status,
                    metrics.horizontalAdvance(boinc::taskStatusText(suspended, inUse)) + 16);
        m_columnsSized = true;
    }
    showContent();
}

void TasksPage::widenColumn(int column, int width)
{
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(column, std::max(header->sectionSize(column), width));
}

void TasksPage::onPollFailed(const boinc::RpcError& error)
{
    if (error.kind == boinc::RpcError::Unauthorized)
        m_gate->showPasswordNeeded();
}

void TasksPage::forgetTasks()
{
    m_model->clear();
    m_haveTasks = false;
    showContent();
}

void TasksPage::showContent()
{
    if (m_haveTasks && m_model->rowCount() > 0) {
        m_content->setCurrentWidget(m_view);
        return;
    }
    if (m_haveTasks) {
        m_noTasks->setTitle(tr("This BOINC client has no tasks"));
        m_noTasks->setExplanation(
            tr("Tasks appear here when the client gets work from a project it is attached to. To attach to a "
               "project, use BOINC Manager or boinccmd --project_attach URL ACCOUNT_KEY."));
    } else {
        m_noTasks->setTitle(tr("Reading the task list…"));
        m_noTasks->setExplanation(tr("Waiting for the BOINC client to send its tasks."));
    }
    m_content->setCurrentWidget(m_noTasks);
}

void TasksPage::retranslate()
{
    m_model->retranslate();
    showContent();
}

void TasksPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_poller->setActive(true);
}

void TasksPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    // Nothing on screen needs the list; the next show polls at once.
    m_poller->setActive(false);
}

void TasksPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bdm::gui
