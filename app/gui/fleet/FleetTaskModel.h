#pragma once

#include "boinc/CcStatus.h"
#include "boinc/Result.h"
#include "gui/TaskCells.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <functional>

namespace bdm::monitor {
class Fleet;
}

namespace bdm::gui {

// The tasks of every host of a Fleet in one table, with a host column. Each host's poll updates
// that host's rows in place (removed, appended, dataChanged per run of adjacent changed rows);
// rows of other hosts are never touched. Attached to a Fleet, a host's rows are read at the end
// of its poll round, and kept (stale, with the host's last contact) while it is unreachable.
class FleetTaskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Host,
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
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int HostIdRole = Qt::UserRole + 2;
    static constexpr int UsesContainerRole = Qt::UserRole + 3;
    // True while the task is still to be computed or computing (not finished, failed or aborted).
    static constexpr int UnfinishedRole = Qt::UserRole + 4;
    // True while the row's host does not answer: the row is what it last reported.
    static constexpr int StaleRole = Qt::UserRole + 5;

    explicit FleetTaskModel(QObject* parent = nullptr);
    // Follows the fleet: rows per host as its rounds end, gone with the host.
    void attach(monitor::Fleet& fleet);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A host's full task list; rows are matched by (host, project URL, result name).
    void updateHost(const QString& hostId, const QString& hostName, const QList<boinc::Result>& results,
                    const boinc::CcStatus& status);
    void removeHost(const QString& hostId);
    // Marks a host's rows as last known (greyed, "computer unreachable") until it answers again;
    // `since` is its last contact.
    void setHostLost(const QString& hostId, bool lost, const QDateTime& since = {});
    void retranslate();

    QString hostId(int row) const { return m_rows.at(row).hostId; }
    const boinc::Result& result(int row) const { return m_rows.at(row).result; }

private:
    struct Shown
    {
        QString host;
        TaskCells cells;
        bool operator==(const Shown&) const = default;
        QVariant raw(int column) const;
    };
    struct Row
    {
        QString hostId;
        QString key;
        boinc::Result result;
        Shown shown;
    };

    void onHostChanged(monitor::Fleet& fleet, const QString& id);
    static QString keyOf(const QString& hostId, const boinc::Result& result);
    static Shown shownOf(const QString& hostName, const boinc::Result& result, const boinc::CcStatus& status);
    static QString display(const Shown& shown, int column);
    void removeRowsWhere(const std::function<bool(const Row&)>& gone);
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
    QHash<QString, QDateTime> m_lostHosts; // host id -> last contact
};

} // namespace bdm::gui
