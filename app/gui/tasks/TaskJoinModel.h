#pragma once

#include "boinc/CcStatus.h"
#include "engine/StatsSample.h"
#include "gui/TaskCells.h"
#include "monitor/JoinRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace bdm::gui {

// One host's tasks joined with their containers (monitor::TaskContainerJoin), one row per
// JoinRow key. Each update changes rows in place: vanished keys are removed, new ones appended,
// and dataChanged is sent only for rows whose shown values changed, so selection and scroll
// position survive every poll. Orphan containers and container tasks whose container is
// missing stay in the table and are flagged (colour, icon, tooltip), never hidden.
class TaskJoinModel : public QAbstractTableModel
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
        Resources,
        Slot,
        Container,
        ContainerState,
        Cpu,
        Memory,
        Image,
        ColumnCount
    };
    // The unformatted value behind a cell (a double for numbers and times, a string otherwise):
    // the sort and filter role, so "10:00:00" sorts after "9:00:00" and dates sort by time.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    // monitor::JoinKind of the row, as an int.
    static constexpr int KindRole = Qt::UserRole + 2;
    // The row's stable key (TaskContainerJoin::taskKey / containerKey).
    static constexpr int KeyRole = Qt::UserRole + 3;

    explicit TaskJoinModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The container side of an update: whether an engine answers at all (without one, container
    // columns say "no engine" and no task is flagged for a missing container), and the latest
    // CPU and memory reading of each running container, by id.
    struct EngineView
    {
        bool available = false;
        QHash<QString, engine::StatsSample> stats;
    };

    // Takes the full join of one poll; rows are matched by JoinRow::key.
    void update(const QList<monitor::JoinRow>& rows, const boinc::CcStatus& status, const EngineView& engine);
    // Forgets every row, e.g. when the connection is lost and the list can no longer be trusted.
    void clear();
    // Headers are words; status texts change with the next update.
    void retranslate();

    int rowOf(const QString& key) const { return m_rowByKey.value(key, -1); }
    const monitor::JoinRow& joinRow(int row) const { return m_rows.at(row).join; }

private:
    // What the table shows for one row; comparing two of these tells whether a row changed.
    struct Shown
    {
        TaskCells cells; // empty for an orphan container
        QString resources;
        int slot = -1;
        QString container;
        QString containerState;
        double cpu = -1; // -1: not known
        double memory = -1;
        QString image;
        int kind = 0;
        bool operator==(const Shown&) const = default;
        QVariant raw(int column) const;
    };
    struct Row
    {
        QString key;
        monitor::JoinRow join;
        Shown shown;
    };

    static Shown shownOf(const monitor::JoinRow& row, const boinc::CcStatus& status,
                         const EngineView& engine);
    static QString display(const Shown& shown, int column);
    QVariant flagData(const Row& row, int column, int role) const;
    void removeVanished(const QHash<QString, int>& incoming);
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
};

} // namespace bdm::gui
