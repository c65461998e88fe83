// Loading plan_class_spec.xml from files and from a real HTTP server run by this test, through
// the real libcurl worker: success, 404, pages that are not plan class files, empty replies,
// redirects, size caps, a server that never answers, and callers that go away first.
#include "TestData.h"
#include "engine/CurlWorker.h"
#include "readiness/PlanClassLoader.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <optional>

using namespace bdm::readiness;

namespace {

// Answers each request with what `respond` returns for its path; nullopt keeps it hanging.
class HttpServer : public QObject
{
public:
    std::function<std::optional<QByteArray>(const QByteArray& path)> respond;

    quint16 listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    m_buffer[s] += s->readAll();
                    if (!m_buffer[s].contains("\r\n\r\n"))
                        return;
                    const QByteArray path = m_buffer[s].split(' ').value(1);
                    m_buffer[s].clear();
                    if (const auto reply = respond(path))
                        s->write(*reply);
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost) ? m_server.serverPort() : 0;
    }

    static QByteArray reply(int status, const QByteArray& body, const QByteArray& headers = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/xml\r\n" +
               headers + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private:
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffer;
};

} // namespace

class TestPlanClassLoader : public QObject
{
    Q_OBJECT

    bdm::engine::CurlWorker m_worker;
    HttpServer m_server;
    QString m_base;
    QByteArray m_spec;

    std::optional<PlanClassSpecFile> load(PlanClassLoader& loader, int waitMs = 10000)
    {
        std::optional<PlanClassSpecFile> result;
        loader.start(this, [&result](const PlanClassSpecFile& f) { result = f; });
        if (result) {
            qWarning("the callback ran before start() returned");
            return std::nullopt;
        }
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, waitMs))
            qWarning("no result within %d ms", waitMs);
        return result;
    }
    std::optional<PlanClassSpecFile> load(const QString& source)
    {
        PlanClassLoader loader(source, m_worker);
        return load(loader);
    }

