// The Readiness page with no client and no engine: the answer is still there (does not qualify,
// because no client is reachable), with the fix, and the report can be copied and saved.
#include "GuiTestServices.h"
#include "LabTools.h"
#include "gui/readiness/CheckTreeModel.h"
#include "gui/readiness/ReadinessPage.h"
#include "gui/readiness/VerdictBanner.h"
#include "readiness/ReportFile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace bdm;

namespace {

QModelIndex findRow(const QAbstractItemModel* model, const QString& id, const QModelIndex& parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data(gui::CheckTreeModel::IdRole).toString() == id)
            return i;
        const QModelIndex inner = findRow(model, id, i);
        if (inner.isValid())
            return inner;
    }
    return {};
}

} // namespace

class TestReadinessPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::GuiTestServices> m_services;
    std::unique_ptr<gui::ReadinessPage> m_page;

private Q_SLOTS:
    void initTestCase()
    {
        Q_INIT_RESOURCE(bdm);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("boinc-docker-manager-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestReadinessPage"));
        QSettings().clear();
        boinc::RpcEndpoint endpoint;
        endpoint.port = lab::freeTcpPort(); // nobody listens there
        QVERIFY(endpoint.port != 0);
        m_services = std::make_unique<test::GuiTestServices>(endpoint);
        m_page = std::make_unique<gui::ReadinessPage>(m_services->services());
        QSignalSpy finished(m_page.get(), &gui::ReadinessPage::checksFinished);
        m_page->resize(1000, 700);
        m_page->show(); // the first visit starts the checks
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(finished.wait(30000));
    }

    void bannerAnswersWithoutAClient()
    {
        auto* banner = m_page->findChild<gui::VerdictBanner*>();
        QVERIFY(banner);
        QCOMPARE(banner->headline(), QStringLiteral("This computer does not qualify for Docker/Podman jobs"));
        QCOMPARE(m_page->report().verdicts.dockerCpu.reason, QStringLiteral("BOINC client not reachable"));
        QVERIFY(
            m_page->report().verdicts.dockerCpu.fix.contains(QLatin1String("systemctl start boinc-client")));
    }

    void checklistIsATreeWithFixes()
    {
        auto* tree = m_page->findChild<QTreeView*>(QStringLiteral("checkTree"));
        QVERIFY(tree);
        QAbstractItemModelTester tester(tree->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex reachable = findRow(tree->model(), QStringLiteral("client.reachable"));
        QVERIFY(reachable.isValid());
        QCOMPARE(readiness::CheckStatus(reachable.data(gui::CheckTreeModel::StatusRole).toInt()),
                 readiness::CheckStatus::Fail);
        // A failed check is open: its detail and its fix are the rows under it.
        QVERIFY(tree->isExpanded(reachable));
        const int lines = tree->model()->rowCount(reachable);
        QVERIFY(lines >= 1);
        QCOMPARE(tree->model()->index(lines - 1, 0, reachable).data(gui::CheckTreeModel::KindRole).toInt(),
                 int(gui::CheckTreeModel::FixRow));

        // Select it: the fix shows below and Ctrl+C / "Copy fix" copies exactly the fix.
        tree->setCurrentIndex(reachable);
        auto* fix = m_page->findChild<QPlainTextEdit*>(QStringLiteral("fixText"));
        QVERIFY(fix->toPlainText().contains(QLatin1String("boinc-client")));
        QApplication::clipboard()->clear();
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("copyFixButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), fix->toPlainText());
        tree->setFocus();
        QApplication::clipboard()->clear();
        QTest::keySequence(tree, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), fix->toPlainText());
    }

    void engineAbsenceIsShownToo()
    {
        auto* tree = m_page->findChild<QTreeView*>(QStringLiteral("checkTree"));
        bool engineGroup = false;
        for (int r = 0; r < tree->model()->rowCount(); ++r) {
            if (tree->model()->index(r, 0).data().toString() ==
                QLatin1String("Container engine on this computer"))
                engineGroup = true;
        }
        QVERIFY(engineGroup);
    }

    void reportCopiesAsMarkdownAndSavesAsJson()
    {
        auto* copy = m_page->findChild<QPushButton*>(QStringLiteral("copyReportButton"));
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString markdown = QApplication::clipboard()->text();
        QVERIFY(markdown.startsWith(QLatin1String("### BOINC container readiness of 127.0.0.1:")));
        QVERIFY(markdown.contains(QLatin1String("`client.reachable`")));

        const QString path = m_dir.filePath(QStringLiteral("report.json"));
        QString error;
        QVERIFY(readiness::ReportFile::write(m_page->report(), path, readiness::ReportFile::forPath(path),
                                             &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("verdicts"))
                     .toObject()
                     .value(QStringLiteral("docker_cpu"))
                     .toObject()
                     .value(QStringLiteral("ok")),
                 QJsonValue(false));
        // A place that cannot be written says so, and leaves nothing behind.
        QVERIFY(!readiness::ReportFile::write(m_page->report(), QStringLiteral("/proc/no/such/dir/r.md"),
                                              readiness::ReportFile::Markdown, &error));
        QVERIFY(error.contains(QLatin1String("/proc/no/such/dir/r.md")));
    }

    void checkAgainRunsAgainWithoutBlocking()
    {
        QSignalSpy finished(m_page.get(), &gui::ReadinessPage::checksFinished);
        auto* again = m_page->findChild<QPushButton*>(QStringLiteral("checkAgainButton"));
        QTest::mouseClick(again, Qt::LeftButton);
        QVERIFY(m_page->isRunning());
        QVERIFY(!again->isEnabled());
        QVERIFY(finished.wait(30000));
        QVERIFY(again->isEnabled());
    }
};

QTEST_MAIN(TestReadinessPage)
#include "TestReadinessPage.moc"
