#pragma once

#include "boinc/CcStatus.h"
#include "boinc/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace bdm::gui {

// The tasks of one BOINC client, one row per result. Each poll updates the rows in place:
// vanished tasks are removed, new ones appended, and dataChanged is sent only for rows whose
// shown values changed, so selection and scroll position survive every poll.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Project,
        Application,
        Task,
        Status,
        Progress,
        Elapsed,
        Remaining,
        Deadline,
        PlanClass,
        ColumnCount
    };
    // The unformatted value behind a cell (a double for numbers and times, a string otherwise):
    // the sort role, so "10:00:00" sorts after "9:00:00" and dates sort by time.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit TaskTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Takes the client's full task list; rows are matched by (project URL, result name).
    void update(const QList<boinc::Result>& results, const boinc::CcStatus& status);
    // Forgets every task, e.g. when the connection is lost and the list can no longer be trusted.
    void clear();
    // Headers are words; status texts change with the next update.
    void retranslate();

    const boinc::Result& result(int row) const { return m_rows.at(row).result; }

private:
    // What the table shows for one task; comparing two of these tells whether a row changed.
    struct Shown
    {
        QString project;
        QString application;
        QString task;
        QString status;
        double progress = 0;
        double elapsed = 0;
        double remaining = 0;
        double deadline = 0;
        QString planClass;
        bool operator==(const Shown&) const = default;
        QVariant raw(int column) const;
    };
    struct Row
    {
        QString key;
        boinc::Result result;
        Shown shown;
    };

    static QString keyOf(const boinc::Result& result);
    static Shown shownOf(const boinc::Result& result, const boinc::CcStatus& status);
    static QString display(const Shown& shown, int column);
    void removeVanished(const QHash<QString, int>& incoming);
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
};

} // namespace bdm::gui
