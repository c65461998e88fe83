#include "gui/widgets/ReadOnlyTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace bdm::gui {

QTableWidget* makeReadOnlyTable(int columns, const QString& objectName, QWidget* parent)
{
    auto* t = new QTableWidget(0, columns, parent);
    t->setObjectName(objectName);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace bdm::gui
