// The libcurl worker against small HTTP servers on a Unix socket and on TCP, run by this test:
// results on the caller's thread, streams chunk by chunk, cancel, timeouts, refused and missing
// sockets, non-HTTP peers, size limits, downloads to a file, and a prompt shutdown.
#include "engine/CurlWorker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace bdm::engine;

namespace {

// Answers each request line with what `respond` decides; requests are kept for checks.
class FakeHttpServer : public QObject
{
public:
    std::function<void(QIODevice* socket, const QByteArray& requestLine)> respond;
    QList<QByteArray> requests;
    int connections = 0;

    bool listenLocal(const QString& path)
    {
        QLocalServer::removeServer(path);
        connect(&m_local, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket* s = m_local.nextPendingConnection())
                adopt(s);
        });
        return m_local.listen(path);
    }
    quint16 listenTcp()
    {
        connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_tcp.nextPendingConnection())
                adopt(s);
        });
        return m_tcp.listen(QHostAddress::LocalHost) ? m_tcp.serverPort() : 0;
    }

    static void reply(QIODevice* s, int status, const QByteArray& body, const QByteArray& extraHeaders = {})
    {
        s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" +
                 extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    static void startChunked(QIODevice* s)
    {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    }
    static void chunk(QIODevice* s, const QByteArray& bytes)
    {
        s->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    }
    static void endChunked(QIODevice* s) { s->write("0\r\n\r\n"); }

private:
    void adopt(QIODevice* s)
    {
        ++connections;
        s->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(s, &QIODevice::readyRead, this, [this, s, buffer] {
            *buffer += s->readAll();
            qsizetype end = 0;
            while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                const QByteArray line = buffer->left(buffer->indexOf("\r\n"));
                buffer->remove(0, end + 4);
                requests.append(line);
                if (respond)
                    respond(s, line);
            }
        });
    }

    QLocalServer m_local;
    QTcpServer m_tcp;
};

struct Outcome
{
    bool done = false;
    EngineError error;
    HttpResponse response;
    QList<QByteArray> chunks;
    QThread* thread = nullptr;
};

HttpCallbacks recordInto(Outcome& o)
{
    HttpCallbacks cb;
    cb.onChunk = [&o](const QByteArray& c) {
        o.chunks.append(c);
    };
    cb.onDone = [&o](const EngineError& e, const HttpResponse& r) {
        o.error = e;
        o.response = r;
        o.thread = QThread::currentThread();
        o.done = true;
    };
    return cb;
}

// A socket file that exists but that nobody listens on (a dead engine's leftover).
bool makeDeadSocket(const QString& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray p = QFile::encodeName(path);
    std::memcpy(addr.sun_path, p.constData(), std::min<size_t>(size_t(p.size()), sizeof(addr.sun_path) - 1));
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0;
    ::close(fd);
    return ok;
}

} // namespace

class TestEngineCurlWorker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{QStringLiteral("/tmp/bdm-cw-XXXXXX")};
    QString m_socket;

    HttpRequest get(const QByteArray& target, const QString& socket = {}) const
    {
        HttpRequest r;
        r.endpoint = EngineEndpoint::unixSocket(socket.isEmpty() ? m_socket : socket);
        r.target = target;
        return r;
    }

