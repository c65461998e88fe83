#include "gui/tasks/TasksPage.h"

#include "boinc/GuiRpcClient.h"
#include "boinc/TaskStatus.h"
#include "gui/tasks/ProgressDelegate.h"
#include "gui/tasks/TaskActions.h"
#include "gui/tasks/TaskDetailPanel.h"
#include "gui/tasks/TaskEngineLink.h"
#include "gui/tasks/TaskHistoryDialog.h"
#include "gui/tasks/TaskJoinModel.h"
#include "gui/widgets/ConnectionGate.h"
#include "gui/widgets/EmptyState.h"
#include "monitor/HostSession.h"
#include "monitor/TaskContainerJoin.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace bdm::gui {
namespace {

// Typing "einst" should not re-filter five times.
constexpr int filterDelayMs = 250;

} // namespace

TasksPage::TasksPage(monitor::HostSession& session, const boinc::PasswordLookup& password,
                     engine::EngineConnector& engineConnector, monitor::TaskHistoryStore& history,
                     QWidget* parent)
    : QWidget(parent), m_session(session), m_history(&history),
      m_engine(new TaskEngineLink(&engineConnector, &history, this)), m_model(new TaskJoinModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_detail(new TaskDetailPanel(this)), m_actions(new TaskActions(session, this)),
      m_filter(new QLineEdit(this)), m_columnsButton(new QToolButton(this)),
      m_historyButton(new QToolButton(this)), m_engineLabel(new QLabel(this)),
      m_actionLabel(new QLabel(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_noTasks(new EmptyState(this)), m_content(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("tasksPage"));
    m_engine->setHost(session.endpoint().toString());
    buildView();

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* main = new QWidget(this);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(buildToolBar());
    mainLayout->addWidget(m_splitter, 1);

    m_noTasks->setObjectName(QStringLiteral("tasksEmptyState"));
    m_noTasks->setIcon(QIcon(QStringLiteral(":/icons/tasks.svg")));
    m_content->addWidget(m_noTasks);
    m_content->addWidget(main);

    m_gate = new ConnectionGate(session.client().connection(), password, m_content, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_gate);

    // Results, cc_status and the engine's signals often come together: one join for a burst.
    m_rejoinTimer.setSingleShot(true);
    m_rejoinTimer.setInterval(0);
    connect(&m_rejoinTimer, &QTimer::timeout, this, &TasksPage::rejoin);
    const auto rejoinSoon = [this] {
        m_rejoinTimer.start();
    };
    connect(&m_session, &monitor::HostSession::resultsChanged, this, [this, rejoinSoon] {
        m_engine->updateTasks(m_session.snapshot().results);
        rejoinSoon();
    });
    connect(&m_session, &monitor::HostSession::ccStatusChanged, this, rejoinSoon);
    connect(&m_session, &monitor::HostSession::stateChanged, this,
            [this](const QString&, boinc::ConnectionState s) {
                // A list from a lost connection may be long out of date; the next one rebuilds it.
                if (s != boinc::ConnectionState::Connected)
                    forgetTasks();
            });
    connect(m_engine, &TaskEngineLink::changed, this, rejoinSoon);
    connect(m_engine, &TaskEngineLink::statsUpdated, this, [this, rejoinSoon] {
        rejoinSoon();
        updateDetail();
    });
    connect(m_actions, &TaskActions::finished, this, [this](const QString& error) {
        m_actionLabel->setText(error);
        m_actionLabel->setVisible(!error.isEmpty());
    });

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(filterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setFilterFixedString(m_filter->text());
        m_settings.setTasksFilter(m_filter->text());
    });
    connect(m_filter, &QLineEdit::textChanged, &m_filterTimer, qOverload<>(&QTimer::start));
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    restoreLayout();
    retranslate();
    // Container outcomes are recorded whichever page is on screen.
    m_engine->start();
}

TasksPage::~TasksPage()
{
    saveLayout();
    if (m_startedSession)
        m_session.stop();
}

QWidget* TasksPage::buildToolBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 6, 6, 0);
    m_filter->setObjectName(QStringLiteral("taskFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    row->addWidget(m_filter, 1);
    for (QAction* action :
         {m_actions->suspendAction(), m_actions->resumeAction(), m_actions->abortAction()}) {
        auto* button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        row->addWidget(button);
    }
    m_columnsButton->setObjectName(QStringLiteral("taskColumnsButton"));
    connect(m_columnsButton, &QToolButton::clicked, this,
            [this] { showColumnMenu(m_columnsButton->mapToGlobal(QPoint(0, m_columnsButton->height()))); });
    m_historyButton->setObjectName(QStringLiteral("taskHistoryButton"));
    m_historyButton->setEnabled(m_history != nullptr);
    connect(m_historyButton, &QToolButton::clicked, this, &TasksPage::openHistory);
    row->addWidget(m_columnsButton);
    row->addWidget(m_historyButton);

    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(bar);
    m_engineLabel->setObjectName(QStringLiteral("taskEngineLabel"));
    m_engineLabel->setWordWrap(true);
    m_engineLabel->setContentsMargins(8, 0, 8, 0);
    m_actionLabel->setObjectName(QStringLiteral("taskActionErrorLabel"));
    m_actionLabel->setWordWrap(true);
    m_actionLabel->setContentsMargins(8, 0, 8, 0);
    m_actionLabel->setStyleSheet(QStringLiteral("color: #b03a00"));
    m_actionLabel->hide();
    column->addWidget(m_engineLabel);
    column->addWidget(m_actionLabel);
    return box;
}

void TasksPage::buildView()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TaskJoinModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(TaskJoinModel::RawValueRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("taskTableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskJoinModel::Project, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& pos) { showColumnMenu(m_view->horizontalHeader()->mapToGlobal(pos)); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &TasksPage::showRowMenu);
    m_view->setItemDelegateForColumn(TaskJoinModel::Progress,
                                     new ProgressDelegate(TaskJoinModel::RawValueRole, m_view));
    // Del works while the table has focus (the action's shortcut context).
    m_view->addAction(m_actions->abortAction());
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TasksPage::onSelectionChanged);
}

void TasksPage::rejoin()
{
    const monitor::HostSnapshot& snapshot = m_session.snapshot();
    monitor::TaskContainerJoin::Input input;
    input.tasks = snapshot.results;
    input.containers = m_engine->containers();
    TaskJoinModel::EngineView engineView{m_engine->isAvailable(), m_engine->stats()};
    const boinc::CcStatus status = snapshot.ccStatus.value_or(boinc::CcStatus{});
    if (snapshot.haveResults)
        m_model->update(monitor::TaskContainerJoin::join(input), status, engineView);

    if (m_engine->isAvailable())
        m_engineLabel->clear();
    else if (m_engine->isSearching() || (m_engine->engine() && m_engine->unavailableReason().isEmpty()))
        m_engineLabel->setText(tr("Looking for the container engine…"));
    else
        m_engineLabel->setText(tr("No container engine: %1. Container columns say \"no engine\"; tasks can "
                                  "still be suspended, resumed and aborted.")
                                   .arg(m_engine->unavailableReason()));
    m_engineLabel->setVisible(!m_engineLabel->text().isEmpty());

    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Once only: sizing to contents on every poll would be slow and make columns jump.
        if (m_settings.tasksHeaderState().isEmpty())
            m_view->resizeColumnsToContents();
        m_columnsSized = true;
    }
    showContent();
    onSelectionChanged();
}

