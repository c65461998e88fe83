#include "gui/widgets/CountsChart.h"

#include "gui/widgets/ChartPalette.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace bdm::gui {

CountsChart::CountsChart(QWidget* parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_time(new QDateTimeAxis(m_chart)), m_value(new QValueAxis(m_chart))
{
    m_view->setObjectName(QStringLiteral("countsChartView"));
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(6);
    m_value->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_value, Qt::AlignLeft);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(300, 180);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    followPalette(m_chart, palette());
}

void CountsChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        followPalette(m_chart, palette());
    QWidget::changeEvent(event);
}

void CountsChart::setLines(const QList<Line>& lines)
{
    m_chart->removeAllSeries();
    double top = 1;
    // The span of the readings themselves (a server's page may be hours old); now when none.
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    m_count = 0;
    for (const Line& line : lines) {
        auto* series = new QLineSeries(m_chart);
        series->setName(line.name);
        series->setPointsVisible(line.points.size() < 30);
        series->replace(line.points);
        m_chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_value);
        for (const QPointF& p : line.points) {
            top = std::max(top, p.y());
            first = std::min(first, static_cast<qint64>(p.x()));
            last = std::max(last, static_cast<qint64>(p.x()));
        }
        m_count += line.points.size();
    }
    if (m_count == 0)
        first = last = QDateTime::currentMSecsSinceEpoch();
    // At least ten minutes wide: the server updates its page about that often.
    constexpr qint64 minSpanMs = 10 * 60 * 1000;
    if (last - first < minSpanMs)
        first = last - minSpanMs;
    constexpr qint64 dayMs = 24 * 60 * 60 * 1000;
    m_time->setFormat(last - first > dayMs ? QStringLiteral("dd MMM HH:mm") : QStringLiteral("HH:mm"));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    // Counts are whole numbers: every tick on a whole number, or "%.0f" labels read "0 0 1 1 1".
    const int max = static_cast<int>(std::ceil(top * 1.1));
    m_value->setRange(0, max);
    if (max <= 4)
        m_value->setTickCount(max + 1);
    else
        m_value->applyNiceNumbers();
}

} // namespace bdm::gui
