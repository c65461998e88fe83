// The Server page's queue chart: counts are whole numbers, so every tick of its value axis is
// one, with no readings, small counts and large ones alike.
#include "gui/widgets/CountsChart.h"

#include <QValueAxis>
#include <QtTest>
#include <cmath>

using bdm::gui::CountsChart;

class TestCountsChart : public QObject
{
    Q_OBJECT

private slots:
    void ticksFallOnWholeNumbers_data()
    {
        QTest::addColumn<QList<double>>("counts");
        QTest::newRow("no readings") << QList<double>{};
        QTest::newRow("zero") << QList<double>{0};
        QTest::newRow("small") << QList<double>{2, 3};
        QTest::newRow("odd") << QList<double>{7};
        QTest::newRow("large") << QList<double>{1204, 3391};
    }

    void ticksFallOnWholeNumbers()
    {
        QFETCH(QList<double>, counts);
        CountsChart chart;
        QList<QPointF> points;
        for (qsizetype i = 0; i < counts.size(); ++i)
            points << QPointF(1.7e12 + double(i) * 60000, counts[i]);
        chart.setLines({{QStringLiteral("results_in_progress"), points}});
        const QValueAxis* axis = chart.valueAxis();
        QCOMPARE(axis->min(), 0.0);
        for (double c : counts)
            QVERIFY(axis->max() >= c);
        const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
        for (int i = 0; i < axis->tickCount(); ++i) {
            const double tick = axis->min() + i * step;
            QVERIFY2(
                std::abs(tick - std::round(tick)) < 1e-9,
                qPrintable(QStringLiteral("tick %1 of %2..%3").arg(tick).arg(axis->min()).arg(axis->max())));
        }
    }
};

QTEST_MAIN(TestCountsChart)
#include "TestCountsChart.moc"
