#include "boinc/GuiRpcClient.h"
#include "boinc/GuiRpcConnection.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace bdm::boinc;

// Peers that misbehave in ways a real client cannot be made to: one that accepts the connection
// and never answers, one that answers garbage, one that closes at once. The real client's
// behaviour is covered by TestGuiRpcIntegration.
class BrokenPeer : public QObject
{
public:
    enum Mode
    {
        Silent,
        Garbage,
        HangUp,
        Huge
    };
    explicit BrokenPeer(Mode mode) : m_mode(mode)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                ++connections;
                if (m_mode == HangUp) {
                    s->close();
                    continue;
                }
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    received += s->readAll();
                    if (m_mode == Garbage)
                        s->write("HTTP/1.1 400 Bad Request\r\n\r\nnot boinc\x03");
                    else if (m_mode == Huge)
                        s->write(QByteArray(3 * 1024 * 1024, 'x'));
                });
            }
        });
    }
    RpcEndpoint endpoint() const
    {
        return RpcEndpoint{QStringLiteral("127.0.0.1"), m_server.serverPort(), QString()};
    }
    int connections = 0;
    QByteArray received;

private:
    QTcpServer m_server;
    Mode m_mode;
};

class TestGuiRpcConnection : public QObject
{
    Q_OBJECT

private slots:
    void a_silent_peer_times_out_and_fails_every_queued_request()
    {
        BrokenPeer peer(BrokenPeer::Silent);
        GuiRpcConnection c;
        c.setEndpoint(peer.endpoint());
        c.setReplyTimeout(300);
        QList<RpcError::Kind> kinds;
        for (int i = 0; i < 3; ++i)
            c.send("<get_cc_status/>", this,
                   [&](const RpcError& e, const XmlElement&) { kinds.append(e.kind); });
        QTRY_COMPARE_WITH_TIMEOUT(kinds.size(), 3, 3000);
        QCOMPARE(kinds, QList<RpcError::Kind>(3, RpcError::Timeout));
        QCOMPARE(c.state(), ConnectionState::TimedOut);
        // Requests went one at a time: only the first reached the peer.
        QCOMPARE(peer.received.count("<boinc_gui_rpc_request>"), 1);
        QVERIFY(peer.received.endsWith("</boinc_gui_rpc_request>\n\x03"));
        QVERIFY(!peer.received.startsWith("<?xml"));
    }

    void a_peer_that_is_not_a_boinc_client_is_a_protocol_error()
    {
        BrokenPeer peer(BrokenPeer::Garbage);
        GuiRpcConnection c;
        c.setEndpoint(peer.endpoint());
        RpcError error;
        c.send("<get_cc_status/>", this, [&](const RpcError& e, const XmlElement&) { error = e; });
        QTRY_COMPARE(error.kind, RpcError::Protocol);
        QVERIFY(error.message.contains(QLatin1String("did not answer with a GUI RPC reply")));
        QCOMPARE(c.state(), ConnectionState::ProtocolError);
    }

    void a_peer_that_hangs_up_is_unreachable_and_reconnects_on_demand()
    {
        BrokenPeer peer(BrokenPeer::HangUp);
        GuiRpcConnection c;
        c.setEndpoint(peer.endpoint());
        RpcError error;
        c.send("<get_cc_status/>", this, [&](const RpcError& e, const XmlElement&) { error = e; });
        QTRY_COMPARE(error.kind, RpcError::Unreachable);
        error = {};
        c.send("<get_cc_status/>", this, [&](const RpcError& e, const XmlElement&) { error = e; });
        QTRY_COMPARE(error.kind, RpcError::Unreachable);
        QCOMPARE(peer.connections, 2);
    }

    void nobody_listening_is_unreachable_with_the_address()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost);
            port = probe.serverPort();
        }
        GuiRpcConnection c;
        c.setEndpoint(RpcEndpoint{QStringLiteral("127.0.0.1"), port, QString()});
        QSignalSpy states(&c, &GuiRpcConnection::stateChanged);
        RpcError error;
        c.send("<get_cc_status/>", this, [&](const RpcError& e, const XmlElement&) { error = e; });
        QTRY_COMPARE(error.kind, RpcError::Unreachable);
        QVERIFY(error.message.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
        QCOMPARE(c.state(), ConnectionState::Unreachable);
        QVERIFY(states.size() >= 2); // connecting, then unreachable
    }

    void auto_reconnect_retries_with_backoff()
    {
        BrokenPeer peer(BrokenPeer::HangUp);
        GuiRpcConnection c;
        c.setEndpoint(peer.endpoint());
        c.setAutoReconnect(true);
        c.connectToClient();
        QTRY_VERIFY_WITH_TIMEOUT(peer.connections >= 3, 5000); // 0.5 s, 1 s, 2 s ...
        c.setAutoReconnect(false);
    }

    void an_endless_reply_is_cut_off_at_the_size_limit()
    {
        BrokenPeer peer(BrokenPeer::Huge);
        GuiRpcConnection c;
        c.setEndpoint(peer.endpoint());
        c.setMaxReplyBytes(1024 * 1024);
        RpcError error;
        c.send("<get_state/>", this, [&](const RpcError& e, const XmlElement&) { error = e; });
        QTRY_COMPARE(error.kind, RpcError::Protocol);
        QVERIFY(error.message.contains(QLatin1String("without an end marker")));
    }

    void oversized_requests_are_refused_before_sending()
    {
        GuiRpcConnection c;
        RpcError error;
        c.send(QByteArray(200000, 'x'), this, [&](const RpcError& e, const XmlElement&) { error = e; });
        QCOMPARE(error.kind, RpcError::Protocol);
        QCOMPARE(c.state(), ConnectionState::Disconnected);
    }

    void a_handler_whose_context_died_is_not_called()
    {
        BrokenPeer peer(BrokenPeer::Silent);
        GuiRpcConnection c;
        c.setEndpoint(peer.endpoint());
        c.setReplyTimeout(500);
        bool inFlightCalled = false;
        bool queuedCalled = false;
        auto* inFlight = new QObject;
        auto* queued = new QObject;
        c.send("<get_cc_status/>", inFlight,
               [&](const RpcError&, const XmlElement&) { inFlightCalled = true; });
        c.send("<get_host_info/>", queued, [&](const RpcError&, const XmlElement&) { queuedCalled = true; });
        QTRY_VERIFY(peer.received.contains("get_cc_status"));
        delete inFlight;
        delete queued;
        QTRY_COMPARE(c.state(), ConnectionState::TimedOut);
        QVERIFY(!inFlightCalled);
        QVERIFY(!queuedCalled);
        QVERIFY(!peer.received.contains("get_host_info"));
    }
};

QTEST_GUILESS_MAIN(TestGuiRpcConnection)
#include "TestGuiRpcConnection.moc"
