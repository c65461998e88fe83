#include "engine/CurlWorker.h"
#include "engine/EngineConnector.h"
#include "gui/readiness/EngineDiscoveryPanel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using bdm::engine::CurlWorker;
using bdm::engine::DiscoveryEnvironment;
using bdm::engine::EngineConnector;
using bdm::gui::EngineDiscoveryPanel;

class TestEngineDiscoveryPanel : public QObject
{
    Q_OBJECT

private slots:
    void showsAMissingSocketAndChecksAgain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString socket = dir.filePath(QStringLiteral("nothing.sock"));
        DiscoveryEnvironment environment = DiscoveryEnvironment::fromSystem();
        environment.engineOverride = QStringLiteral("unix://%1").arg(socket);
        CurlWorker transport;
        EngineConnector connector(transport, environment);

        EngineDiscoveryPanel panel(connector);
        QSignalSpy finished(&panel, &EngineDiscoveryPanel::discoveryFinished);
        auto* status = panel.findChild<QLabel*>(QStringLiteral("engineDiscoveryStatus"));
        auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("engineCandidateList"));
        auto* button = panel.findChild<QPushButton*>(QStringLiteral("engineCheckAgainButton"));
        QVERIFY(status && list && button);
        QVERIFY(panel.findChild<QPlainTextEdit*>(QStringLiteral("engineAdviceText")));

        // Discovery starts when the panel is first shown, never inside the constructor's caller.
        panel.show();
        QVERIFY(panel.isDiscovering());
        QCOMPARE(status->text(), QStringLiteral("Looking for Podman and Docker…"));
        QVERIFY(!list->isVisible());
        QTRY_COMPARE(finished.count(), 1);

        QVERIFY(!panel.isDiscovering());
        QVERIFY(button->isEnabled());
        QVERIFY2(status->text().startsWith(QStringLiteral("No container engine could be reached")),
                 qPrintable(status->text()));
        QVERIFY(list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 1);
        const QTreeWidgetItem* item = list->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("missing"));
        QVERIFY2(item->text(1).contains(socket), qPrintable(item->text(1)));
        QVERIFY2(item->text(2).contains(QLatin1Char(':')), qPrintable(item->text(2))); // source: detail
        QVERIFY(!item->text(0).contains(QStringLiteral("chosen")));
        QVERIFY2(status->text().contains(QStringLiteral("does not exist")), qPrintable(status->text()));

        // Check again: busy, then the same result once more.
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(panel.isDiscovering());
        QVERIFY(!button->isEnabled());
        QCOMPARE(status->text(), QStringLiteral("Looking for Podman and Docker…"));
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("missing"));
        QVERIFY(status->text().startsWith(QStringLiteral("No container engine could be reached")));
    }

    void aNewerRunReplacesAnOlderOne()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DiscoveryEnvironment environment = DiscoveryEnvironment::fromSystem();
        environment.engineOverride =
            QStringLiteral("unix://%1").arg(dir.filePath(QStringLiteral("nothing.sock")));
        CurlWorker transport;
        EngineConnector connector(transport, environment);
        EngineDiscoveryPanel panel(connector);
        QSignalSpy finished(&panel, &EngineDiscoveryPanel::discoveryFinished);
        panel.checkAgain();
        panel.checkAgain();
        QTRY_COMPARE(finished.count(), 1);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1); // the first run's answer was dropped
    }
};

QTEST_MAIN(TestEngineDiscoveryPanel)
#include "TestEngineDiscoveryPanel.moc"
