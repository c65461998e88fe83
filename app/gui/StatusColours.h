#pragma once

#include <QColor>
#include <QPalette>

namespace bdm::gui {

// The few colours that carry meaning (trouble, failure), chosen for the palette in use so they
// stay readable on light and dark backgrounds alike; everything else takes the palette's own.
class StatusColours
{
public:
    static bool isDark(const QPalette& palette);
    // Something needs the user's eye: a stopped daemon, a missing container (orange).
    static QColor trouble(const QPalette& palette);
    // Something failed: an error line in a log (red).
    static QColor failure(const QPalette& palette);
    // The application's palette, for models that have no widget of their own.
    static QPalette current();
};

} // namespace bdm::gui
