#pragma once

#include <QString>

class QTableWidget;
class QWidget;

namespace bdm::gui {

// A table of read-only rows for reports (daemons, counts, tasks): whole-row selection, no row
// numbers, columns as wide as their contents and the last one stretched.
QTableWidget* makeReadOnlyTable(int columns, const QString& objectName, QWidget* parent);

} // namespace bdm::gui
