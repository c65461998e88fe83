#pragma once

#include "monitor/HostSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace bdm::monitor {
class Fleet;
}

namespace bdm::gui {

// One row per host of a Fleet, in the fleet's order. A host's row is re-read at the end of each
// of its poll rounds (or at once when its connection state changes) and dataChanged is sent
// only if something shown changed: one poll, at most one dataChanged for that row.
class FleetHostModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Address,
        State,
        ClientVersion,
        Os,
        Engine,
        Containers, // whether the host qualifies for container jobs
        Gpus,
        TasksRunning,
        ContainerTasksRunning,
        LastContact,
        ColumnCount
    };
    // Unformatted value (numbers, QDateTime, enum as int): the sort role.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int HostIdRole = Qt::UserRole + 2;

    explicit FleetHostModel(monitor::Fleet& fleet, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString hostId(int row) const { return m_rows.at(row).id; }
    int rowOf(const QString& hostId) const; // -1 when absent
    const monitor::HostSummary& summary(int row) const { return m_rows.at(row); }
    // A line the page wants next to the host (e.g. its password could not be stored).
    void setNote(const QString& hostId, const QString& note);
    QString note(const QString& hostId) const { return m_notes.value(hostId); }
    void retranslate();

private:
    void onHostChanged(const QString& id, int index);
    // Re-reads the row from the fleet; true (and one dataChanged) when anything shown changed.
    bool refreshRow(int row);
    static bool sameShown(const monitor::HostSummary& a, const monitor::HostSummary& b);
    static QVariant raw(const monitor::HostSummary& s, int column);
    QString display(const monitor::HostSummary& s, int column) const;

    monitor::Fleet& m_fleet;
    QList<monitor::HostSummary> m_rows;
    QHash<QString, QString> m_notes;
};

} // namespace bdm::gui
