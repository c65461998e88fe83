// The CLI's human output speaks the user's language from the environment (its catalogue is the
// GUI's, embedded in both programs), with the same exit codes, and stays English in the C locale.
#include "LabTools.h"

#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QtTest>

namespace {

bdm::lab::RunResult cli(const QStringList& args, const QString& language)
{
    bdm::lab::RunOptions options;
    options.environment = QProcessEnvironment::systemEnvironment();
    options.environment.insert(QStringLiteral("LC_ALL"), language);
    options.environment.insert(QStringLiteral("LANGUAGE"), language.section(QLatin1Char('.'), 0, 0));
    return bdm::lab::runProcess(QStringLiteral(BDM_CLI_PATH), args, options);
}

const QRegularExpression han(QStringLiteral("\\p{Han}"));

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void chineseEnvironmentGetsChineseHelpAndErrors()
    {
        bdm::lab::RunResult r = cli({QStringLiteral("--help")}, QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(r.exitCode, 0);
        const QString help = QString::fromUtf8(r.standardOutput);
        QVERIFY2(help.contains(han), qPrintable(help.left(300)));
        QVERIFY(help.contains(QStringLiteral("server status --ssh USER@HOST --project-dir DIR")));
        QVERIFY(!help.contains(QStringLiteral("The command-line twin")));

        // A usage error: translated words, the same exit status.
        r = cli({QStringLiteral("server"), QStringLiteral("status")}, QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.standardError).contains(han), r.standardError.constData());
        QVERIFY(r.standardError.contains("--project-url"));
    }

    void cLocaleStaysEnglish()
    {
        const bdm::lab::RunResult r = cli({QStringLiteral("--help")}, QStringLiteral("C.UTF-8"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.standardOutput.startsWith("Usage: boinc-docker COMMAND [OPTIONS]"));
        QVERIFY(!QString::fromUtf8(r.standardOutput).contains(han));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "TestCliLanguage.moc"
