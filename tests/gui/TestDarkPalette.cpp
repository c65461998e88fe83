// Dark mode follows the system palette: the colours that carry meaning stay readable (WCAG 4.5:1
// against the table background) in a light and a dark palette, and the charts, which Qt Charts
// would paint light whatever the desktop, take the palette's colours and change with it.
#include "gui/StatusColours.h"
#include "gui/widgets/CountsChart.h"
#include "gui/widgets/StatsChart.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QtTest>
#include <cmath>

using namespace bdm::gui;

namespace {

double luminance(const QColor& c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// What a dark desktop theme (Adwaita dark, Breeze dark) hands Qt.
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::AlternateBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Mid, QColor(0xb8, 0xb8, 0xb8));
    return p;
}

QChart* chartOf(QWidget* w)
{
    return w->findChild<QChartView*>()->chart();
}

} // namespace

class TestDarkPalette : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QApplication::setPalette(lightPalette()); }

    void meaningfulColoursAreReadableOnBoth()
    {
        for (const QPalette& p : {lightPalette(), darkPalette()}) {
            const QColor base = p.color(QPalette::Base);
            QVERIFY2(contrast(StatusColours::trouble(p), base) >= 4.5,
                     qPrintable(QStringLiteral("trouble on %1: %2")
                                    .arg(base.name())
                                    .arg(contrast(StatusColours::trouble(p), base))));
            QVERIFY2(contrast(StatusColours::failure(p), base) >= 4.5,
                     qPrintable(QStringLiteral("failure on %1").arg(base.name())));
        }
        QVERIFY(StatusColours::isDark(darkPalette()));
        QVERIFY(!StatusColours::isDark(lightPalette()));
    }

    void chartsTakeThePaletteAndFollowItsChanges()
    {
        // Setup
        QApplication::setPalette(lightPalette());
        CountsChart counts;
        StatsChart stats;
        counts.setLines({{QStringLiteral("unsent"), {{1.7e12, 3}, {1.7e12 + 60000, 5}}}});
        QCOMPARE(counts.chart()->backgroundBrush().color(), QColor(Qt::white));

        // Action: the desktop turns dark.
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();

        // Verify: background, titles, axis labels and legend from the dark palette.
        for (QChart* chart : {counts.chart(), chartOf(&stats)}) {
            QCOMPARE(chart->backgroundBrush().color(), QColor(0x2d, 0x2d, 0x2d));
            QCOMPARE(chart->titleBrush().color(), QColor(0xee, 0xee, 0xee));
            for (QAbstractAxis* axis : chart->axes())
                QCOMPARE(axis->labelsColor(), QColor(0xee, 0xee, 0xee));
        }
        QCOMPARE(counts.chart()->legend()->labelColor(), QColor(0xee, 0xee, 0xee));

        // And back.
        QApplication::setPalette(lightPalette());
        QCoreApplication::processEvents();
        QCOMPARE(counts.chart()->backgroundBrush().color(), QColor(Qt::white));
    }
};

QTEST_MAIN(TestDarkPalette)
#include "TestDarkPalette.moc"
