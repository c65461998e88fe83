#pragma once

class QChart;
class QPalette;

namespace bdm::gui {

// Qt Charts draws with its own light theme whatever the desktop's; this paints a chart's
// background, title, axes, grid and legend from the widget palette instead, so charts follow a
// dark system palette (and change with it). Series keep their theme colours, readable on both.
void followPalette(QChart* chart, const QPalette& palette);

} // namespace bdm::gui