private slots:
    void init()
    {
        m_socket =
            m_dir.path() + QStringLiteral("/e%1.sock").arg(QRandomGenerator::global()->bounded(100000));
    }

    void replyArrivesWholeOnTheCallersThread()
    {
        FakeHttpServer server;
        QVERIFY(server.listenLocal(m_socket));
        server.respond = [](QIODevice* s, const QByteArray&) {
            FakeHttpServer::reply(s, 200, "OK",
                                  "Api-Version: 1.41\r\nServer: Docker/20.10.24+dfsg1 (linux)\r\n");
        };
        CurlWorker worker;
        Outcome o;
        worker.send(get("/_ping"), this, recordInto(o));
        QTRY_VERIFY(o.done);
        QVERIFY(o.error.ok());
        QCOMPARE(o.thread, QThread::currentThread());
        QCOMPARE(o.response.status, 200);
        QCOMPARE(o.response.body, QByteArray("OK"));
        QCOMPARE(o.response.header("api-version"), QByteArray("1.41"));
        QCOMPARE(server.requests.at(0), QByteArray("GET /_ping HTTP/1.1"));
        QCOMPARE(worker.pendingCount(), 0);
    }

    void streamChunksArriveAsTheyAreSent()
    {
        FakeHttpServer server;
        QVERIFY(server.listenLocal(m_socket));
        QIODevice* peer = nullptr;
        server.respond = [&peer](QIODevice* s, const QByteArray&) {
            peer = s;
            FakeHttpServer::startChunked(s);
            FakeHttpServer::chunk(s, "{\"a\":1}\n");
        };
        CurlWorker worker;
        Outcome o;
        HttpRequest r = get("/events");
        r.stream = true;
        r.timeoutMs = 0;
        worker.send(r, this, recordInto(o));
        QTRY_COMPARE(o.chunks.size(), 1);
        QVERIFY(!o.done); // the stream is still open
        FakeHttpServer::chunk(peer, "{\"b\":2}\n");
        QTRY_COMPARE(o.chunks.join(), QByteArray("{\"a\":1}\n{\"b\":2}\n"));
        FakeHttpServer::endChunked(peer);
        QTRY_VERIFY(o.done);
        QVERIFY(o.error.ok());
        QVERIFY(o.response.body.isEmpty()); // streamed bodies are not kept
    }

    void cancelEndsAStreamAtOnce()
    {
        FakeHttpServer server;
        QVERIFY(server.listenLocal(m_socket));
        server.respond = [](QIODevice* s, const QByteArray&) {
            FakeHttpServer::startChunked(s);
        };
        CurlWorker worker;
        Outcome o;
        HttpRequest r = get("/events");
        r.stream = true;
        r.timeoutMs = 0;
        const RequestId id = worker.send(r, this, recordInto(o));
        QTRY_COMPARE(server.requests.size(), 1);
        worker.cancel(id);
        QTRY_VERIFY(o.done);
        QCOMPARE(o.error.kind, EngineError::Cancelled);
        worker.cancel(id); // twice, or after the end: ignored
    }

    void silentEngineTimesOut()
    {
        FakeHttpServer server;
        QVERIFY(server.listenLocal(m_socket)); // accepts, never answers
        CurlWorker worker;
        Outcome o;
        HttpRequest r = get("/info");
        r.timeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        worker.send(r, this, recordInto(o));
        QTRY_VERIFY(o.done);
        QCOMPARE(o.error.kind, EngineError::Timeout);
        QVERIFY(timer.elapsed() < 2000);
    }

    void missingAndDeadSocketsAreUnreachable()
    {
        CurlWorker worker;
        Outcome missing;
        worker.send(get("/_ping", m_dir.path() + QStringLiteral("/none.sock")), this, recordInto(missing));
        const QString dead = m_dir.path() + QStringLiteral("/dead.sock");
        QVERIFY(makeDeadSocket(dead));
        Outcome refused;
        worker.send(get("/_ping", dead), this, recordInto(refused));
        QTRY_VERIFY(missing.done && refused.done);
        QCOMPARE(missing.error.kind, EngineError::Unreachable);
        QVERIFY2(missing.error.message.contains(QStringLiteral("does not exist")),
                 qPrintable(missing.error.message));
        QCOMPARE(refused.error.kind, EngineError::Unreachable);
        QVERIFY2(refused.error.message.contains(QStringLiteral("refused")),
                 qPrintable(refused.error.message));
    }

    void somethingThatIsNotHttpIsAProtocolError()
    {
        FakeHttpServer server;
        QVERIFY(server.listenLocal(m_socket));
        server.respond = [](QIODevice* s, const QByteArray&) {
            s->write("SSH-2.0-OpenSSH_9.2\r\n");
            s->close();
        };
        CurlWorker worker;
        Outcome o;
        worker.send(get("/_ping"), this, recordInto(o));
        QTRY_VERIFY(o.done);
        QCOMPARE(o.error.kind, EngineError::Protocol);
    }

    void errorStatusKeepsItsBodyEvenOnAStream()
    {
        FakeHttpServer server;
        QVERIFY(server.listenLocal(m_socket));
        server.respond = [](QIODevice* s, const QByteArray&) {
            FakeHttpServer::reply(s, 404, "{\"message\":\"No such container: x\"}");
        };
        CurlWorker worker;
        Outcome o;
        HttpRequest r = get("/containers/x/logs?follow=1");
        r.stream = true;
        worker.send(r, this, recordInto(o));
        QTRY_VERIFY(o.done);
        QCOMPARE(o.error.kind, EngineError::Http);
        QCOMPARE(o.error.httpStatus, 404);
        QVERIFY(o.chunks.isEmpty());
        QCOMPARE(o.response.body, QByteArray("{\"message\":\"No such container: x\"}"));
    }

    void oversizedReplyIsRefused()
    {
        FakeHttpServer server;
        QVERIFY(server.listenLocal(m_socket));
        server.respond = [](QIODevice* s, const QByteArray&) {
            FakeHttpServer::reply(s, 200, QByteArray(100000, 'x'));
        };
        CurlWorker worker;
        Outcome o;
        HttpRequest r = get("/containers/json");
        r.maxBodyBytes = 1000;
        worker.send(r, this, recordInto(o));
        QTRY_VERIFY(o.done);
        QCOMPARE(o.error.kind, EngineError::Protocol);
    }

    void downloadAppearsOnlyWhenComplete()
    {
        FakeHttpServer server;
        QVERIFY(server.listenLocal(m_socket));
        const QByteArray image(300000, 'i');
        server.respond = [&image](QIODevice* s, const QByteArray& line) {
            if (line.contains("/nosuch/"))
                FakeHttpServer::reply(s, 404, "{\"message\":\"No such image: nosuch\"}");
            else
                FakeHttpServer::reply(s, 200, image);
        };
        CurlWorker worker;
        Outcome o;
        QList<qint64> progress;
        HttpRequest r = get("/images/local/busybox:1/get");
        r.outputFile = m_dir.path() + QStringLiteral("/image.tar");
        r.timeoutMs = 0;
        HttpCallbacks cb = recordInto(o);
        cb.onProgress = [&progress](qint64 bytes) {
            progress.append(bytes);
        };
        worker.send(r, this, cb);
        QTRY_VERIFY(o.done);
        QVERIFY2(o.error.ok(), qPrintable(o.error.message));
        QFile file(r.outputFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), image);
        QVERIFY(!QFile::exists(r.outputFile + QStringLiteral(".part")));
        QCOMPARE(progress.last(), qint64(image.size()));

        Outcome missing;
        HttpRequest m = get("/images/nosuch/get");
        m.outputFile = m_dir.path() + QStringLiteral("/nosuch.tar");
        worker.send(m, this, recordInto(missing));
        QTRY_VERIFY(missing.done);
        QCOMPARE(missing.error.httpStatus, 404);
        QVERIFY(!QFile::exists(m.outputFile));
        QVERIFY(!QFile::exists(m.outputFile + QStringLiteral(".part")));
    }

    void deadContextGetsNothing()
    {
        FakeHttpServer server;
        QVERIFY(server.listenLocal(m_socket));
        QIODevice* peer = nullptr;
        server.respond = [&peer](QIODevice* s, const QByteArray&) {
            peer = s;
        };
        CurlWorker worker;
        Outcome o;
        auto context = std::make_unique<QObject>();
        worker.send(get("/info"), context.get(), recordInto(o));
        QTRY_VERIFY(peer != nullptr);
        context.reset();
        FakeHttpServer::reply(peer, 200, "{}");
        QTRY_COMPARE(worker.pendingCount(), 0);
        QTest::qWait(50);
        QVERIFY(!o.done);
    }

    void manyRequestsShareFewConnections()
    {
        FakeHttpServer server;
        QVERIFY(server.listenLocal(m_socket));
        server.respond = [](QIODevice* s, const QByteArray&) {
            FakeHttpServer::reply(s, 200, "[]");
        };
        CurlWorker worker;
        int done = 0;
        for (int round = 0; round < 5; ++round) {
            for (int i = 0; i < 4; ++i) {
                HttpCallbacks cb;
                cb.onDone = [&done](const EngineError& e, const HttpResponse&) {
                    done += e.ok() ? 1 : 0;
                };
                worker.send(get("/containers/json"), this, cb);
            }
            QTRY_COMPARE(done, (round + 1) * 4);
        }
        QVERIFY2(server.connections <= 4, qPrintable(QString::number(server.connections))); // kept alive
    }

    void tcpWorksLikeASocket()
    {
        FakeHttpServer server;
        const quint16 port = server.listenTcp();
        QVERIFY(port > 0);
        server.respond = [](QIODevice* s, const QByteArray&) {
            FakeHttpServer::reply(s, 200, "OK");
        };
        CurlWorker worker;
        Outcome o;
        HttpRequest r;
        r.endpoint = *EngineEndpoint::parse(QStringLiteral("tcp://127.0.0.1:%1").arg(port));
        r.target = "/_ping";
        worker.send(r, this, recordInto(o));
        QTRY_VERIFY(o.done);
        QVERIFY(o.error.ok());
        QCOMPARE(o.response.body, QByteArray("OK"));
    }

    void tlsUsesTheCertificatesOfDockerCertPath()
    {
        // A CA, a server certificate for 127.0.0.1 and a client certificate, as `dockerd
        // --tlsverify` and DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem) use them; the server is
        // `openssl s_server`, which demands the client certificate and answers any GET.
        QTemporaryDir certs;
        const QString d = certs.path() + QLatin1Char('/');
        const auto openssl = [&](const QString& args) {
            QProcess p;
            p.setWorkingDirectory(certs.path());
            p.start(QStringLiteral("openssl"), QProcess::splitCommand(args));
            return p.waitForFinished(30000) && p.exitCode() == 0;
        };
        QFile ext(d + QStringLiteral("ext.cnf"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1\n");
        ext.close();
        QVERIFY(openssl(QStringLiteral(
            "req -x509 -newkey rsa:2048 -nodes -keyout ca-key.pem -out ca.pem -days 1 -subj /CN=lab-ca")));
        QVERIFY(openssl(QStringLiteral(
            "req -newkey rsa:2048 -nodes -keyout server-key.pem -out server.csr -subj /CN=engine")));
        QVERIFY(
            openssl(QStringLiteral("x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial "
                                   "-out server-cert.pem -days 1 -extfile ext.cnf")));
        QVERIFY(openssl(
            QStringLiteral("req -newkey rsa:2048 -nodes -keyout key.pem -out client.csr -subj /CN=client")));
        QVERIFY(
            openssl(QStringLiteral("x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial "
                                   "-out cert.pem -days 1")));
        QVERIFY(openssl(
            QStringLiteral("req -x509 -newkey rsa:2048 -nodes -keyout other-key.pem -out other-ca.pem "
                           "-days 1 -subj /CN=other-ca")));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess server;
        server.setWorkingDirectory(certs.path());
        server.start(QStringLiteral("openssl"),
                     QProcess::splitCommand(
                         QStringLiteral("s_server -quiet -www -accept 127.0.0.1:%1 -cert server-cert.pem "
                                        "-key server-key.pem -CAfile ca.pem -Verify 1")
                             .arg(port)));
        QVERIFY(server.waitForStarted());
        QVERIFY(QTest::qWaitFor(
            [port] {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, port);
                return s.waitForConnected(100);
            },
            10000));

        EngineEndpoint tls = *EngineEndpoint::parse(QStringLiteral("tcp://127.0.0.1:%1").arg(port));
        tls.tls = true;
        tls.caFile = d + QStringLiteral("ca.pem");
        tls.certFile = d + QStringLiteral("cert.pem");
        tls.keyFile = d + QStringLiteral("key.pem");
        QCOMPARE(tls.baseUrl(), QStringLiteral("https://127.0.0.1:%1").arg(port));
        CurlWorker worker;
        const auto ping = [&](const EngineEndpoint& endpoint) {
            Outcome o;
            HttpRequest r;
            r.endpoint = endpoint;
            r.target = "/_ping";
            worker.send(r, this, recordInto(o));
            if (!QTest::qWaitFor([&o] { return o.done; }, 10000))
                o.error = EngineError::make(EngineError::Timeout, QStringLiteral("test waited in vain"));
            return o;
        };
        const Outcome ok = ping(tls);
        QVERIFY2(ok.error.ok(), qPrintable(ok.error.message));
        QCOMPARE(ok.response.status, 200);

        EngineEndpoint noClientCert = tls;
        noClientCert.certFile.clear();
        noClientCert.keyFile.clear();
        QVERIFY(!ping(noClientCert).error.ok()); // the server insists on one

        EngineEndpoint wrongCa = tls;
        wrongCa.caFile = d + QStringLiteral("other-ca.pem");
        const Outcome untrusted = ping(wrongCa);
        QCOMPARE(untrusted.error.kind, EngineError::Unreachable);
        wrongCa.tlsVerify = false; // DOCKER_TLS_VERIFY unset: encrypted, not verified
        QVERIFY(ping(wrongCa).error.ok());
        server.kill();
        server.waitForFinished();
    }

    void namedPipesAreNotForCurl()
    {
        CurlWorker worker;
        Outcome o;
        HttpRequest r;
        r.endpoint = *EngineEndpoint::parse(QStringLiteral("npipe:////./pipe/docker_engine"));
        r.target = "/_ping";
        worker.send(r, this, recordInto(o));
        QTRY_VERIFY(o.done);
        QCOMPARE(o.error.kind, EngineError::Unreachable);
    }

    void shutdownWithAnOpenStreamIsPromptAndReportsCancelled()
    {
        FakeHttpServer server;
        QVERIFY(server.listenLocal(m_socket));
        server.respond = [](QIODevice* s, const QByteArray&) {
            FakeHttpServer::startChunked(s);
        };
        Outcome o;
        QElapsedTimer timer;
        {
            CurlWorker worker;
            HttpRequest r = get("/events");
            r.stream = true;
            r.timeoutMs = 0;
            worker.send(r, this, recordInto(o));
            QTRY_COMPARE(server.requests.size(), 1);
            timer.start();
        }
        QVERIFY(timer.elapsed() < 500);
        QTRY_VERIFY(o.done);
        QCOMPARE(o.error.kind, EngineError::Cancelled);
    }

    void endpointAddressesParseAndPrint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("printed"); // empty: rejected
        QTest::newRow("unix") << QStringLiteral("unix:///run/podman/podman.sock")
                              << QStringLiteral("unix:///run/podman/podman.sock");
        QTest::newRow("bare path") << QStringLiteral("/var/run/docker.sock")
                                   << QStringLiteral("unix:///var/run/docker.sock");
        QTest::newRow("tcp") << QStringLiteral("tcp://10.0.0.5:2375")
                             << QStringLiteral("tcp://10.0.0.5:2375");
        QTest::newRow("tcp default port")
            << QStringLiteral("tcp://engine.lan") << QStringLiteral("tcp://engine.lan:2375");
        QTest::newRow("https") << QStringLiteral("https://engine.lan")
                               << QStringLiteral("tcp://engine.lan:2376");
        QTest::newRow("v6") << QStringLiteral("tcp://[::1]:2375") << QStringLiteral("tcp://[::1]:2375");
        QTest::newRow("pipe") << QStringLiteral("npipe:////./pipe/docker_engine")
                              << QStringLiteral("npipe:////./pipe/docker_engine");
        QTest::newRow("wsl cli") << QStringLiteral("cli:wsl -d boinc-buda-runner -u root podman")
                                 << QStringLiteral("cli:wsl -d boinc-buda-runner -u root podman");
        QTest::newRow("relative unix") << QStringLiteral("unix://docker.sock") << QString();
        QTest::newRow("ssh") << QStringLiteral("ssh://me@host") << QString();
        QTest::newRow("junk") << QStringLiteral("docker") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void endpointAddressesParseAndPrint()
    {
        QFETCH(QString, text);
        QFETCH(QString, printed);
        QString why;
        const std::optional<EngineEndpoint> e = EngineEndpoint::parse(text, &why);
        QCOMPARE(e ? e->toString() : QString(), printed);
        QCOMPARE(why.isEmpty(), e.has_value());
    }
};

QTEST_GUILESS_MAIN(TestEngineCurlWorker)
#include "TestEngineCurlWorker.moc"
