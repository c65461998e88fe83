#pragma once

#include "boinc/ConnectionState.h"
#include "boinc/LenientXml.h"
#include "boinc/RpcEndpoint.h"
#include "boinc/RpcError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <functional>
#include <optional>

class QIODevice;

namespace bdm::boinc {

// One GUI RPC connection to one BOINC client: framing with 0x03, one request in flight with a
// queue behind it, the auth1/auth2 handshake after every (re)connect, a reply timeout, and
// reconnection with backoff. Everything is asynchronous; nothing here ever blocks the caller.
class GuiRpcConnection : public QObject
{
    Q_OBJECT

public:
    // Receives the <boinc_gui_rpc_reply> element (null on transport errors). For <error>TEXT</error>
    // replies, error.kind is Server and the element is still given.
    using ReplyHandler = std::function<void(const RpcError& error, const XmlElement& reply)>;

    static constexpr int defaultTimeoutMs = 30000;
    static constexpr int maxRequestBytes = 100000; // the client closes the connection beyond this

    explicit GuiRpcConnection(QObject* parent = nullptr);
    ~GuiRpcConnection() override;

    void setEndpoint(const RpcEndpoint& endpoint);
    RpcEndpoint endpoint() const { return m_endpoint; }
    // The GUI RPC password as gui_rpc_auth.cfg holds it; only its first line, trimmed, counts.
    void setPassword(const QString& password);
    void setReplyTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int replyTimeout() const { return m_timeoutMs; }
    // When on, a lost connection is re-established in the background with growing delays.
    void setAutoReconnect(bool on) { m_autoReconnect = on; }
    // A reply is held in memory whole; beyond this size the peer is treated as broken.
    void setMaxReplyBytes(qsizetype bytes) { m_maxReplyBytes = bytes; }

    ConnectionState state() const { return m_state; }
    QString stateDetail() const { return m_detail; }

    void connectToClient();
    void disconnectFromClient();

    // Queues one operation (the element inside <boinc_gui_rpc_request>). The handler runs on this
    // object's thread, and not at all if `context` was destroyed meanwhile.
    void send(const QByteArray& operation, const QObject* context, ReplyHandler handler);

signals:
    void stateChanged(bdm::boinc::ConnectionState state, const QString& detail);
    // Emitted each time the connection becomes usable, including after a reconnect: state kept
    // per connection on the client (message seqnos, notices) must be refreshed then.
    void ready();

private:
    struct Pending
    {
        QByteArray operation;
        QPointer<const QObject> context;
        bool hasContext = false;
        ReplyHandler handler;
        bool internal = false; // part of the handshake, may run before the state is Connected
    };

    void openSocket();
    void closeSocket();
    void onSocketConnected();
    void onReadyRead();
    void onSocketDropped(const QString& why);
    void onTimeout();
    void pump();
    void writeRequest(Pending pending);
    void deliver(Pending& pending, const RpcError& error, const XmlElement& reply);
    void failAll(const RpcError& error);
    void fail(ConnectionState state, const RpcError& error);
    void setState(ConnectionState state, const QString& detail = {});
    void startHandshake();
    void scheduleReconnect();

    RpcEndpoint m_endpoint;
    QByteArray m_password;
    int m_timeoutMs = defaultTimeoutMs;
    bool m_autoReconnect = false;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_detail;
    QIODevice* m_socket = nullptr;
    QByteArray m_buffer;
    std::deque<Pending> m_queue;
    std::optional<Pending> m_inFlight;
    QTimer m_timer;
    QTimer m_reconnectTimer;
    int m_failures = 0;
    qsizetype m_maxReplyBytes = qsizetype(512) * 1024 * 1024;
};

} // namespace bdm::boinc
