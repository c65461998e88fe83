#include "gui/DurationText.h"

#include <algorithm>

namespace bdm::gui {

QString durationText(double seconds)
{
    const qint64 s = static_cast<qint64>(std::max(0.0, seconds));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace bdm::gui
