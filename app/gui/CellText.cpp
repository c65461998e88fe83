#include "gui/CellText.h"

#include <QDateTime>
#include <QLocale>
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

QString fractionText(double fraction)
{
    return percentText(fraction * 100);
}

QString percentText(double percent)
{
    return QLocale().toString(percent, 'f', 1) + QStringLiteral(" %");
}

QString dateText(double epoch)
{
    if (epoch <= 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(epoch)),
                              QLocale::ShortFormat);
}

} // namespace bdm::gui
