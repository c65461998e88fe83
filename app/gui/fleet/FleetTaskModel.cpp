#include "gui/fleet/FleetTaskModel.h"

#include "boinc/TaskStatus.h"
#include "gui/CellText.h"
#include "monitor/Fleet.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace bdm::gui {
FleetTaskModel::FleetTaskModel(QObject* parent) : QAbstractTableModel(parent) {}

void FleetTaskModel::attach(monitor::Fleet& fleet)
{
    connect(&fleet, &monitor::Fleet::hostChanged, this,
            [this, &fleet](const QString& id, int) { onHostChanged(fleet, id); });
    connect(&fleet, &monitor::Fleet::hostRemoved, this, &FleetTaskModel::removeHost);
    for (const QString& id : fleet.hostIds())
        onHostChanged(fleet, id);
}

void FleetTaskModel::onHostChanged(monitor::Fleet& fleet, const QString& id)
{
    const monitor::HostSession* session = fleet.session(id);
    if (session)
        setHostLost(id, session->snapshot().state != boinc::ConnectionState::Connected,
                    session->snapshot().lastContact);
    // Mid-round the results may be new while cc_status is not yet: wait for the round's end.
    if (!session || session->roundInProgress() || !session->snapshot().haveResults)
        return;
    const monitor::HostSnapshot& s = session->snapshot();
    updateHost(id, fleet.name(id), s.results, s.ccStatus.value_or(boinc::CcStatus{}));
}

int FleetTaskModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetTaskModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetTaskModel::Shown::raw(int column) const
{
    switch (column) {
    case Host:
        return host;
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
    default:
        return {};
    }
}

QString FleetTaskModel::display(const Shown& shown, int column)
{
    switch (column) {
    case Progress:
        return fractionText(shown.cells.progress);
    case Elapsed:
        return durationText(shown.cells.elapsed);
    case Remaining:
        return durationText(shown.cells.remaining);
    case Deadline:
        return dateText(shown.cells.deadline);
    default:
        return shown.raw(column).toString();
    }
}

QVariant FleetTaskModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const auto lost = m_lostHosts.constFind(row.hostId);
    const bool stale = lost != m_lostHosts.cend();
    switch (role) {
    case Qt::DisplayRole:
        if (stale && index.column() == Status)
            return tr("%1 (last known: computer unreachable)").arg(display(row.shown, index.column()));
        return display(row.shown, index.column());
    case StaleRole:
        return stale;
    case Qt::ForegroundRole:
        return stale ? QVariant(QColor(Qt::gray)) : QVariant();
    case RawValueRole:
        return row.shown.raw(index.column());
    case HostIdRole:
        return row.hostId;
    case UsesContainerRole:
        return row.result.usesContainer();
    case UnfinishedRole:
        return row.result.state < boinc::ResultComputeError;
    case Qt::ToolTipRole:
        if (stale)
            return tr("The computer does not answer; this is what it reported at %1.")
                .arg(lost->isValid() ? QLocale().toString(lost->toLocalTime(), QLocale::ShortFormat)
                                     : tr("an unknown time"));
        if (index.column() == Task)
            return tr("Task %1\nWorkunit %2").arg(row.result.name, row.result.wuName);
        if (index.column() == Project)
            return row.result.projectUrl;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Progress || index.column() == Elapsed || index.column() == Remaining)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant FleetTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Host:
        return tr("Computer");
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

QString FleetTaskModel::keyOf(const QString& hostId, const boinc::Result& result)
{
    // Result names are unique only within a project, and the same project runs on many hosts.
    return hostId + QLatin1Char('\n') + result.projectUrl + QLatin1Char('\n') + result.name;
}

FleetTaskModel::Shown FleetTaskModel::shownOf(const QString& hostName, const boinc::Result& r,
                                              const boinc::CcStatus& status)
{
    return Shown{hostName, TaskCells::of(r, status)};
}

void FleetTaskModel::updateHost(const QString& hostId, const QString& hostName,
                                const QList<boinc::Result>& results, const boinc::CcStatus& status)
{
    QHash<QString, int> incoming;
    incoming.reserve(results.size());
    for (int i = 0; i < results.size(); ++i)
        incoming.insert(keyOf(hostId, results.at(i)), i);
    removeRowsWhere([&](const Row& r) { return r.hostId == hostId && !incoming.contains(r.key); });

    int runFirst = -1;
    int runLast = -1;
    const auto flush = [&] {
        if (runFirst >= 0)
            emit dataChanged(index(runFirst, 0), index(runLast, ColumnCount - 1));
        runFirst = runLast = -1;
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        Row& current = m_rows[row];
        if (current.hostId != hostId) {
            flush();
            continue;
        }
        const boinc::Result& fresh = results.at(incoming.value(current.key));
        Shown shown = shownOf(hostName, fresh, status);
        current.result = fresh;
        if (shown == current.shown) {
            flush();
            continue;
        }
        current.shown = std::move(shown);
        if (runFirst < 0)
            runFirst = row;
        runLast = row;
    }
    flush();

    QList<Row> added;
    QSet<QString> seen;
    for (const boinc::Result& r : results) {
        const QString key = keyOf(hostId, r);
        if (!m_rowByKey.contains(key) && !seen.contains(key)) {
            seen.insert(key);
            added.append(Row{hostId, key, r, shownOf(hostName, r, status)});
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(std::move(added));
    rebuildIndex();
    endInsertRows();
}

void FleetTaskModel::setHostLost(const QString& hostId, bool lost, const QDateTime& since)
{
    if (lost == m_lostHosts.contains(hostId))
        return;
    if (lost)
        m_lostHosts.insert(hostId, since);
    else
        m_lostHosts.remove(hostId);
    // Runs of the host's rows: greyed or back to normal, all columns.
    for (int row = 0; row < int(m_rows.size());) {
        if (m_rows.at(row).hostId != hostId) {
            ++row;
            continue;
        }
        const int first = row;
        while (row < int(m_rows.size()) && m_rows.at(row).hostId == hostId)
            ++row;
        emit dataChanged(index(first, 0), index(row - 1, ColumnCount - 1));
    }
}

void FleetTaskModel::removeHost(const QString& hostId)
{
    m_lostHosts.remove(hostId);
    removeRowsWhere([&](const Row& r) { return r.hostId == hostId; });
}

void FleetTaskModel::removeRowsWhere(const std::function<bool(const Row&)>& gone)
{
    // From the end, one signal per run of adjacent rows that go.
    int row = int(m_rows.size()) - 1;
    bool removed = false;
    while (row >= 0) {
        if (!gone(m_rows.at(row))) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && gone(m_rows.at(row - 1)))
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

void FleetTaskModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void FleetTaskModel::rebuildIndex()
{
    m_rowByKey.clear();
    m_rowByKey.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByKey.insert(m_rows.at(i).key, i);
}

} // namespace bdm::gui
