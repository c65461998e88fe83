// The CLI's aligned columns: padded by terminal width, so translated (CJK) headers and cells line
// up with ASCII rows.
#include "common/TextTable.h"

#include <QtTest>

using bdm::common::TextTable;

class TestTextTable : public QObject
{
    Q_OBJECT

private slots:
    void widthCountsWideCharactersTwice()
    {
        QCOMPARE(TextTable::displayWidth(QStringLiteral("feeder")), 6);
        QCOMPARE(TextTable::displayWidth(QStringLiteral("守护进程")), 8);
        QCOMPARE(TextTable::displayWidth(QStringLiteral("ＡＢ")), 4);    // fullwidth Latin
        QCOMPARE(TextTable::displayWidth(QStringLiteral("e\u0301")), 1); // e + combining acute
        QCOMPARE(TextTable::displayWidth(QString()), 0);
    }

    void columnsStartAtTheSameTerminalColumn()
    {
        TextTable table({QStringLiteral("守护进程"), QStringLiteral("状态")});
        table.addRow({QStringLiteral("feeder"), QStringLiteral("running")});
        table.addRow({QStringLiteral("transitioner"), QStringLiteral("未运行")});
        QString text;
        QTextStream out(&text);
        table.print(out);
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        // The second column starts after the widest first cell (12) and two blanks.
        for (const QString& line : lines) {
            const qsizetype secondCell =
                line.indexOf(QRegularExpression(QStringLiteral("\\S"), {}), line.indexOf(QLatin1Char(' ')));
            QCOMPARE(TextTable::displayWidth(line.left(secondCell)), 14);
        }
        QVERIFY(!lines.last().endsWith(QLatin1Char(' '))); // no padding after the last column
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "TestTextTable.moc"
