// The Submit wizard's last step against real servers: a remote-submission project asks for the
// account once (the lab's HTTPS RPC server checks the password; the authenticator goes to a
// private keychain), and an SSH server whose host key is unknown is shown with its fingerprint
// and trusted only when the user says so (the lab's sshd and fake project).
#include "LabKeyring.h"
#include "LabProjectServer.h"
#include "LabRpcServer.h"
#include "LabSshServer.h"
#include "LabTools.h"
#include "ModalDialogs.h"
#include "common/SecretStore.h"
#include "gui/submit/HostKeyDialog.h"
#include "gui/submit/LoginDialog.h"
#include "gui/submit/ProjectSignIn.h"
#include "gui/submit/SubmitProgressPage.h"
#include "submit/BackendFactory.h"
#include "submit/JobJournal.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace bdm;
using namespace Qt::StringLiterals;

class TestSubmitSignInLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    lab::LabKeyring m_keyring;
    lab::LabRpcServer m_rpc;
    lab::LabSshServer m_ssh;
    lab::LabProjectServer m_project;
    submit::JobJournal m_journal;
    const QString m_service = u"bdm-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<common::SecretStore> m_secrets;
    std::unique_ptr<gui::ProjectSignIn> m_signIn;
    submit::JobSpec m_spec;

    std::unique_ptr<gui::SubmitProgressPage> page()
    {
        auto p = std::make_unique<gui::SubmitProgressPage>(
            &m_journal, m_signIn->backendMaker(), [this] { return m_spec; }, [] { return u"{}"_s; }, nullptr);
        p->setSignIn(m_signIn.get());
        return p;
    }

    static QString status(gui::SubmitProgressPage& p)
    {
        return p.findChild<QLabel*>(u"submitStatusLabel"_s)->text();
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
        m_secrets = std::make_unique<common::SecretStore>(m_service);
        m_signIn = std::make_unique<gui::ProjectSignIn>(*m_secrets);
        m_signIn->setCaCertificatesFile(m_rpc.caFile());
    }

    void remote_submission_asks_for_the_account_once_and_keeps_it_in_the_keychain()
    {
        // Setup
        m_spec = {};
        m_spec.name = u"web"_s;
        m_spec.app = QLatin1String(lab::LabRpcServer::appName);
        m_spec.image = u"debian:12"_s;
        m_spec.command = {u"sh"_s, u"-c"_s, u"cat in.txt > out.txt"_s};
        m_spec.inputs = {m_dir.filePath(u"in.txt"_s)};
        m_spec.outputs = {u"out.txt"_s};
        m_spec.target.transport = u"webrpc"_s;
        m_spec.target.mode = u"submit_batch"_s;
        m_spec.target.projectUrl = m_rpc.projectUrl();
        m_spec.target.email = QLatin1String(lab::LabRpcServer::aliceEmail);
        auto p = page();
        QSignalSpy stored(m_signIn.get(), &gui::ProjectSignIn::stored);

        // Action 1: submit; the sign-in opens with the spec's email filled in.
        p->startSubmission();
        gui::LoginDialog* login = bdm::test::openDialog<gui::LoginDialog>();
        QVERIFY(login);
        QCOMPARE(login->email(), QLatin1String(lab::LabRpcServer::aliceEmail));
        login->findChild<QLineEdit*>(u"passwordLineEdit"_s)->setText(u"wrong"_s);
        login->findChild<QPushButton*>(u"signInPushButton"_s)->click();

        // Verify 1: the project's refusal, in its words; the dialog stays.
        QTRY_VERIFY_WITH_TIMEOUT(login->errorText().contains(u"bad password"_s), 15000);
        QVERIFY(login->isVisible());
        if (const QString dir = qEnvironmentVariable("BDM_SIGNIN_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(login->grab().save(dir + u"/login.png"_s));

        // Action 2: the right password.
        login->findChild<QLineEdit*>(u"passwordLineEdit"_s)
            ->setText(QLatin1String(lab::LabRpcServer::alicePassword));
        login->findChild<QPushButton*>(u"signInPushButton"_s)->click();

        // Verify 2: submitted, and the authenticator (never the password) is in the keychain.
        QTRY_VERIFY_WITH_TIMEOUT(p->isComplete(), 30000);
        QVERIFY2(!p->workunits().isEmpty(), qPrintable(status(*p)));
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10000);
        QVERIFY2(stored.first().at(1).toBool(), qPrintable(stored.first().at(2).toString()));
        const QString key = u"gui-rpc-password/"_s + submit::authenticatorSecretId(m_rpc.projectUrl());
        QCOMPARE(m_keyring.secretToolLookup(m_service, key),
                 QLatin1String(lab::LabRpcServer::aliceAuthenticator));

        // Action 3 / Verify 3: a new sign-in object (a new run of the app) finds it in the keychain.
        gui::ProjectSignIn again(*m_secrets);
        QString error = u"not called"_s;
        again.prepare(m_spec.target, nullptr, [&error](const QString& e) { error = e; });
        QTRY_COMPARE_WITH_TIMEOUT(error, QString(), 10000);
        QVERIFY(again.isReady(m_spec.target));
        QVERIFY(!bdm::test::openDialog<gui::LoginDialog>(300));

        // Action 4 / Verify 4: a second submission from the wizard does not ask again.
        auto second = page();
        second->startSubmission();
        QTRY_VERIFY_WITH_TIMEOUT(second->isComplete() || bdm::test::openDialog<gui::LoginDialog>(50), 30000);
        QVERIFY(!bdm::test::openDialog<gui::LoginDialog>(50));
        QVERIFY2(!second->workunits().isEmpty(), qPrintable(status(*second)));
        QCOMPARE(stored.size(), 1);
    }

    void an_unknown_ssh_host_key_is_shown_and_trusted_only_when_the_user_says_so()
    {
        // Setup: an empty known_hosts file, so the lab's sshd is unknown.
        const QString knownHosts = m_dir.filePath(u"known_hosts"_s);
        QVERIFY(lab::writeFile(knownHosts, {}, nullptr));
        QVERIFY(lab::writeFile(m_dir.filePath(u"job.sh"_s), "#!/bin/bash\necho hi > out.txt\n", nullptr));
        m_spec = {};
        m_spec.name = u"ssh"_s;
        m_spec.app = u"docker_app"_s;
        m_spec.image = u"debian:12"_s;
        m_spec.script = m_dir.filePath(u"job.sh"_s);
        m_spec.outputs = {u"out.txt"_s};
        m_spec.target = m_ssh.target(m_project.directory(), u"create_work"_s, knownHosts);
        auto p = page();

        // Action 1: submit, and decline the key.
        p->startSubmission();
        auto* box = bdm::test::openDialog<gui::HostKeyDialog>();
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"127.0.0.1"_s), qPrintable(box->text()));
        QVERIFY2(box->text().contains(QString::number(m_ssh.port())), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(m_ssh.hostKeyFingerprint() + u" (ED25519)"_s),
                 qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains(knownHosts));
        QVERIFY(box->trustButton());
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        if (const QString dir = qEnvironmentVariable("BDM_SIGNIN_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(box->grab().save(dir + u"/hostkey.png"_s));
        box->button(QMessageBox::Cancel)->click();

        // Verify 1: nothing trusted, nothing submitted.
        QTest::qWait(200);
        QCOMPARE(QFileInfo(knownHosts).size(), 0);
        QVERIFY(p->workunits().isEmpty());
        QCOMPARE(m_project.workunitCount(), 0);

        // Action 2: Retry, and trust it.
        p->startSubmission();
        box = bdm::test::openDialog<gui::HostKeyDialog>();
        QVERIFY(box);
        box->trustButton()->click();

        // Verify 2: the key is in known_hosts and the job was submitted once.
        QTRY_VERIFY_WITH_TIMEOUT(p->isComplete(), 60000);
        QCOMPARE(p->workunits().size(), 1);
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("ssh-ed25519"));
        QCOMPARE(m_project.workunitCount(), 1);
    }
};

QTEST_MAIN(TestSubmitSignInLab)
#include "TestSubmitSignInLab.moc"