private slots:
    void initTestCase()
    {
        m_spec = bdm::test::readTestData(QStringLiteral("readiness/plan_class_spec.xml"));
        QVERIFY(!m_spec.isEmpty());
        m_server.respond = [this](const QByteArray& path) -> std::optional<QByteArray> {
            if (path == "/plan_class_spec.xml" || path == "/spec?project=1")
                return HttpServer::reply(200, m_spec);
            if (path == "/moved")
                return HttpServer::reply(302, {}, "Location: /plan_class_spec.xml\r\n");
            if (path == "/loop")
                return HttpServer::reply(301, {}, "Location: /loop\r\n");
            if (path == "/page")
                return HttpServer::reply(200, "<html><body>Project home</body></html>");
            if (path == "/text")
                return HttpServer::reply(200, "maintenance, come back later");
            if (path == "/empty")
                return HttpServer::reply(200, {});
            if (path == "/hang")
                return std::nullopt;
            return HttpServer::reply(404, "not found");
        };
        const quint16 port = m_server.listen();
        QVERIFY(port);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

    void a_file_is_read_off_the_callers_thread_and_delivered_later()
    {
        const auto f = load(QStringLiteral(BDM_TEST_DATA_DIR "/readiness/plan_class_spec.xml"));
        QVERIFY(f);
        QVERIFY2(f->ok(), qPrintable(f->error));
        QCOMPARE(f->classes.size(), 16);
    }

    void a_missing_file_says_it_cannot_be_opened()
    {
        const auto f = load(QStringLiteral("/nonexistent/plan_class_spec.xml"));
        QVERIFY(f && !f->ok());
        QVERIFY2(f->error.contains(QLatin1String("cannot open /nonexistent/plan_class_spec.xml")),
                 qPrintable(f->error));
    }

    void a_file_over_the_size_cap_is_refused()
    {
        PlanClassLoader loader(QStringLiteral(BDM_TEST_DATA_DIR "/readiness/plan_class_spec.xml"), m_worker);
        loader.setMaxBytes(100);
        const auto f = load(loader);
        QVERIFY(f && !f->ok());
        QVERIFY2(f->error.contains(QLatin1String("larger than 100 bytes")), qPrintable(f->error));
    }

    void a_url_is_fetched_and_parsed()
    {
        const auto f = load(m_base + QStringLiteral("/plan_class_spec.xml"));
        QVERIFY(f);
        QVERIFY2(f->ok(), qPrintable(f->error));
        QCOMPARE(f->classes.size(), 16);
        QCOMPARE(f->source, m_base + QStringLiteral("/plan_class_spec.xml"));
        const auto q = load(m_base + QStringLiteral("/spec?project=1"));
        QVERIFY(q && q->ok());
    }

    void redirects_are_followed_but_not_forever()
    {
        const auto f = load(m_base + QStringLiteral("/moved"));
        QVERIFY(f);
        QVERIFY2(f->ok(), qPrintable(f->error));
        QCOMPARE(f->classes.size(), 16);
        const auto loop = load(m_base + QStringLiteral("/loop"));
        QVERIFY(loop && !loop->ok());
        QVERIFY2(loop->error.contains(QLatin1String("too many redirects")), qPrintable(loop->error));
    }

    void url_failures_say_what_came_back_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");
        QTest::newRow("404") << QStringLiteral("/missing.xml") << QStringLiteral("answered HTTP 404");
        QTest::newRow("html page") << QStringLiteral("/page") << QStringLiteral("root element is <html>");
        QTest::newRow("plain text") << QStringLiteral("/text") << QStringLiteral("is not XML");
        QTest::newRow("empty") << QStringLiteral("/empty") << QStringLiteral("returned an empty document");
    }
    void url_failures_say_what_came_back()
    {
        QFETCH(QString, path);
        QFETCH(QString, error);
        const auto f = load(m_base + path);
        QVERIFY(f && !f->ok());
        QVERIFY2(f->error.contains(error), qPrintable(f->error));
    }

    void a_reply_over_the_size_cap_is_refused()
    {
        PlanClassLoader loader(m_base + QStringLiteral("/plan_class_spec.xml"), m_worker);
        loader.setMaxBytes(1000);
        const auto f = load(loader);
        QVERIFY(f && !f->ok());
        QVERIFY2(f->error.contains(QLatin1String("larger than 1000 bytes")), qPrintable(f->error));
    }

    void a_server_that_never_answers_times_out()
    {
        PlanClassLoader loader(m_base + QStringLiteral("/hang"), m_worker);
        loader.setTimeoutMs(500);
        QElapsedTimer t;
        t.start();
        const auto f = load(loader, 5000);
        QVERIFY(f && !f->ok());
        QVERIFY2(f->error.contains(QLatin1String("did not answer within 0.5 s")), qPrintable(f->error));
        QVERIFY(t.elapsed() < 3000);
    }

    void a_closed_port_and_a_bad_scheme_are_errors()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const auto f = load(QStringLiteral("http://127.0.0.1:%1/x.xml").arg(port));
        QVERIFY(f && !f->ok());
        QVERIFY2(f->error.contains(QLatin1String("cannot fetch")), qPrintable(f->error));
    }

    void nothing_is_delivered_once_the_loader_or_the_context_is_gone()
    {
        bool called = false;
        {
            PlanClassLoader loader(m_base + QStringLiteral("/hang"), m_worker);
            loader.setTimeoutMs(300);
            loader.start(this, [&called](const PlanClassSpecFile&) { called = true; });
        }
        auto context = std::make_unique<QObject>();
        PlanClassLoader loader(QStringLiteral(BDM_TEST_DATA_DIR "/readiness/plan_class_spec.xml"), m_worker);
        loader.start(context.get(), [&called](const PlanClassSpecFile&) { called = true; });
        context.reset();
        QTest::qWait(800);
        QVERIFY(!called);
        QTRY_COMPARE(m_worker.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlanClassLoader)
#include "TestPlanClassLoader.moc"
