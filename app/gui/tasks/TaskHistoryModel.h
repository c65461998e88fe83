#pragma once

#include "monitor/TaskHistoryRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace bdm::gui {

// Finished container tasks (monitor::TaskHistoryStore), newest first, read-only.
class TaskHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Finished,
        Task,
        Project,
        Container,
        Image,
        ExitCode,
        OomKilled,
        PeakMemory,
        CpuTime,
        Elapsed,
        Host,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit TaskHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecords(const QList<monitor::TaskHistoryRecord>& records);
    const QList<monitor::TaskHistoryRecord>& records() const { return m_records; }

private:
    QVariant raw(const monitor::TaskHistoryRecord& record, int column) const;

    QList<monitor::TaskHistoryRecord> m_records;
};

} // namespace bdm::gui
