#include "gui/tasks/TaskHistoryModel.h"

#include "gui/CellText.h"

#include <QLocale>

namespace bdm::gui {
TaskHistoryModel::TaskHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

int TaskHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int TaskHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskHistoryModel::raw(const monitor::TaskHistoryRecord& r, int column) const
{
    switch (column) {
    case Finished:
        return r.finishedAt;
    case Task:
        return r.resultName;
    case Project:
        return r.projectUrl;
    case Container:
        return r.containerName;
    case Image:
        return r.image;
    case ExitCode:
        return r.exitCode ? QVariant(*r.exitCode) : QVariant();
    case OomKilled:
        return r.oomKilled;
    case PeakMemory:
        return static_cast<qulonglong>(r.peakMemoryBytes);
    case CpuTime:
        return r.cpuTime;
    case Elapsed:
        return r.elapsed;
    case Host:
        return r.host;
    default:
        return {};
    }
}

QVariant TaskHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const monitor::TaskHistoryRecord& r = m_records.at(index.row());
    if (role == RawValueRole)
        return raw(r, index.column());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Finished:
        return QLocale().toString(r.finishedAt.toLocalTime(), QLocale::ShortFormat);
    case ExitCode:
        return r.exitCode ? QString::number(*r.exitCode) : tr("unknown");
    case OomKilled:
        return r.oomKilled ? tr("yes") : QString();
    case PeakMemory:
        return r.peakMemoryBytes ? QLocale().formattedDataSize(static_cast<qint64>(r.peakMemoryBytes))
                                 : QString();
    case CpuTime:
        return durationText(r.cpuTime);
    case Elapsed:
        return durationText(r.elapsed);
    default:
        return raw(r, index.column());
    }
}

QVariant TaskHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Finished:
        return tr("Finished");
    case Task:
        return tr("Task");
    case Project:
        return tr("Project");
    case Container:
        return tr("Container");
    case Image:
        return tr("Image");
    case ExitCode:
        return tr("Exit code");
    case OomKilled:
        return tr("Out of memory");
    case PeakMemory:
        return tr("Peak memory");
    case CpuTime:
        return tr("CPU time");
    case Elapsed:
        return tr("Elapsed");
    case Host:
        return tr("Host");
    default:
        return {};
    }
}

void TaskHistoryModel::setRecords(const QList<monitor::TaskHistoryRecord>& records)
{
    // The history is read in one piece when the dialog opens or refreshes: a reset is right here.
    beginResetModel();
    m_records = records;
    endResetModel();
}

} // namespace bdm::gui
