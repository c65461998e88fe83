#include "gui/fleet/FleetTaskFilter.h"

#include "gui/fleet/FleetTaskModel.h"

namespace bdm::gui {

FleetTaskFilter::FleetTaskFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FleetTaskModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void FleetTaskFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void FleetTaskFilter::setContainersOnly(bool on)
{
    m_containersOnly = on;
    invalidateFilter();
}

void FleetTaskFilter::setUnfinishedOnly(bool on)
{
    m_unfinishedOnly = on;
    invalidateFilter();
}

bool FleetTaskFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_containersOnly && !first.data(FleetTaskModel::UsesContainerRole).toBool())
        return false;
    if (m_unfinishedOnly && !first.data(FleetTaskModel::UnfinishedRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < model->columnCount(sourceParent); ++c) {
        if (model->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace bdm::gui