void TasksPage::onSelectionChanged()
{
    QList<boinc::Result> tasks;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        const monitor::JoinRow& row = m_model->joinRow(m_proxy->mapToSource(index).row());
        if (row.task)
            tasks.append(*row.task);
    }
    m_actions->setTasks(tasks);
    updateDetail();
}

void TasksPage::updateDetail()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (!current.isValid() || selected.isEmpty() || !isVisible()) {
        m_detail->showRow(std::nullopt, {});
        return;
    }
    const monitor::JoinRow& row = m_model->joinRow(m_proxy->mapToSource(current).row());
    m_detail->setEngine(m_engine->engine());
    m_detail->showRow(row, m_session.snapshot().ccStatus.value_or(boinc::CcStatus{}));
    m_detail->setStats(row.container ? m_engine->series(row.container->id) : QList<monitor::StatsPoint>{});
}

bool TasksPage::selectKey(const QString& key)
{
    const int sourceRow = m_model->rowOf(key);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    return true;
}

void TasksPage::showColumnMenu(const QPoint& globalPos)
{
    QMenu menu(this);
    QHeaderView* header = m_view->horizontalHeader();
    for (int column = 0; column < TaskJoinModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The task's name identifies the row: it cannot be hidden.
        action->setEnabled(column != TaskJoinModel::Task);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveLayout();
        });
    }
    menu.exec(globalPos);
}

void TasksPage::showRowMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(m_actions->suspendAction());
    menu.addAction(m_actions->resumeAction());
    menu.addSeparator();
    menu.addAction(m_actions->abortAction());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void TasksPage::openHistory()
{
    if (!m_history)
        return;
    auto* dialog = new TaskHistoryDialog(*m_history, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void TasksPage::restoreLayout()
{
    const QByteArray header = m_settings.tasksHeaderState();
    if (!header.isEmpty() && m_view->horizontalHeader()->restoreState(header)) {
        QHeaderView* h = m_view->horizontalHeader();
        m_view->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
    }
    const QByteArray splitter = m_settings.tasksSplitterState();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QString filter = m_settings.tasksFilter();
    m_filter->setText(filter);
    m_proxy->setFilterFixedString(filter);
    m_filterTimer.stop();
}

void TasksPage::saveLayout()
{
    m_settings.setTasksHeaderState(m_view->horizontalHeader()->saveState());
    m_settings.setTasksSplitterState(m_splitter->saveState());
    m_settings.setTasksFilter(m_filter->text());
}

void TasksPage::forgetTasks()
{
    m_model->clear();
    showContent();
}

void TasksPage::showContent()
{
    const bool haveTasks =
        m_session.snapshot().haveResults && m_session.snapshot().state == boinc::ConnectionState::Connected;
    if (haveTasks && m_model->rowCount() > 0) {
        m_content->setCurrentIndex(1);
        return;
    }
    if (haveTasks) {
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
    m_actions->retranslate();
    m_filter->setPlaceholderText(tr("Filter tasks and containers (Ctrl+F)"));
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setToolTip(tr("Choose the columns to show"));
    m_historyButton->setText(tr("History"));
    m_historyButton->setToolTip(m_history ? tr("Container tasks that have finished, with CSV export")
                                          : tr("No task history in this window"));
    showContent();
}

void TasksPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_session.isRunning()) {
        m_session.start();
        m_startedSession = true;
    }
    m_engine->start();
    rejoin();
}

void TasksPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    // Nothing on screen needs the list; the next show polls at once.
    if (m_startedSession) {
        m_session.stop();
        m_startedSession = false;
    }
    // The engine link stays: its tracker must see containers die while the page is hidden, or
    // their outcome never reaches the history.
    m_detail->pause();
    saveLayout();
}

void TasksPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bdm::gui
