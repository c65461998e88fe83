#include "boinc/ProjectUrl.h"
#include "boinc/RpcEndpoint.h"

#include <QTest>

using namespace bdm::boinc;

class TestProjectUrl : public QObject
{
    Q_OBJECT

private slots:
    void escaped_like_the_client_names_project_directories()
    {
        QCOMPARE(ProjectUrl::escaped(QStringLiteral("http://127.0.0.1:8080/Lab_Test/")),
                 QStringLiteral("127.0.0.1_8080_Lab_Test"));
        QCOMPARE(ProjectUrl::escaped(QStringLiteral("https://boinc.berkeley.edu/test/")),
                 QStringLiteral("boinc.berkeley.edu_test"));
        QCOMPARE(ProjectUrl::escaped(QStringLiteral("http://x.org/a b?c=d")),
                 QStringLiteral("x.org_a_b_c_d"));
        // Only one trailing underscore is dropped.
        QCOMPARE(ProjectUrl::escaped(QStringLiteral("http://x.org/a//")), QStringLiteral("x.org_a_"));
        // The client escapes bytes: "é" is two UTF-8 bytes, so two underscores.
        QCOMPARE(ProjectUrl::escaped(QStringLiteral("http://x.org/caf\u00e9/")),
                 QStringLiteral("x.org_caf__"));
    }

    void container_names_lower_case_ascii_only_like_downcase_string()
    {
        QCOMPARE(ProjectUrl::containerName(QStringLiteral("HTTP://X.ORG:81/P/"), QStringLiteral("R\u00c9_1")),
                 QStringLiteral("boinc__x.org_81_p__r\u00c9_1"));
    }

    void container_and_image_names_are_docker_wrappers()
    {
        QCOMPARE(ProjectUrl::containerName(QStringLiteral("http://127.0.0.1:8080/Lab_Test/"),
                                           QStringLiteral("Lab_WU_0000_0")),
                 QStringLiteral("boinc__127.0.0.1_8080_lab_test__lab_wu_0000_0"));
        QCOMPARE(ProjectUrl::imageName(QStringLiteral("https://boinc.berkeley.edu/test/"),
                                       QStringLiteral("Test_WU_1")),
                 QStringLiteral("boinc__boinc.berkeley.edu_test__test_wu_1"));
    }

    void canonical_ignores_scheme_www_case_and_trailing_slash()
    {
        const QString a = ProjectUrl::canonical(QStringLiteral("https://www.Example.org/Proj"));
        QCOMPARE(ProjectUrl::canonical(QStringLiteral("http://example.org/proj/")), a);
        QCOMPARE(a, QStringLiteral("example.org/proj/"));
    }

    void endpoints_parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("127.0.0.1:31416");
        QTest::newRow("host") << QStringLiteral("boinc1") << QStringLiteral("boinc1:31416");
        QTest::newRow("host port") << QStringLiteral("boinc1:31417") << QStringLiteral("boinc1:31417");
        QTest::newRow("localhost is ipv4") << QStringLiteral("localhost:5") << QStringLiteral("127.0.0.1:5");
        QTest::newRow("v6") << QStringLiteral("[::1]:31416") << QStringLiteral("[::1]:31416");
        QTest::newRow("unix") << QStringLiteral("unix:/var/lib/boinc/boinc_socket")
                              << QStringLiteral("unix:/var/lib/boinc/boinc_socket");
        QTest::newRow("path") << QStringLiteral("/tmp/boinc_socket")
                              << QStringLiteral("unix:/tmp/boinc_socket");
        QTest::newRow("bad port") << QStringLiteral("h:99999") << QString();
        QTest::newRow("no host") << QStringLiteral(":80") << QString();
        QTest::newRow("bad v6") << QStringLiteral("[::1:80") << QString();
    }

    void endpoints_parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        const auto e = RpcEndpoint::parse(text, &error);
        if (expected.isNull()) {
            QVERIFY(!e);
            QVERIFY(!error.isEmpty());
        } else {
            QVERIFY2(e, qPrintable(error));
            QCOMPARE(e->toString(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectUrl)
#include "TestProjectUrl.moc"
