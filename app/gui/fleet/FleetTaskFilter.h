#pragma once

#include <QSortFilterProxyModel>

namespace bdm::gui {

// Sorts the fleet's task table on raw values and filters it: free text over the shown columns,
// container tasks only, unfinished tasks only.
class FleetTaskFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FleetTaskFilter(QObject* parent = nullptr);

    void setText(const QString& text);
    void setContainersOnly(bool on);
    void setUnfinishedOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    bool m_containersOnly = false;
    bool m_unfinishedOnly = false;
};

} // namespace bdm::gui
