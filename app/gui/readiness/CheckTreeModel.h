#pragma once

#include "readiness/ReadinessReport.h"

#include <QAbstractItemModel>

namespace bdm::gui {

// The readiness checklist as a tree: a row per group (Client, What the client detected, ...,
// Plan classes), a row per check under it, and under each check its detail and fix lines, so
// the details expand in place. A new report replaces the old one (a run is a whole new answer).
class CheckTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // readiness::CheckStatus as int, on check rows
        IdRole,                        // the check's id
        FixRole,                       // the fix text of the check row (and of its fix line)
        KindRole                       // RowKind
    };
    enum RowKind
    {
        GroupRow,
        CheckRow,
        DetailRow,
        FixRow
    };

    explicit CheckTreeModel(QObject* parent = nullptr);

    void setReport(const readiness::ReadinessReport& report);
    const readiness::ReadinessReport& report() const { return m_report; }
    // Worst status in a group (fail > warn > pass > skip), for the group row's icon.
    static readiness::CheckStatus worst(const readiness::CheckList& checks);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    struct Group
    {
        QString title;
        readiness::CheckList checks;
    };
    // Internal ids: groups are 0; a check is (group+1) << 16 | 0; a line of a check keeps the
    // check's number in the low 16 bits with the group in the high bits.
    static quintptr checkId(int group, int check)
    {
        return (quintptr(group + 1) << 16) | quintptr(check + 1);
    }
    QStringList linesOf(const readiness::Check& check) const;
    QString groupTitle(readiness::CheckGroup group) const;

    readiness::ReadinessReport m_report;
    QList<Group> m_groups;
};

} // namespace bdm::gui
