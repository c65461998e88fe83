// bin/status -v as BOINC's control script prints it (tests/data/server/bin_status_*.txt), the
// sectioned reply of ServerHostReader's script, and what is not either.
#include "server/BinStatusParser.h"

#include <QFile>
#include <QtTest>

using namespace bdm::server;

namespace {

QString data(const char* name)
{
    QFile f(QStringLiteral(BDM_TEST_DATA_DIR "/server/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestBinStatusParser : public QObject
{
    Q_OBJECT

private slots:
    void currentScriptGivesEveryDaemonAndTask()
    {
        ServerHostStatus s;
        BinStatusParser::parseStatus(data("bin_status_enabled.txt"), &s);
        QVERIFY(s.statusKnown);
        QVERIFY(s.enabled);
        QCOMPARE(s.daemons.size(), 6);
        QCOMPARE(s.daemons[0].pid, 2211);
        QCOMPARE(s.daemons[0].state, ServerHostDaemon::State::Running);
        QVERIFY(s.daemons[0].locked);
        QCOMPARE(s.daemons[0].name(), QStringLiteral("feeder"));
        QCOMPARE(s.daemons[1].state, ServerHostDaemon::State::NotRunning);
        QVERIFY(!s.daemons[1].locked);
        QCOMPARE(s.daemons[3].command, QStringLiteral("sample_trivial_validator -d 3 --app docker_app"));
        QCOMPARE(s.daemons[4].state, ServerHostDaemon::State::NoPidFile);
        QCOMPARE(s.daemons[4].command,
                 QStringLiteral("script_assimilator -d 3 --app docker_app --script \"sample_assimilate.py "
                                "wu_name files\""));
        QVERIFY(s.daemons[5].disabled);
        // Not running, and never started although enabled: both stopped. Disabled is meant to be off.
        QCOMPARE(s.stoppedDaemons(),
                 (QStringList{QStringLiteral("transitioner"), QStringLiteral("script_assimilator")}));
        QCOMPARE(s.tasks.size(), 3);
        QCOMPARE(s.tasks[0].lastRun, QStringLiteral("2026/12/03 04:00:01"));
        QCOMPARE(s.tasks[0].period, QStringLiteral("24 hours"));
        QCOMPARE(s.tasks[0].nextRun, QStringLiteral("2026/12/04 04:00:01"));
        QCOMPARE(s.tasks[1].lastRun, QStringLiteral("?"));
        QCOMPARE(s.tasks[1].nextRun, QStringLiteral("NOW"));
        QVERIFY(s.tasks[1].locked);
        QCOMPARE(s.tasks[1].command, QStringLiteral("run_in_ops ./update_profile_pages.php"));
        QVERIFY(s.tasks[2].disabled);
        QCOMPARE(s.tasks[2].period, QStringLiteral("1 hour"));
    }

    void olderScriptSaysNotFound()
    {
        ServerHostStatus s;
        BinStatusParser::parseStatus(data("bin_status_old_script.txt"), &s);
        QVERIFY(s.enabled);
        QCOMPARE(s.daemons.size(), 2);
        QCOMPARE(s.daemons[1].state, ServerHostDaemon::State::NotRunning);
        QCOMPARE(s.daemons[1].pid, 315);
        QCOMPARE(s.tasks.size(), 1);
        QCOMPARE(s.tasks[0].command, QStringLiteral("get_load"));
        QCOMPARE(s.stoppedDaemons(), QStringList{QStringLiteral("transitioner")});
    }

    void disabledProjectHasNoStoppedDaemons()
    {
        ServerHostStatus s;
        QString text = data("bin_status_enabled.txt");
        text.replace(QStringLiteral("BOINC is ENABLED"), QStringLiteral("BOINC is DISABLED"));
        BinStatusParser::parseStatus(text, &s);
        QVERIFY(s.statusKnown);
        QVERIFY(!s.enabled);
        QCOMPARE(s.daemons.size(), 6);
        QVERIFY(s.stoppedDaemons().isEmpty()); // bin/stop ran: the admin meant it
    }

    void quietOutputHasOnlyTheMode()
    {
        ServerHostStatus s;
        BinStatusParser::parseStatus(QStringLiteral("BOINC is ENABLED\n"), &s);
        QVERIFY(s.enabled);
        QVERIFY(s.daemons.isEmpty());
        QVERIFY(s.stoppedDaemons().isEmpty());
    }

    void replySectionsAreSplitByTheMarkerOnly()
    {
        const QByteArray marker = "bdm-0123abcd";
        QByteArray reply = marker + " status\n" + data("bin_status_enabled.txt").toUtf8() + "\n" + marker +
                           " status-exit 0\n";
        // A log line that imitates a heading without the marker stays log text.
        reply += marker + " log log_srv/feeder.log\nline 1\nbdm-ffff log log_srv/evil.log\nline 3\n\n";
        // The last line of this log has no newline: the script's extra one ends it.
        reply += marker + " log log_srv/transitioner.log\nt1\nt2\n";
        const ServerHostStatus s = BinStatusParser::parseReply(reply, marker);
        QVERIFY(s.enabled);
        QCOMPARE(s.daemons.size(), 6);
        QCOMPARE(s.statusExitCode, 0);
        QVERIFY(s.warnings.isEmpty());
        QCOMPARE(s.logs.size(), 2);
        QCOMPARE(s.logs[0].path, QStringLiteral("log_srv/feeder.log"));
        QCOMPARE(s.logs[0].text, QStringLiteral("line 1\nbdm-ffff log log_srv/evil.log\nline 3\n"));
        QCOMPARE(s.logs[0].daemonName(), QStringLiteral("feeder"));
        QCOMPARE(s.logs[1].text, QStringLiteral("t1\nt2"));
        QVERIFY(s.logFor(QStringLiteral("transitioner")));
        QVERIFY(!s.logFor(QStringLiteral("file_deleter")));
    }

    void failingStatusIsAWarningWithItsWords()
    {
        const QByteArray marker = "bdm-1";
        const QByteArray reply = marker +
                                 " status\nTraceback (most recent call last):\n  File \"bin/status\"\n"
                                 "FileNotFoundError: config.xml\n\n" +
                                 marker + " status-exit 1\n";
        const ServerHostStatus s = BinStatusParser::parseReply(reply, marker);
        QVERIFY(!s.statusKnown);
        QCOMPARE(s.statusExitCode, 1);
        QCOMPARE(s.warnings.size(), 1);
        QVERIFY2(s.warnings[0].contains(QStringLiteral("FileNotFoundError: config.xml")),
                 qPrintable(s.warnings[0]));
        QVERIFY(s.stoppedDaemons().isEmpty());
    }

    void garbageGivesNothingAndNoCrash()
    {
        for (const QByteArray& junk :
             {QByteArray(), QByteArray("\0\0\n\n", 4), QByteArray("DAEMON x commandline\n  1"),
              QByteArray("bdm-1 status\nDAEMON  pid commandline\n 1 2 running\n")}) {
            const ServerHostStatus s = BinStatusParser::parseReply(junk, "bdm-1");
            QVERIFY(s.daemons.isEmpty());
            QVERIFY(!s.warnings.isEmpty()); // bin/status said neither ENABLED nor DISABLED
        }
    }

    void jsonHasTheDocumentedFields()
    {
        ServerHostStatus s;
        BinStatusParser::parseStatus(data("bin_status_enabled.txt"), &s);
        const bdm::boinc::Json j = BinStatusParser::toJson(s);
        QCOMPARE(j["daemons"].size(), 6u);
        QCOMPARE(j["daemons"][1]["state"].get<std::string>(), std::string("not_running"));
        QCOMPARE(j["daemons"][4]["state"].get<std::string>(), std::string("no_pid_file"));
        QCOMPARE(j["daemons"][0]["name"].get<std::string>(), std::string("feeder"));
        QCOMPARE(j["stopped_daemons"].size(), 2u);
        QCOMPARE(j["tasks"][1]["next_run"].get<std::string>(), std::string("NOW"));
        QVERIFY(j["enabled"].get<bool>());
    }
};

QTEST_GUILESS_MAIN(TestBinStatusParser)
#include "TestBinStatusParser.moc"
