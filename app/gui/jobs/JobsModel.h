#pragma once

#include "submit/JournalEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace bdm::gui {

// The job journal's entries as a table, newest first. setEntries() updates in place: rows of
// new entries are inserted, rows of vanished ones removed, and only changed rows report
// dataChanged, so the selection and the scroll position survive a refresh.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Created,
        Name,
        Target,
        Mode,
        Stage,
        Workunits,
        Batch,
        LastError,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // unformatted value for sorting (date, count)
        EntryIdRole
    };

    explicit JobsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<submit::JournalEntry>& entries);
    const submit::JournalEntry* entryAt(int row) const;
    int rowOf(qint64 id) const;

    static QString stageText(submit::JournalStage stage);

private:
    static bool sameRow(const submit::JournalEntry& a, const submit::JournalEntry& b);

    QList<submit::JournalEntry> m_entries;
};

} // namespace bdm::gui
