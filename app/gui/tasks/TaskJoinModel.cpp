#include "gui/tasks/TaskJoinModel.h"

#include "boinc/TaskStatus.h"
#include "gui/CellText.h"
#include "gui/StatusColours.h"

#include <QBrush>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QSet>
#include <algorithm>

namespace bdm::gui {
namespace {

using monitor::JoinKind;

// Unknown times (negative) stay blank rather than reading as 0:00:00.
QString duration(double seconds)
{
    return seconds < 0 ? QString() : durationText(seconds);
}

bool flagged(int kind)
{
    return kind == static_cast<int>(JoinKind::Orphan) || kind == static_cast<int>(JoinKind::ContainerMissing);
}

} // namespace

TaskJoinModel::TaskJoinModel(QObject* parent) : QAbstractTableModel(parent) {}

int TaskJoinModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TaskJoinModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskJoinModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row.shown, index.column());
    case RawValueRole:
        return row.shown.raw(index.column());
    case KindRole:
        return row.shown.kind;
    case KeyRole:
        return row.key;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Progress:
        case Elapsed:
        case Remaining:
        case Slot:
        case Cpu:
        case Memory:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return flagData(row, index.column(), role);
    }
}

QVariant TaskJoinModel::flagData(const Row& row, int column, int role) const
{
    const monitor::JoinRow& join = row.join;
    const bool isFlagged = flagged(row.shown.kind);
    if (role == Qt::ForegroundRole && isFlagged &&
        (column == Task || column == Container || column == ContainerState))
        return QBrush(StatusColours::trouble(StatusColours::current()));
    if (role == Qt::DecorationRole && isFlagged && column == Task)
        return QIcon::fromTheme(QStringLiteral("dialog-warning"));
    if (role != Qt::ToolTipRole)
        return {};
    if (row.shown.kind == static_cast<int>(JoinKind::Orphan))
        return tr("No task of this client claims container %1. BOINC normally removes a task's container "
                  "when the task ends; this one was left behind or made by hand.")
            .arg(row.shown.container);
    if (row.shown.kind == static_cast<int>(JoinKind::ContainerMissing))
        return tr("This container task is running or suspended, but the engine has no container named %1.")
            .arg(join.expectedContainerName);
    if (column == Slot && join.slotCheck == monitor::SlotCheck::Mismatch)
        return tr("The container mounts slot %1, not the task's slot.").arg(join.mountedSlot);
    if (column == Task && join.task)
        return tr("Task %1\nWorkunit %2").arg(join.task->name, join.task->wuName);
    if (column == Project && join.task)
        return join.task->projectUrl;
    if (column == Container && join.container)
        return join.container->id.left(12);
    return {};
}

QVariant TaskJoinModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Project:
        return tr("Project");
    case Application:
        return tr("Application");
    case Task:
        return tr("Task");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case Elapsed:
        return tr("Elapsed");
    case Remaining:
        return tr("Remaining");
    case Deadline:
        return tr("Deadline");
    case PlanClass:
        return tr("Plan class");
    case Resources:
        return tr("Resources");
    case Slot:
        return tr("Slot");
    case Container:
        return tr("Container");
    case ContainerState:
        return tr("Container state");
    case Cpu:
        return tr("CPU");
    case Memory:
        return tr("Memory");
    case Image:
        return tr("Image");
    default:
        return {};
    }
}

QVariant TaskJoinModel::Shown::raw(int column) const
{
    switch (column) {
    case Project:
        return cells.project;
    case Application:
        return cells.application;
    case Task:
        return cells.task;
    case Status:
        return cells.status;
    case Progress:
        return cells.progress;
    case Elapsed:
        return cells.elapsed;
    case Remaining:
        return cells.remaining;
    case Deadline:
        return cells.deadline;
    case PlanClass:
        return cells.planClass;
    case Resources:
        return resources;
    case Slot:
        return slot;
    case Container:
        return container;
    case ContainerState:
        return containerState;
    case Cpu:
        return cpu;
    case Memory:
        return memory;
    case Image:
        return image;
    default:
        return {};
    }
}

QString TaskJoinModel::display(const Shown& shown, int column)
{
    switch (column) {
    case Progress:
        return shown.cells.progress < 0 ? QString() : fractionText(shown.cells.progress);
    case Elapsed:
        return duration(shown.cells.elapsed);
    case Remaining:
        return duration(shown.cells.remaining);
    case Deadline:
        return dateText(shown.cells.deadline);
    case Slot:
        return shown.slot < 0 ? QString() : QString::number(shown.slot);
    case Cpu:
        return shown.cpu < 0 ? QString() : percentText(shown.cpu);
    case Memory:
        return shown.memory < 0 ? QString() : QLocale().formattedDataSize(static_cast<qint64>(shown.memory));
    default:
        return shown.raw(column).toString();
    }
}

