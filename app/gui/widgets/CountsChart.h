#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QValueAxis;

namespace bdm::gui {

// A few counts over time as lines with a legend (a project server's queues). With StatsChart,
// the only users of Qt Charts: swapping the library means rewriting these two files.
class CountsChart : public QWidget
{
    Q_OBJECT

public:
    struct Line
    {
        QString name;
        QList<QPointF> points; // x: milliseconds since the epoch, oldest first
    };

    explicit CountsChart(QWidget* parent = nullptr);

    void setLines(const QList<Line>& lines);
    qsizetype pointCount() const { return m_count; }
    QChart* chart() const { return m_chart; }
    QValueAxis* valueAxis() const { return m_value; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QChart* m_chart;
    QChartView* m_view;
    QDateTimeAxis* m_time;
    QValueAxis* m_value;
    qsizetype m_count = 0;
};

} // namespace bdm::gui
