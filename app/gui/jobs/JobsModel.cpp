#include "gui/jobs/JobsModel.h"

#include <QLocale>
#include <QSet>

namespace bdm::gui {

JobsModel::JobsModel(QObject* parent) : QAbstractTableModel(parent) {}

int JobsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int JobsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobsModel::stageText(submit::JournalStage stage)
{
    switch (stage) {
    case submit::JournalStage::Prepared:
        return tr("Prepared");
    case submit::JournalStage::Uploading:
        return tr("Uploading");
    case submit::JournalStage::Submitting:
        return tr("Submitting");
    case submit::JournalStage::Submitted:
        return tr("Submitted");
    case submit::JournalStage::Failed:
        return tr("Failed");
    case submit::JournalStage::Aborted:
        return tr("Aborted");
    case submit::JournalStage::Retired:
        return tr("Retired");
    }
    return {};
}

QVariant JobsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const submit::JournalEntry& e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == Qt::ToolTipRole) {
        if (index.column() == LastError && !e.lastError.isEmpty())
            return e.lastError;
        if (index.column() == Workunits && !e.workunits.isEmpty())
            return e.workunits.join(QLatin1Char('\n'));
        return {};
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Created:
            return e.created;
        case Workunits:
            return static_cast<int>(e.workunits.size());
        case Stage:
            return static_cast<int>(e.stage);
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case Created:
        return QLocale().toString(e.created.toLocalTime(), QLocale::ShortFormat);
    case Name:
        return e.key;
    case Target:
        return e.target;
    case Mode:
        return e.mode;
    case Stage:
        return stageText(e.stage);
    case Workunits:
        if (e.workunits.isEmpty())
            return QString();
        return e.workunits.size() == 1
                   ? e.workunits.first()
                   : tr("%1 (+%n more)", nullptr, static_cast<int>(e.workunits.size() - 1))
                         .arg(e.workunits.first());
    case Batch:
        return e.batchId;
    case LastError:
        // One line in the table; the whole text is in the tooltip and the detail panel.
        return e.lastError.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created:
        return tr("Created");
    case Name:
        return tr("Name");
    case Target:
        return tr("Target");
    case Mode:
        return tr("Mode");
    case Stage:
        return tr("Stage");
    case Workunits:
        return tr("Workunits");
    case Batch:
        return tr("Batch");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

bool JobsModel::sameRow(const submit::JournalEntry& a, const submit::JournalEntry& b)
{
    return a.created == b.created && a.key == b.key && a.target == b.target && a.mode == b.mode &&
           a.stage == b.stage && a.workunits == b.workunits && a.batchId == b.batchId &&
           a.lastError == b.lastError && a.specJson == b.specJson;
}

void JobsModel::setEntries(const QList<submit::JournalEntry>& entries)
{
    QSet<qint64> incoming;
    for (const submit::JournalEntry& e : entries)
        incoming.insert(e.id);
    for (int row = static_cast<int>(m_entries.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_entries.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    // The journal's order (newest first) is stable: what stays keeps its relative order, so
    // one pass inserts the new entries where they belong.
    for (int row = 0; row < entries.size(); ++row) {
        const submit::JournalEntry& e = entries.at(row);
        if (row < m_entries.size() && m_entries.at(row).id == e.id) {
            if (!sameRow(m_entries.at(row), e)) {
                m_entries[row] = e;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            } else {
                m_entries[row] = e;
            }
            continue;
        }
        if (const int old = rowOf(e.id); old > row) {
            // Moved up (the journal reordered it): one move, not a remove and an insert.
            beginMoveRows({}, old, old, {}, row);
            m_entries.move(old, row);
            endMoveRows();
            m_entries[row] = e;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        beginInsertRows({}, row, row);
        m_entries.insert(row, e);
        endInsertRows();
    }
}

const submit::JournalEntry* JobsModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int JobsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace bdm::gui
