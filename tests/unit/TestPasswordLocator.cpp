#include "boinc/PasswordLocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using bdm::boinc::PasswordLocator;

namespace {

void writeFile(const QString& path, const QByteArray& content,
               QFile::Permissions perms = QFile::ReadOwner | QFile::WriteOwner)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QVERIFY(f.setPermissions(perms));
}

} // namespace

class TestPasswordLocator : public QObject
{
    Q_OBJECT

private slots:
    void debian_location_comes_first_and_only_the_first_line_counts()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/boinc-client/gui_rpc_auth.cfg")),
                  "  s3cret \r\nsecond line\n");
        writeFile(root.filePath(QStringLiteral("var/lib/boinc/gui_rpc_auth.cfg")), "other\n");
        PasswordLocator l;
        l.setPlatform(PasswordLocator::Platform::Linux);
        l.setRoot(root.path());
        const auto r = l.locate();
        QVERIFY(r.found);
        QCOMPARE(r.password, QStringLiteral("s3cret"));
        QVERIFY(r.path.endsWith(QLatin1String("etc/boinc-client/gui_rpc_auth.cfg")));
    }

    void upstream_location_and_config_properties_data_dir()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/boinc-client/config.properties")),
                  "foo=bar\ndata_dir=/srv/boinc\n");
        writeFile(root.filePath(QStringLiteral("srv/boinc/gui_rpc_auth.cfg")), "fromprops\n");
        PasswordLocator l;
        l.setPlatform(PasswordLocator::Platform::Linux);
        l.setRoot(root.path());
        QVERIFY(l.candidates().last().endsWith(QLatin1String("srv/boinc/gui_rpc_auth.cfg")));
        QCOMPARE(l.locate().password, QStringLiteral("fromprops"));

        writeFile(root.filePath(QStringLiteral("var/lib/boinc/gui_rpc_auth.cfg")), "upstream\n");
        QCOMPARE(l.locate().password, QStringLiteral("upstream"));
    }

    void an_empty_file_is_found_with_an_empty_password()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/boinc-client/gui_rpc_auth.cfg")), "");
        PasswordLocator l;
        l.setPlatform(PasswordLocator::Platform::Linux);
        l.setRoot(root.path());
        const auto r = l.locate();
        QVERIFY(r.found);
        QVERIFY(r.password.isEmpty());
    }

    void nothing_found_lists_every_place_tried()
    {
        QTemporaryDir root;
        PasswordLocator l;
        l.setPlatform(PasswordLocator::Platform::Linux);
        l.setRoot(root.path());
        const auto r = l.locate();
        QVERIFY(!r.found);
        QCOMPARE(r.tried.size(), 3);
        QVERIFY(r.error.contains(QLatin1String("--password-file")));
    }

    void an_unreadable_file_says_to_join_its_group()
    {
        // As root (CI) every file is readable; TestGuiRpcIntegration proves the message with a real
        // unprivileged user. Here the wording is checked when the tests run as a normal user.
        QTemporaryDir root;
        const QString path = root.filePath(QStringLiteral("etc/boinc-client/gui_rpc_auth.cfg"));
        writeFile(path, "x\n", QFile::Permissions());
        PasswordLocator l;
        l.setPlatform(PasswordLocator::Platform::Linux);
        l.setRoot(root.path());
        l.setUserName(QStringLiteral("alice"));
        const auto r = l.locate();
        if (::geteuid() == 0) {
            QVERIFY(r.found); // root can read a 000 file
            return;
        }
        QVERIFY(!r.found);
        QVERIFY(r.error.contains(QLatin1String("sudo usermod -aG")));
        QVERIFY(r.error.contains(QLatin1String("alice")));
    }

    void windows_and_macos_places()
    {
        PasswordLocator w;
        w.setPlatform(PasswordLocator::Platform::Windows);
        w.setWindowsDataDir(QStringLiteral("C:/ProgramData/BOINC"));
        QCOMPARE(w.candidates(), QStringList{QStringLiteral("C:/ProgramData/BOINC/gui_rpc_auth.cfg")});
        PasswordLocator m;
        m.setPlatform(PasswordLocator::Platform::MacOS);
        QCOMPARE(m.candidates(),
                 QStringList{QStringLiteral("/Library/Application Support/BOINC Data/gui_rpc_auth.cfg")});
    }

    void an_explicit_file_wins_local_clients_get_discovery_remote_ones_nothing()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("etc/boinc-client/gui_rpc_auth.cfg")), "found\n");
        const QString explicitFile = root.filePath(QStringLiteral("mine"));
        writeFile(explicitFile, "given\n");
        PasswordLocator l;
        l.setPlatform(PasswordLocator::Platform::Linux);
        l.setRoot(root.path());
        const auto local = *bdm::boinc::RpcEndpoint::parse(QStringLiteral("127.0.0.1:31416"));
        const auto remote = *bdm::boinc::RpcEndpoint::parse(QStringLiteral("192.0.2.7:31416"));
        QCOMPARE(l.lookupFor(remote, explicitFile).password, QStringLiteral("given"));
        QCOMPARE(l.lookupFor(local, QString()).password, QStringLiteral("found"));
        const auto none = l.lookupFor(remote, QString());
        QVERIFY(!none.found);
        QVERIFY(none.tried.isEmpty());
        QVERIFY(!l.lookupFor(local, root.filePath(QStringLiteral("absent"))).found);
    }

    void an_explicit_missing_file_is_an_error()
    {
        PasswordLocator l;
        const auto r = l.readFile(QStringLiteral("/nonexistent/pw"));
        QVERIFY(!r.found);
        QVERIFY(r.error.contains(QLatin1String("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordLocator)
#include "TestPasswordLocator.moc"
