#include "gui/widgets/StatsChart.h"

#include "gui/widgets/ChartPalette.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace bdm::gui {
namespace {

constexpr double mebibyte = 1024.0 * 1024.0;
// The window the core keeps (StatsHistory::defaultWindowSeconds): the time axis always spans
// it, so a young container's line starts at the right and grows leftwards at a steady scale.
constexpr qint64 windowMs = 600 * 1000;

} // namespace

StatsChart::StatsChart(QWidget* parent) : QWidget(parent), m_cpu(makePlot()), m_memory(makePlot())
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cpu.view);
    layout->addWidget(m_memory.view);
    m_cpu.view->setObjectName(QStringLiteral("cpuChartView"));
    m_memory.view->setObjectName(QStringLiteral("memoryChartView"));
    retranslate();
    clear();
    followPalettes();
}

void StatsChart::followPalettes()
{
    followPalette(m_cpu.chart, palette());
    followPalette(m_memory.chart, palette());
}

StatsChart::Plot StatsChart::makePlot()
{
    Plot p;
    p.chart = new QChart;
    p.chart->legend()->hide();
    p.chart->setMargins(QMargins(4, 4, 4, 4));
    p.series = new QLineSeries(p.chart);
    p.chart->addSeries(p.series);
    p.time = new QDateTimeAxis(p.chart);
    p.time->setFormat(QStringLiteral("HH:mm"));
    p.time->setTickCount(6);
    p.value = new QValueAxis(p.chart);
    p.value->setLabelFormat(QStringLiteral("%.0f"));
    p.chart->addAxis(p.time, Qt::AlignBottom);
    p.chart->addAxis(p.value, Qt::AlignLeft);
    p.series->attachAxis(p.time);
    p.series->attachAxis(p.value);
    p.view = new QChartView(p.chart, this);
    p.view->setRenderHint(QPainter::Antialiasing);
    p.view->setMinimumSize(200, 150);
    return p;
}

void StatsChart::setPoints(const QList<monitor::StatsPoint>& points)
{
    QList<QPointF> cpu;
    QList<QPointF> memory;
    cpu.reserve(points.size());
    memory.reserve(points.size());
    double cpuMax = 100;
    double memoryMax = 1;
    for (const monitor::StatsPoint& p : points) {
        const auto t = static_cast<double>(p.timeMs);
        if (p.hasCpu()) {
            cpu.append({t, p.cpuPercent});
            cpuMax = std::max(cpuMax, p.cpuPercent);
        }
        memory.append({t, static_cast<double>(p.memoryBytes) / mebibyte});
        memoryMax = std::max(memoryMax, static_cast<double>(p.memoryBytes) / mebibyte);
    }
    // replace() redraws once; append() per point would redraw per point.
    m_cpu.series->replace(cpu);
    m_memory.series->replace(memory);
    m_count = points.size();

    const qint64 end = points.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : points.constLast().timeMs;
    for (Plot* plot : {&m_cpu, &m_memory})
        plot->time->setRange(QDateTime::fromMSecsSinceEpoch(end - windowMs),
                             QDateTime::fromMSecsSinceEpoch(end));
    m_cpu.value->setRange(0, cpuMax * 1.1);
    m_memory.value->setRange(0, memoryMax * 1.2);
    // Whole MiB read "0, 1, 1, 1" for a small container.
    m_memory.value->setLabelFormat(memoryMax < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
}

void StatsChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        followPalettes();
    QWidget::changeEvent(event);
}

void StatsChart::retranslate()
{
    m_cpu.chart->setTitle(tr("CPU % (100 = one CPU)"));
    m_memory.chart->setTitle(tr("Memory (MiB)"));
}

} // namespace bdm::gui