TaskJoinModel::Shown TaskJoinModel::shownOf(const monitor::JoinRow& row, const boinc::CcStatus& status,
                                            const EngineView& engine)
{
    Shown s;
    s.kind = static_cast<int>(row.kind);
    if (row.task) {
        const boinc::Result& r = *row.task;
        s.cells = TaskCells::of(r, status);
        s.resources = r.resources;
        s.slot = r.activeTask ? r.activeTask->slot : -1;
    } else {
        s.cells.status = tr("No task (orphan container)");
    }
    if (!engine.available) {
        // Without an engine nothing is known about containers: neither missing nor present.
        if (row.task && row.task->usesContainer()) {
            s.container = row.expectedContainerName;
            s.containerState = tr("no engine");
        }
        if (row.kind == JoinKind::ContainerMissing)
            s.kind = static_cast<int>(JoinKind::NoContainer);
        return s;
    }
    if (row.container) {
        const engine::ContainerSummary& c = *row.container;
        s.container = c.name;
        s.containerState = c.state;
        s.image = c.image;
        const auto stats = engine.stats.constFind(c.id);
        if (c.isRunning() && stats != engine.stats.cend()) {
            if (stats->cpuPercent)
                s.cpu = *stats->cpuPercent;
            s.memory = static_cast<double>(stats->memoryBytes);
        }
    } else if (row.kind == JoinKind::ContainerMissing) {
        s.container = row.expectedContainerName;
        s.containerState = tr("missing");
    }
    return s;
}

void TaskJoinModel::update(const QList<monitor::JoinRow>& rows, const boinc::CcStatus& status,
                           const EngineView& engine)
{
    QHash<QString, int> incoming;
    incoming.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        incoming.insert(rows.at(i).key, i);

    removeVanished(incoming);

    // Change the rows that stayed, collecting runs of adjacent changed rows so that a poll in
    // which every running task advanced sends a few range signals, not one per row.
    int runFirst = -1;
    int runLast = -1;
    int columnFirst = ColumnCount;
    int columnLast = -1;
    const auto flush = [&] {
        if (runFirst >= 0)
            emit dataChanged(index(runFirst, columnFirst), index(runLast, columnLast));
        runFirst = runLast = -1;
        columnFirst = ColumnCount;
        columnLast = -1;
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        Row& current = m_rows[row];
        const monitor::JoinRow& fresh = rows.at(incoming.value(current.key));
        Shown shown = shownOf(fresh, status, engine);
        current.join = fresh;
        if (shown == current.shown) {
            flush();
            continue;
        }
        for (int column = 0; column < ColumnCount; ++column) {
            // A change of kind changes colours and icons of the flagged columns too.
            if (shown.raw(column) != current.shown.raw(column) || shown.kind != current.shown.kind) {
                columnFirst = std::min(columnFirst, column);
                columnLast = std::max(columnLast, column);
            }
        }
        current.shown = std::move(shown);
        if (runFirst < 0)
            runFirst = row;
        runLast = row;
    }
    flush();

    // New rows go to the end; the view's sort proxy puts them in place.
    QList<Row> added;
    QSet<QString> seen;
    for (const monitor::JoinRow& r : rows) {
        if (!m_rowByKey.contains(r.key) && !seen.contains(r.key)) {
            seen.insert(r.key);
            added.append(Row{r.key, r, shownOf(r, status, engine)});
        }
    }
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_rows.append(std::move(added));
    rebuildIndex();
    endInsertRows();
}

void TaskJoinModel::removeVanished(const QHash<QString, int>& incoming)
{
    // From the end, one signal per run of adjacent vanished rows.
    int row = static_cast<int>(m_rows.size()) - 1;
    bool removed = false;
    while (row >= 0) {
        if (incoming.contains(m_rows.at(row).key)) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && !incoming.contains(m_rows.at(row - 1).key))
            --row;
        beginRemoveRows({}, row, last);
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
        removed = true;
        --row;
    }
    if (removed || m_rowByKey.size() != m_rows.size())
        rebuildIndex();
}

void TaskJoinModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
    m_rows.clear();
    m_rowByKey.clear();
    endRemoveRows();
}

void TaskJoinModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void TaskJoinModel::rebuildIndex()
{
    m_rowByKey.clear();
    m_rowByKey.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByKey.insert(m_rows.at(i).key, i);
}

} // namespace bdm::gui
