// The Jobs page's actions against real servers: a remote-submission job asks for the project
// account when the keychain has none (the lab's HTTPS RPC server checks it), the Target page
// forgets it again, and an SSH job whose server key is unknown or changed is shown with the
// fingerprint and trusted only on the user's word (the lab's sshd and fake project).
#include "LabKeyring.h"
#include "LabProjectServer.h"
#include "LabRpcServer.h"
#include "LabSshServer.h"
#include "LabTools.h"
#include "ModalDialogs.h"
#include "common/SecretStore.h"
#include "gui/jobs/JobsPage.h"
#include "gui/submit/HostKeyDialog.h"
#include "gui/submit/LoginDialog.h"
#include "gui/submit/ProjectSignIn.h"
#include "gui/submit/TargetPage.h"
#include "submit/BackendFactory.h"
#include "submit/JobJournal.h"
#include "submit/JobSpecFile.h"
#include "submit/SubmitBackend.h"
#include "submit/SubmitRunner.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace bdm;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

} // namespace

class TestJobsSignInLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    lab::LabKeyring m_keyring;
    lab::LabRpcServer m_rpc;
    lab::LabSshServer m_ssh;
    lab::LabProjectServer m_project;
    submit::JobJournal m_journal;
    // A keychain service of its own per test run: nothing stored for the project yet.
    const QString m_service = u"bdm-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<common::SecretStore> m_secrets;

    // Submits for real (the backend given its secrets directly) and returns the journal entry.
    std::optional<submit::JournalEntry> submitted(const submit::JobSpec& spec, const QString& authenticator)
    {
        QString error;
        std::unique_ptr<submit::SubmitBackend> backend =
            submit::createBackend(spec.target, {authenticator, m_rpc.caFile()}, &error);
        if (!backend) {
            qWarning() << error;
            return std::nullopt;
        }
        submit::SubmitRunner runner(m_journal);
        std::optional<submit::JournalEntry> entry;
        bool done = false;
        connect(
            &runner, &submit::SubmitRunner::finished, this,
            [&](const submit::JournalEntry& e, const submit::SubmitOutcome&, const submit::SubmitError& err) {
                done = true;
                if (err.ok())
                    entry = e;
                else
                    qWarning() << err.message << err.serverText;
            });
        runner.start(spec, QString::fromUtf8(submit::JobSpecFile::toJson(spec, {})), {}, std::move(backend));
        if (!QTest::qWaitFor([&done] { return done; }, 60000))
            qWarning() << "no end of the submission";
        return entry;
    }

    submit::JobSpec webSpec() const
    {
        submit::JobSpec s;
        s.name = u"web"_s;
        s.app = QLatin1String(lab::LabRpcServer::appName);
        s.image = u"debian:12"_s;
        s.command = {u"sh"_s, u"-c"_s, u"cat in.txt > out.txt"_s};
        s.inputs = {m_dir.filePath(u"in.txt"_s)};
        s.outputs = {u"out.txt"_s};
        s.target.transport = u"webrpc"_s;
        s.target.mode = u"submit_batch"_s;
        s.target.projectUrl = m_rpc.projectUrl();
        s.target.email = QLatin1String(lab::LabRpcServer::aliceEmail);
        return s;
    }

    submit::JobSpec sshSpec(const QString& knownHosts) const
    {
        submit::JobSpec s;
        s.name = u"ssh"_s;
        s.app = u"docker_app"_s;
        s.image = u"debian:12"_s;
        s.script = m_dir.filePath(u"job.sh"_s);
        s.outputs = {u"out.txt"_s};
        s.target = m_ssh.target(m_project.directory(), u"create_work"_s, knownHosts);
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        QVERIFY2(m_rpc.start(), qPrintable(m_rpc.errorString()));
        QVERIFY2(m_ssh.start(), qPrintable(m_ssh.errorString()));
        QVERIFY2(m_project.create({u"docker_app"_s}), qPrintable(m_project.errorString()));
        QVERIFY(m_journal.open(m_dir.filePath(u"journal.sqlite"_s)));
        QVERIFY(lab::writeFile(m_dir.filePath(u"in.txt"_s), "data\n", nullptr));
        QVERIFY(lab::writeFile(m_dir.filePath(u"job.sh"_s), "#!/bin/bash\necho hi > out.txt\n", nullptr));
        m_secrets = std::make_unique<common::SecretStore>(m_service);
    }

    void a_remote_job_asks_for_the_account_and_the_target_page_forgets_it()
    {
        // Setup: a job submitted earlier; this run's keychain has no account for the project.
        const submit::JobSpec spec = webSpec();
        const std::optional<submit::JournalEntry> entry =
            submitted(spec, QLatin1String(lab::LabRpcServer::aliceAuthenticator));
        QVERIFY(entry);
        gui::ProjectSignIn signIn(*m_secrets);
        signIn.setCaCertificatesFile(m_rpc.caFile());
        gui::JobsPage page(&m_journal, signIn.backendMaker());
        page.setSignIn(&signIn);
        page.show();
        page.selectEntry(entry->id);

        // Action 1: Refresh; the sign-in opens; Escape.
        page.refreshStatuses();
        gui::LoginDialog* login = bdm::test::openDialog<gui::LoginDialog>();
        QVERIFY(login);
        QTest::keyClick(login, Qt::Key_Escape);

        // Verify 1: nothing asked of the server, the user told why.
        QTRY_VERIFY_WITH_TIMEOUT(page.notice().contains(u"cancelled"_s), 5000);
        QVERIFY(!page.isBusy());
        QVERIFY(m_journal.statuses(entry->id).isEmpty());

        // Action 2: Refresh again and sign in by keyboard.
        page.refreshStatuses();
        login = bdm::test::openDialog<gui::LoginDialog>();
        QVERIFY(login);
        auto* password = login->findChild<QLineEdit*>(u"passwordLineEdit"_s);
        QVERIFY(password->hasFocus() || login->focusWidget() == password);
        QTest::keyClicks(password, QLatin1String(lab::LabRpcServer::alicePassword));
        QTest::keyClick(password, Qt::Key_Return);

        // Verify 2: the statuses came and the authenticator is in the keychain.
        QTRY_VERIFY_WITH_TIMEOUT(page.notice().contains(u"Statuses updated"_s), 30000);
        QVERIFY(!m_journal.statuses(entry->id).isEmpty());
        const QString key = u"gui-rpc-password/"_s + submit::authenticatorSecretId(m_rpc.projectUrl());
        QTRY_COMPARE_WITH_TIMEOUT(m_keyring.secretToolLookup(m_service, key),
                                  QLatin1String(lab::LabRpcServer::aliceAuthenticator), 10000);

        // Action 3: Forget stored login on the Target page.
        gui::TargetPage target;
        target.setSignIn(&signIn);
        target.load(spec);
        QVERIFY(!target.forgetLoginButton()->isHidden());
        QVERIFY(target.forgetLoginButton()->isEnabled());
        target.forgetLoginButton()->click();

        // Verify 3: gone from the keychain and from this run; the next action asks again.
        QTRY_VERIFY_WITH_TIMEOUT(!target.forgetLoginStatus().isEmpty(), 10000);
        QVERIFY2(target.forgetLoginStatus().contains(u"deleted"_s), qPrintable(target.forgetLoginStatus()));
        QCOMPARE(m_keyring.secretToolLookup(m_service, key), QString());
        QVERIFY(!signIn.isReady(spec.target));
        page.refreshStatuses();
        login = bdm::test::openDialog<gui::LoginDialog>();
        QVERIFY(login);
        login->reject();
    }

    void an_ssh_job_asks_before_trusting_an_unknown_host_key()
    {
        // Setup: a job submitted while the key was known; then known_hosts is emptied.
        const QString knownHosts = m_dir.filePath(u"jobs_known_hosts"_s);
        QVERIFY(QFile::copy(m_ssh.knownHostsFile(), knownHosts));
        const std::optional<submit::JournalEntry> entry = submitted(sshSpec(knownHosts), {});
        QVERIFY(entry);
        QVERIFY(lab::writeFile(knownHosts, {}, nullptr));
        gui::ProjectSignIn signIn(*m_secrets);
        gui::JobsPage page(&m_journal, signIn.backendMaker());
        page.setSignIn(&signIn);
        page.show();
        page.selectEntry(entry->id);

        // Action 1: Refresh; the key is shown; Escape (Cancel is the default).
        page.refreshStatuses();
        auto* box = bdm::test::openDialog<gui::HostKeyDialog>(30000);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"127.0.0.1"_s), qPrintable(box->text()));
        QVERIFY(box->text().contains(QString::number(m_ssh.port())));
        QVERIFY2(box->informativeText().contains(m_ssh.hostKeyFingerprint() + u" (ED25519)"_s),
                 qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains(knownHosts));
        QVERIFY(box->trustButton());
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::keyClick(box, Qt::Key_Escape);

        // Verify 1: nothing trusted, no statuses.
        QTRY_VERIFY_WITH_TIMEOUT(!bdm::test::openDialog<gui::HostKeyDialog>(0), 5000);
        QCOMPARE(QFileInfo(knownHosts).size(), 0);
        QVERIFY(m_journal.statuses(entry->id).isEmpty());
        QVERIFY(!page.notice().isEmpty());

        // Action 2: Refresh and trust.
        page.refreshStatuses();
        box = bdm::test::openDialog<gui::HostKeyDialog>(30000);
        QVERIFY(box);
        box->trustButton()->click();

        // Verify 2: the key is in known_hosts and the refresh went through.
        QTRY_VERIFY_WITH_TIMEOUT(page.notice().contains(u"Statuses updated"_s), 60000);
        QVERIFY(readAll(knownHosts).contains("ssh-ed25519"));
        QVERIFY(!m_journal.statuses(entry->id).isEmpty());
    }

    void an_ssh_job_whose_host_key_changed_is_an_alarm_with_nothing_to_accept()
    {
        // Setup: known_hosts names another ed25519 key for the lab's sshd.
        const QString other = m_dir.filePath(u"other_host_key"_s);
        QCOMPARE(
            QProcess::execute(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, {}, u"-f"_s, other}),
            0);
        const QList<QByteArray> pub = readAll(other + u".pub"_s).trimmed().split(' ');
        QVERIFY(pub.size() >= 2);
        const QString knownHosts = m_dir.filePath(u"changed_known_hosts"_s);
        QVERIFY(QFile::copy(m_ssh.knownHostsFile(), knownHosts));
        QFile::setPermissions(knownHosts, QFile::ReadOwner | QFile::WriteOwner);
        const std::optional<submit::JournalEntry> entry = submitted(sshSpec(knownHosts), {});
        QVERIFY(entry);
        const QByteArray wrong =
            u"[127.0.0.1]:%1 "_s.arg(m_ssh.port()).toUtf8() + pub.at(0) + ' ' + pub.at(1) + '\n';
        QVERIFY(lab::writeFile(knownHosts, wrong, nullptr));
        gui::ProjectSignIn signIn(*m_secrets);
        gui::JobsPage page(&m_journal, signIn.backendMaker());
        page.setSignIn(&signIn);
        page.show();
        page.selectEntry(entry->id);

        // Action: Refresh.
        page.refreshStatuses();
        auto* box = bdm::test::openDialog<gui::HostKeyDialog>(30000);

        // Verify: the alarm, no way to accept; known_hosts as it was; nothing fetched.
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"CHANGED"_s), qPrintable(box->text()));
        QVERIFY(box->informativeText().contains(u"man-in-the-middle"_s));
        QVERIFY(!box->trustButton());
        QCOMPARE(box->icon(), QMessageBox::Critical);
        QVERIFY2(page.notice().contains(u"CHANGED"_s), qPrintable(page.notice()));
        box->button(QMessageBox::Close)->click();
        QCOMPARE(readAll(knownHosts), wrong);
        QVERIFY(m_journal.statuses(entry->id).isEmpty());
    }
};

QTEST_MAIN(TestJobsSignInLab)
#include "TestJobsSignInLab.moc"
