// The project host over SSH: ServerHostReader and `boinc-docker server status --ssh` against a real
// OpenSSH server (LabSshServer) and the lab's fake project, whose bin/status prints what BOINC's
// control script prints and whose daemons are real processes with pid files, lock files and logs
// (tests/support/fake-project). Also both readings at once, with the HTTPS status page.
#include "LabProjectServer.h"
#include "LabRpcServer.h"
#include "LabSshServer.h"
#include "LabTools.h"
#include "server/ServerHostReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bdm;
using namespace Qt::StringLiterals;

namespace {

constexpr int readTimeoutMs = 60000;

} // namespace

class TestServerHostLab : public QObject
{
    Q_OBJECT

    lab::LabSshServer m_ssh;
    lab::LabProjectServer m_project;
    QTemporaryDir m_dir;

    submit::SubmitTarget target(const QString& projectDir = {}) const
    {
        return m_ssh.target(projectDir.isEmpty() ? m_project.directory() : projectDir);
    }

    struct Read
    {
        std::optional<server::ServerHostStatus> status;
        QString error;
        submit::SshError sshError;
    };

    Read read(const submit::SubmitTarget& t, int logLines = server::ServerHostReader::defaultLogLines)
    {
        server::ServerHostReader reader;
        QSignalSpy finished(&reader, &server::ServerHostReader::finished);
        QSignalSpy failed(&reader, &server::ServerHostReader::failed);
        reader.read(t, logLines);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, readTimeoutMs))
            return Read{std::nullopt, u"no answer"_s, {}};
        if (!failed.isEmpty())
            return Read{std::nullopt, failed.first().at(0).toString(),
                        failed.first().at(1).value<submit::SshError>()};
        return Read{finished.first().at(0).value<server::ServerHostStatus>(), {}, {}};
    }

    QStringList sshOptions(const QString& knownHosts = {}) const
    {
        return {u"--ssh"_s,
                m_ssh.destination(),
                u"--ssh-port"_s,
                QString::number(m_ssh.port()),
                u"--identity-file"_s,
                m_ssh.identityFile(),
                u"--known-hosts-file"_s,
                knownHosts.isEmpty() ? m_ssh.knownHostsFile() : knownHosts,
                u"--project-dir"_s,
                m_project.directory()};
    }

    static lab::RunResult cli(const QStringList& args)
    {
        lab::RunOptions options;
        options.timeoutMs = 120000;
        return lab::runProcess(QStringLiteral(BDM_CLI_PATH), QStringList{u"server"_s, u"status"_s} + args,
                               options);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_ssh.start(), qPrintable(m_ssh.errorString()));
        QVERIFY2(m_project.create(), qPrintable(m_project.errorString()));
    }

    void init() { QVERIFY2(m_project.stopDaemons(), qPrintable(m_project.errorString())); }

    void a_stopped_project_lists_its_daemons_and_none_is_missed()
    {
        // Action
        const Read r = read(target());

        // Verify: bin/stop's state is meant, so nothing is reported stopped.
        QVERIFY2(r.status, qPrintable(r.error));
        QVERIFY(r.status->statusKnown);
        QVERIFY(!r.status->enabled);
        QCOMPARE(r.status->daemons.size(), 5);
        QCOMPARE(r.status->daemons[0].command, u"feeder -d 3"_s);
        QCOMPARE(r.status->daemons[0].state, server::ServerHostDaemon::State::NoPidFile);
        QVERIFY(r.status->daemons[4].disabled);
        QCOMPARE(r.status->tasks.size(), 2);
        QCOMPARE(r.status->tasks[0].period, u"24 hours"_s);
        QVERIFY(r.status->stoppedDaemons().isEmpty());
        QVERIFY(r.status->warnings.isEmpty());
    }

    void running_daemons_show_with_their_logs_and_a_killed_one_is_stopped()
    {
        // Setup
        QVERIFY2(m_project.startDaemons(), qPrintable(m_project.errorString()));

        // Action
        Read r = read(target(), 1);

        // Verify: four running, holding their locks; the disabled one never started.
        QVERIFY2(r.status, qPrintable(r.error));
        QVERIFY(r.status->enabled);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(r.status->daemons[i].state, server::ServerHostDaemon::State::Running);
            QVERIFY(r.status->daemons[i].locked);
            QVERIFY(r.status->daemons[i].pid > 0);
        }
        QCOMPARE(r.status->daemons[4].state, server::ServerHostDaemon::State::NoPidFile);
        QVERIFY(r.status->stoppedDaemons().isEmpty());
        QCOMPARE(r.status->logs.size(), 4);
        const server::ServerLogTail* feeder = r.status->logFor(u"feeder"_s);
        QVERIFY(feeder);
        QVERIFY2(feeder->path.startsWith(u"log_"_s) && feeder->path.endsWith(u"/feeder.log"_s),
                 qPrintable(feeder->path));
        // One line asked for, one line given, with its own newline (the script's extra one is gone).
        QCOMPARE(feeder->text.count(u'\n'), 1);
        QVERIFY(feeder->text.endsWith(u'\n'));
        QVERIFY(feeder->text.size() > 1);

        // Action: the transitioner dies; its pid file stays.
        QVERIFY2(m_project.killDaemon(u"transitioner"_s), qPrintable(m_project.errorString()));
        r = read(target(), 0);

        // Verify
        QVERIFY2(r.status, qPrintable(r.error));
        QCOMPARE(r.status->daemons[1].state, server::ServerHostDaemon::State::NotRunning);
        QVERIFY(!r.status->daemons[1].locked);
        QCOMPARE(r.status->stoppedDaemons(), QStringList{u"transitioner"_s});
        QVERIFY(r.status->logs.isEmpty()); // 0 lines: bin/status only
    }

    void a_hostile_project_path_is_quoted_not_run()
    {
        // Setup: the same project reached through a name full of shell and QString syntax.
        const QString link = m_dir.filePath(u"pro'j %2 $(touch pwned) ;x"_s);
        QVERIFY(QFile::link(m_project.directory(), link));

        // Action
        const Read r = read(target(link));

        // Verify
        QVERIFY2(r.status, qPrintable(r.error));
        QCOMPARE(r.status->daemons.size(), 5);
        QVERIFY(!QFile::exists(m_dir.filePath(u"pwned"_s)));
        QVERIFY(!QFile::exists(QDir::home().filePath(u"pwned"_s)));
    }

    void a_wrong_directory_says_what_is_wrong()
    {
        Read r = read(target(m_dir.filePath(u"no-such-project"_s)));
        QVERIFY(!r.status);
        QVERIFY2(r.error.contains(u"no project directory"_s), qPrintable(r.error));

        QVERIFY(QDir(m_dir.path()).mkpath(u"empty"_s));
        r = read(target(m_dir.filePath(u"empty"_s)));
        QVERIFY(!r.status);
        QVERIFY2(r.error.contains(u"has no bin/status"_s), qPrintable(r.error));

        r = read(target(u"relative/dir"_s));
        QVERIFY(!r.status);
        QVERIFY2(r.error.contains(u"absolute directory"_s), qPrintable(r.error));
    }

    void an_unknown_host_key_is_shown_not_trusted()
    {
        // Setup
        const QString knownHosts = m_dir.filePath(u"empty_known_hosts"_s);
        QFile f(knownHosts);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        submit::SubmitTarget t = target();
        t.knownHostsFile = knownHosts;

        // Action
        const Read r = read(t);

        // Verify
        QVERIFY(!r.status);
        QCOMPARE(r.sshError.kind, submit::SshError::Kind::HostKeyUnknown);
        QVERIFY(r.sshError.fingerprints.join(u' ').contains(m_ssh.hostKeyFingerprint()));
        QCOMPARE(QFileInfo(knownHosts).size(), 0);

        // The CLI says how to trust it, then trusts only the right fingerprint.
        lab::RunResult run = cli(sshOptions(knownHosts));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.standardError.contains("--accept-host-key"), run.standardError.constData());
        QVERIFY(run.standardError.contains(m_ssh.hostKeyFingerprint().toUtf8()));
        run = cli(sshOptions(knownHosts) + QStringList{u"--accept-host-key"_s, m_ssh.hostKeyFingerprint()});
        QVERIFY2(run.exitCode == 0, run.standardError.constData());
        QVERIFY(QFileInfo(knownHosts).size() > 0);
    }

    void cli_prints_the_tables_and_logs_and_exits_1_on_a_dead_daemon()
    {
        // Setup
        QVERIFY2(m_project.startDaemons(), qPrintable(m_project.errorString()));

        // Action + Verify: all running is exit 0, with each log under its own heading.
        lab::RunResult run = cli(sshOptions() + QStringList{u"--log-lines"_s, u"5"_s});
        QVERIFY2(run.exitCode == 0, run.standardError.constData());
        QVERIFY2(run.standardOutput.contains("BOINC is ENABLED"), run.standardOutput.constData());
        QVERIFY(run.standardOutput.contains("sample_trivial_validator -d 3 --app docker_app"));
        QVERIFY(run.standardOutput.contains("/feeder.log -----"));
        QVERIFY(run.standardOutput.contains("Executing command: feeder -d 3"));

        QVERIFY2(m_project.killDaemon(u"feeder"_s), qPrintable(m_project.errorString()));
        run = cli(sshOptions() + QStringList{u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject host =
            QJsonDocument::fromJson(run.standardOutput).object().value(u"server_host"_s).toObject();
        QCOMPARE(host.value(u"stopped_daemons"_s).toArray(), QJsonArray{u"feeder"_s});
        QVERIFY(host.value(u"enabled"_s).toBool());
        QCOMPARE(host.value(u"daemons"_s).toArray().at(0).toObject().value(u"state"_s).toString(),
                 u"not_running"_s);
        QCOMPARE(host.value(u"logs"_s).toArray().size(), 4);
        QCOMPARE(host.value(u"project_dir"_s).toString(), m_project.directory());

        // Usage errors.
        QCOMPARE(cli({u"--ssh"_s, m_ssh.destination()}).exitCode, 2); // no --project-dir
        QCOMPARE(cli(sshOptions() + QStringList{u"--log-lines"_s, u"-3"_s}).exitCode, 2);
        const lab::RunResult unknown = cli({u"--no-such-option"_s});
        QCOMPARE(unknown.exitCode, 2); // a usage error, as every command's
        QVERIFY(unknown.standardError.contains("no-such-option"));
        QCOMPARE(cli({u"--ssh"_s}).exitCode, 2); // an option without its value
    }

    void both_readings_at_once_give_one_document()
    {
        // Setup
        lab::LabRpcServer web;
        QVERIFY2(web.start(), qPrintable(web.errorString()));
        QFile page(QStringLiteral(BDM_TEST_DATA_DIR "/server/server_status_healthy.xml"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(
            web.control({{u"cmd"_s, u"set_server_status"_s}, {u"xml"_s, QString::fromUtf8(page.readAll())}})
                .value(u"ok"_s)
                .toBool());
        QVERIFY2(m_project.startDaemons(), qPrintable(m_project.errorString()));

        // Action
        const lab::RunResult run = cli(sshOptions() + QStringList{u"--project-url"_s, web.projectUrl(),
                                                                  u"--ca-file"_s, web.caFile(), u"--json"_s});

        // Verify: the page's fields at the top, the host's under server_host.
        QVERIFY2(run.exitCode == 0, run.standardError.constData());
        const QJsonObject j = QJsonDocument::fromJson(run.standardOutput).object();
        QCOMPARE(j.value(u"daemons"_s).toArray().size(), 6);
        QCOMPARE(j.value(u"project_url"_s).toString(), web.projectUrl());
        QCOMPARE(j.value(u"server_host"_s).toObject().value(u"daemons"_s).toArray().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestServerHostLab)
#include "TestServerHostLab.moc"
