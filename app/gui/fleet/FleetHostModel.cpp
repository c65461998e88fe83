#include "gui/fleet/FleetHostModel.h"

#include "monitor/Fleet.h"

#include <QLocale>
#include <QStringList>

namespace bdm::gui {
namespace {

QString gpuText(const QList<boinc::Gpu>& gpus)
{
    QStringList parts;
    for (const boinc::Gpu& g : gpus)
        parts.append(g.count > 1 ? QStringLiteral("%1× %2").arg(g.count).arg(g.name) : g.name);
    return parts.join(QStringLiteral(", "));
}

int gpuCount(const QList<boinc::Gpu>& gpus)
{
    int n = 0;
    for (const boinc::Gpu& g : gpus)
        n += g.count;
    return n;
}

} // namespace

FleetHostModel::FleetHostModel(monitor::Fleet& fleet, QObject* parent)
    : QAbstractTableModel(parent), m_fleet(fleet)
{
    m_rows = fleet.summaries();
    connect(&fleet, &monitor::Fleet::hostAboutToBeAdded, this,
            [this](int index) { beginInsertRows({}, index, index); });
    connect(&fleet, &monitor::Fleet::hostAdded, this, [this](const QString& id, int index) {
        m_rows.insert(index, m_fleet.summary(id));
        endInsertRows();
    });
    connect(&fleet, &monitor::Fleet::hostAboutToBeRemoved, this, [this](const QString& id, int index) {
        beginRemoveRows({}, index, index);
        m_rows.removeAt(index);
        m_notes.remove(id);
        endRemoveRows();
    });
    connect(&fleet, &monitor::Fleet::hostChanged, this, &FleetHostModel::onHostChanged);
}

int FleetHostModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetHostModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int FleetHostModel::rowOf(const QString& hostId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == hostId)
            return i;
    }
    return -1;
}

void FleetHostModel::onHostChanged(const QString& id, int index)
{
    if (index < 0 || index >= m_rows.size() || m_rows.at(index).id != id)
        return;
    // Mid-round the summary moves step by step (results, then cc_status...); the row is read
    // once the round is over, unless the connection state itself changed, which people want
    // to see at once (a hung host sits in "Connecting" for the whole reply timeout).
    const monitor::HostSession* session = m_fleet.session(id);
    if (session && session->roundInProgress() && session->snapshot().state == m_rows.at(index).state &&
        m_fleet.name(id) == m_rows.at(index).name)
        return;
    refreshRow(index);
}

bool FleetHostModel::refreshRow(int row)
{
    monitor::HostSummary fresh = m_fleet.summary(m_rows.at(row).id);
    if (sameShown(fresh, m_rows.at(row)))
        return false;
    m_rows[row] = std::move(fresh);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool FleetHostModel::sameShown(const monitor::HostSummary& a, const monitor::HostSummary& b)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (raw(a, c) != raw(b, c))
            return false;
    }
    return a.stateDetail == b.stateDetail && a.osVersion == b.osVersion && a.gpus.size() == b.gpus.size();
}

void FleetHostModel::setNote(const QString& hostId, const QString& note)
{
    if (m_notes.value(hostId) == note)
        return;
    if (note.isEmpty())
        m_notes.remove(hostId);
    else
        m_notes.insert(hostId, note);
    const int row = rowOf(hostId);
    if (row >= 0 && row < m_rows.size())
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::ToolTipRole, Qt::DecorationRole});
}

QVariant FleetHostModel::raw(const monitor::HostSummary& s, int column)
{
    switch (column) {
    case Name:
        return s.name;
    case Address:
        return s.address;
    case State:
        return int(s.state);
    case ClientVersion:
        return s.clientVersion;
    case Os:
        return s.osName;
    case Engine:
        return s.engineVersion.isEmpty() ? QString() : boinc::engineTypeName(s.engineType) + s.engineVersion;
    case Containers:
        return s.qualifiesForContainers ? QVariant(*s.qualifiesForContainers) : QVariant();
    case Gpus:
        return gpuCount(s.gpus);
    case TasksRunning:
        return s.tasksRunning ? QVariant(*s.tasksRunning) : QVariant();
    case ContainerTasksRunning:
        return s.containerTasksRunning ? QVariant(*s.containerTasksRunning) : QVariant();
    case LastContact:
        return s.lastContact;
    default:
        return {};
    }
}

QString FleetHostModel::display(const monitor::HostSummary& s, int column) const
{
    switch (column) {
    case State:
        return boinc::connectionStateText(s.state);
    case Os: {
        // Linux clients append "[kernel|libc]" to the version: the tooltip keeps it whole.
        const QString version = s.osVersion.section(QLatin1String(" ["), 0, 0).trimmed();
        return version.isEmpty() ? s.osName : version;
    }
    case Engine:
        if (s.engineVersion.isEmpty())
            return s.hostInfoKnown() ? tr("none") : QString();
        return s.engineType == boinc::EngineType::Podman ? tr("Podman %1").arg(s.engineVersion)
                                                         : tr("Docker %1").arg(s.engineVersion);
    case Containers:
        if (!s.qualifiesForContainers)
            return {};
        return *s.qualifiesForContainers ? tr("Yes") : tr("No");
    case Gpus:
        return gpuText(s.gpus);
    case TasksRunning:
    case ContainerTasksRunning:
        return raw(s, column).isValid() ? QString::number(raw(s, column).toInt()) : QString();
    case LastContact:
        return s.lastContact.isValid() ? s.lastContact.toLocalTime().time().toString(u"HH:mm:ss")
                                       : tr("never");
    default:
        return raw(s, column).toString();
    }
}

QVariant FleetHostModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const monitor::HostSummary& s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case RawValueRole:
        return raw(s, index.column());
    case HostIdRole:
        return s.id;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (index.column() == State && !s.stateDetail.isEmpty())
            lines.append(s.stateDetail);
        if (index.column() == Os && !s.osName.isEmpty())
            lines.append(QStringLiteral("%1 %2").arg(s.osName, s.osVersion).trimmed());
        if (index.column() == LastContact && s.lastContact.isValid())
            lines.append(QLocale().toString(s.lastContact.toLocalTime(), QLocale::LongFormat));
        if (const QString note = m_notes.value(s.id); !note.isEmpty())
            lines.append(note);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == TasksRunning || index.column() == ContainerTasksRunning)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant FleetHostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Computer");
    case Address:
        return tr("Address");
    case State:
        return tr("Connection");
    case ClientVersion:
        return tr("BOINC");
    case Os:
        return tr("Operating system");
    case Engine:
        return tr("Engine");
    case Containers:
        return tr("Container jobs");
    case Gpus:
        return tr("GPUs");
    case TasksRunning:
        return tr("Running");
    case ContainerTasksRunning:
        return tr("Containers running");
    case LastContact:
        return tr("Last contact");
    default:
        return {};
    }
}

void FleetHostModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace bdm::gui
