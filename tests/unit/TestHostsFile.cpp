#include "monitor/HostsFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bdm::monitor;

class TestHostsFile : public QObject
{
    Q_OBJECT

private slots:
    void a_good_file_gives_every_host_in_order_with_its_name_as_id()
    {
        QString error;
        const auto hosts = HostsFile::parse(R"([
            {"name": "cruncher", "address": "192.168.1.20:31416", "password_file": "/etc/pw"},
            {"name": "laptop", "address": "laptop.lan"},
            {"name": "local", "address": "localhost", "password_file": null}
        ])",
                                            &error);
        QVERIFY2(hosts, qPrintable(error));
        QCOMPARE(hosts->size(), 3);
        QCOMPARE(hosts->at(0), (HostEntry{QStringLiteral("cruncher"), QStringLiteral("cruncher"),
                                          QStringLiteral("192.168.1.20:31416"), QStringLiteral("/etc/pw")}));
        QCOMPARE(hosts->at(1).address, QStringLiteral("laptop.lan"));
        QVERIFY(hosts->at(1).passwordFile.isEmpty());
        QVERIFY(hosts->at(2).passwordFile.isEmpty());
    }

    void an_empty_array_is_no_hosts_not_an_error()
    {
        const auto hosts = HostsFile::parse("[]", nullptr);
        QVERIFY(hosts);
        QVERIFY(hosts->isEmpty());
    }

    void bad_files_are_refused_with_a_message_that_points_at_the_fault_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("[{\"name\": \"a\",\n \"address\": }]")
                                  << QStringLiteral("not valid JSON at line 2");
        QTest::newRow("object, not array")
            << QByteArray(R"({"name": "a", "address": "b"})") << QStringLiteral("expected a JSON array");
        QTest::newRow("entry not an object")
            << QByteArray(R"(["a"])") << QStringLiteral("host 1: expected an object");
        QTest::newRow("missing name")
            << QByteArray(R"([{"address": "b"}])") << QStringLiteral("host 1: missing \"name\"");
        QTest::newRow("empty name") << QByteArray(R"([{"name": " ", "address": "b"}])")
                                    << QStringLiteral("host 1: missing \"name\"");
        QTest::newRow("missing address") << QByteArray(R"([{"name": "a", "address": "x"}, {"name": "b"}])")
                                         << QStringLiteral("host 2 (\"b\"): missing \"address\"");
        QTest::newRow("bad port") << QByteArray(R"([{"name": "a", "address": "host:99999"}])")
                                  << QStringLiteral("host 1 (\"a\"): bad \"address\" 'host:99999'");
        QTest::newRow("port not a number") << QByteArray(R"([{"name": "a", "address": "host:http"}])")
                                           << QStringLiteral("not a port number");
        QTest::newRow("wrong type") << QByteArray(R"([{"name": "a", "address": 31416}])")
                                    << QStringLiteral("must be strings");
        QTest::newRow("duplicate names")
            << QByteArray(
                   R"([{"name": "a", "address": "x"}, {"name": "b", "address": "y"}, {"name": "a", "address": "z"}])")
            << QStringLiteral("host 3 (\"a\"): the name is used twice");
    }
    void bad_files_are_refused_with_a_message_that_points_at_the_fault()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!HostsFile::parse(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void load_names_the_file_in_its_errors()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nope.json"));
        QString error;
        QVERIFY(!HostsFile::load(missing, &error));
        QVERIFY2(error.startsWith(missing), qPrintable(error));

        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"([{"name": "a"}])");
        f.close();
        QVERIFY(!HostsFile::load(bad, &error));
        QVERIFY2(error.startsWith(bad) && error.contains(QLatin1String("missing \"address\"")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHostsFile)
#include "TestHostsFile.moc"
