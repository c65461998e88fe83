#include "gui/tasks/TaskTableModel.h"

#include "boinc/TaskStatus.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace bdm::gui {
namespace {

QString duration(double seconds)
{
    const qint64 s = static_cast<qint64>(std::max(0.0, seconds));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TaskTableModel::TaskTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int TaskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row.shown, index.column());
    case RawValueRole:
        return row.shown.raw(index.column());
    case Qt::ToolTipRole:
        if (index.column() == Task)
            return tr("Task %1\nWorkunit %2").arg(row.result.name, row.result.wuName);
        if (index.column() == Project)
            return row.result.projectUrl;
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Progress:
        case Elapsed:
        case Remaining:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    default:
        return {};
    }
}

QVariant TaskTableModel::Shown::raw(int column) const
{
    switch (column) {
    case Project:
        return project;
    case Application:
        return application;
    case Task:
        return task;
    case Status:
        return status;
    case Progress:
        return progress;
    case Elapsed:
        return elapsed;
    case Remaining:
        return remaining;
    case Deadline:
        return deadline;
    case PlanClass:
        return planClass;
    default:
        return {};
    }
}

QString TaskTableModel::display(const Shown& shown, int column)
{
    switch (column) {
    case Progress:
        return QLocale().toString(shown.progress * 100, 'f', 1) + QStringLiteral(" %");
    case Elapsed:
        return duration(shown.elapsed);
    case Remaining:
        return duration(shown.remaining);
    case Deadline:
        if (shown.deadline <= 0)
            return {};
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(shown.deadline)),
                                  QLocale::ShortFormat);
    default:
        return shown.raw(column).toString();
    }
}

QString TaskTableModel::keyOf(const boinc::Result& result)
{
    // Result names are unique only within a project.
    return result.projectUrl + QLatin1Char('\n') + result.name;
}

TaskTableModel::Shown TaskTableModel::shownOf(const boinc::Result& r, const boinc::CcStatus& status)
{
    Shown s;
    s.project = r.projectName.isEmpty() ? r.projectUrl : r.projectName;
    s.application = r.appUserFriendlyName.isEmpty() ? r.appName : r.appUserFriendlyName;
    s.task = r.name;
    s.status = boinc::taskStatusText(r, status);
    // Without an active task, a result has either not started or finished computing.
    s.progress =
        r.activeTask ? r.activeTask->fractionDone : (r.state >= boinc::ResultComputeError ? 1.0 : 0.0);
    s.elapsed = r.activeTask ? r.activeTask->elapsedTime : r.finalElapsedTime;
    s.remaining = r.estimatedRemaining;
    s.deadline = r.reportDeadline;
    s.planClass = r.planClass;
    return s;
}

void TaskTableModel::update(const QList<boinc::Result>& results, const boinc::CcStatus& status)
{
    QHash<QString, int> incoming;
    incoming.reserve(results.size());
    for (int i = 0; i < results.size(); ++i)
        incoming.insert(keyOf(results.at(i)), i);

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
        const boinc::Result& fresh = results.at(incoming.value(current.key));
        Shown shown = shownOf(fresh, status);
        current.result = fresh;
        if (shown == current.shown) {
            flush();
            continue;
        }
        for (int column = 0; column < ColumnCount; ++column) {
            if (shown.raw(column) != current.shown.raw(column)) {
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

    // New tasks go to the end; the view's sort proxy puts them in place.
    QList<Row> added;
    QSet<QString> seen;
    for (const boinc::Result& r : results) {
        const QString key = keyOf(r);
        if (!m_rowByKey.contains(key) && !seen.contains(key)) {
            seen.insert(key);
            added.append(Row{key, r, shownOf(r, status)});
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

void TaskTableModel::removeVanished(const QHash<QString, int>& incoming)
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

void TaskTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
    m_rows.clear();
    m_rowByKey.clear();
    endRemoveRows();
}

void TaskTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void TaskTableModel::rebuildIndex()
{
    m_rowByKey.clear();
    m_rowByKey.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByKey.insert(m_rows.at(i).key, i);
}

} // namespace bdm::gui
