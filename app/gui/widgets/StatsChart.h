#pragma once

#include "monitor/StatsPoint.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace bdm::gui {

// A container's recent CPU % and memory as two small line charts. Qt Charts is used here and in
// CountsChart only (it is deprecated since Qt 6.10 in favour of Qt Graphs): swapping the library
// means rewriting these two files.
class StatsChart : public QWidget
{
    Q_OBJECT

public:
    explicit StatsChart(QWidget* parent = nullptr);

    // Oldest first (monitor::StatsHistory::series); replaces what is shown.
    void setPoints(const QList<monitor::StatsPoint>& points);
    void clear() { setPoints({}); }
    qsizetype pointCount() const { return m_count; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Plot
    {
        QChart* chart = nullptr;
        QChartView* view = nullptr;
        QLineSeries* series = nullptr;
        QDateTimeAxis* time = nullptr;
        QValueAxis* value = nullptr;
    };
    Plot makePlot();
    void retranslate();
    void followPalettes();

    Plot m_cpu;
    Plot m_memory;
    qsizetype m_count = 0;
};

} // namespace bdm::gui
