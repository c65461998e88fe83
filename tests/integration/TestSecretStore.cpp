#include "LabKeyring.h"
#include "common/SecretStore.h"

#include <QTest>
#include <QUuid>

using namespace bdm;
using common::SecretResult;
using common::SecretStore;

// SecretStore against a real Secret Service: a private dbus-daemon and GNOME Keyring started by
// LabKeyring, never the user's keyring.
class TestSecretStore : public QObject
{
    Q_OBJECT

    // A service name of our own, so nothing here could meet a real entry.
    const QString m_service =
        QStringLiteral("bdm-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    lab::LabKeyring m_keyring;

    SecretResult waitFor(const std::function<void(SecretStore&, SecretStore::Handler)>& call)
    {
        SecretStore store(m_service);
        std::optional<SecretResult> result;
        call(store, [&](const SecretResult& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
            return SecretResult{SecretResult::Failed, {}, QStringLiteral("no answer within 15 s")};
        return *result;
    }

private slots:
    // Runs first, before any bus exists in this process: headless machines have none.
    void without_a_secret_service_the_store_says_there_is_no_keychain()
    {
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bdm-no-bus");
        qunsetenv("DISPLAY"); // no X11 autolaunch of a bus either
        const SecretResult r = waitFor([](SecretStore& s, SecretStore::Handler h) {
            s.readPassword(QStringLiteral("host-a"), &s, std::move(h));
        });
        qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
        QVERIFY2(r.status == SecretResult::NoKeychain, qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("no keychain service")), qPrintable(r.message));
        QVERIFY(r.secret.isEmpty());
    }

    // A session bus with nobody offering the Secret Service: a desktop-less login.
    void a_session_without_a_secret_service_has_no_keychain_either()
    {
        QVERIFY2(m_keyring.startBus(), qPrintable(m_keyring.errorString()));
        const SecretResult r = waitFor([](SecretStore& s, SecretStore::Handler h) {
            s.readPassword(QStringLiteral("host-a"), &s, std::move(h));
        });
        QVERIFY2(r.status == SecretResult::NoKeychain, qPrintable(r.message));
        const SecretResult w = waitFor([](SecretStore& s, SecretStore::Handler h) {
            s.writePassword(QStringLiteral("host-a"), QStringLiteral("pw"), &s, std::move(h));
        });
        QVERIFY2(w.status == SecretResult::NoKeychain, qPrintable(w.message));
    }

    void the_private_keyring_starts_on_the_same_bus()
    {
        QVERIFY2(m_keyring.startSecretService(), qPrintable(m_keyring.errorString()));
    }

    void a_written_password_reads_back_and_is_stored_in_the_keyring_itself()
    {
        const SecretResult w = waitFor([](SecretStore& s, SecretStore::Handler h) {
            s.writePassword(QStringLiteral("host-a"), QStringLiteral("s3cret pw"), &s, std::move(h));
        });
        QVERIFY2(w.ok(), qPrintable(w.message));
        const SecretResult r = waitFor([](SecretStore& s, SecretStore::Handler h) {
            s.readPassword(QStringLiteral("host-a"), &s, std::move(h));
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.secret, QStringLiteral("s3cret pw"));
        // Another tool sees it too: it is in the Secret Service, not in a file of ours.
        QCOMPARE(m_keyring.secretToolLookup(m_service, QStringLiteral("gui-rpc-password/host-a")),
                 QStringLiteral("s3cret pw"));
    }

    void passwords_are_kept_apart_by_host_id()
    {
        waitFor([](SecretStore& s, SecretStore::Handler h) {
            s.writePassword(QStringLiteral("host-b"), QStringLiteral("other"), &s, std::move(h));
        });
        const SecretResult a = waitFor([](SecretStore& s, SecretStore::Handler h) {
            s.readPassword(QStringLiteral("host-a"), &s, std::move(h));
        });
        const SecretResult b = waitFor([](SecretStore& s, SecretStore::Handler h) {
            s.readPassword(QStringLiteral("host-b"), &s, std::move(h));
        });
        QCOMPARE(a.secret, QStringLiteral("s3cret pw"));
        QCOMPARE(b.secret, QStringLiteral("other"));
    }

    void a_deleted_password_is_gone()
    {
        const SecretResult d = waitFor([](SecretStore& s, SecretStore::Handler h) {
            s.deletePassword(QStringLiteral("host-a"), &s, std::move(h));
        });
        QVERIFY2(d.ok(), qPrintable(d.message));
        const SecretResult r = waitFor([](SecretStore& s, SecretStore::Handler h) {
            s.readPassword(QStringLiteral("host-a"), &s, std::move(h));
        });
        QCOMPARE(r.status, SecretResult::NotFound);
        QVERIFY(r.secret.isEmpty());
        QVERIFY(m_keyring.secretToolLookup(m_service, QStringLiteral("gui-rpc-password/host-a")).isEmpty());
    }

    void a_missing_key_is_not_found_not_an_error()
    {
        const SecretResult r = waitFor([](SecretStore& s, SecretStore::Handler h) {
            s.readPassword(QStringLiteral("never-stored"), &s, std::move(h));
        });
        QCOMPARE(r.status, SecretResult::NotFound);
    }

    void a_handler_whose_context_died_is_not_called()
    {
        SecretStore store(m_service);
        bool called = false;
        auto* context = new QObject;
        store.readPassword(QStringLiteral("host-b"), context, [&](const SecretResult&) { called = true; });
        delete context;
        // The job still runs to its end; give it the time a read takes.
        const SecretResult r = waitFor([](SecretStore& s, SecretStore::Handler h) {
            s.readPassword(QStringLiteral("host-b"), &s, std::move(h));
        });
        QVERIFY(r.ok());
        QTest::qWait(200);
        QVERIFY(!called);
    }

    void cleanupTestCase()
    {
        waitFor([](SecretStore& s, SecretStore::Handler h) {
            s.deletePassword(QStringLiteral("host-b"), &s, std::move(h));
        });
        m_keyring.stop();
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
