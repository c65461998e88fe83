#include "gui/tasks/ProgressDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>
#include <algorithm>

namespace bdm::gui {
namespace {

// Per-mille steps: whole percent would make slow tasks look stuck.
constexpr int steps = 1000;

} // namespace

ProgressDelegate::ProgressDelegate(int rawValueRole, QObject* parent)
    : QStyledItemDelegate(parent), m_rawValueRole(rawValueRole)
{}

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    // Draw the selection background first, so a selected row stays one band of colour.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = steps;
    bar.progress = std::clamp(static_cast<int>(index.data(m_rawValueRole).toDouble() * steps), 0, steps);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace bdm::gui
