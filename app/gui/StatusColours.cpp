#include "gui/StatusColours.h"

#include <QGuiApplication>

namespace bdm::gui {

bool StatusColours::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusColours::trouble(const QPalette& palette)
{
    // Both about 4.5:1 against the usual window colours (#efefef, #2b2b2b).
    return isDark(palette) ? QColor(0xff, 0x9e, 0x5e) : QColor(0xb0, 0x3a, 0x00);
}

QColor StatusColours::failure(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x20, 0x20);
}

QPalette StatusColours::current()
{
    return QGuiApplication::palette();
}

} // namespace bdm::gui
