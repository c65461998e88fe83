#include "boinc/GuiRpcConnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocalSocket>
#include <QTcpSocket>

namespace bdm::boinc {
namespace {

constexpr char etx = '\x03';

QByteArray frame(const QByteArray& operation)
{
    // No XML declaration: the client would take it for the request wrapper.
    return QByteArrayLiteral("<boinc_gui_rpc_request>\n") + operation +
           QByteArrayLiteral("\n</boinc_gui_rpc_request>\n") + etx;
}

} // namespace

GuiRpcConnection::GuiRpcConnection(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<ConnectionState>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GuiRpcConnection::onTimeout);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_state != ConnectionState::Connected && m_state != ConnectionState::AuthenticationFailed &&
            !m_socket)
            openSocket();
    });
}

GuiRpcConnection::~GuiRpcConnection()
{
    m_autoReconnect = false;
    closeSocket();
}

void GuiRpcConnection::setEndpoint(const RpcEndpoint& endpoint)
{
    m_endpoint = endpoint;
    disconnectFromClient();
}

void GuiRpcConnection::setPassword(const QString& password)
{
    const QString firstLine = password.section(QLatin1Char('\n'), 0, 0).trimmed();
    m_password = firstLine.toUtf8().left(255);
    if (m_state == ConnectionState::AuthenticationFailed)
        setState(ConnectionState::Disconnected);
}

void GuiRpcConnection::connectToClient()
{
    if (m_socket)
        return;
    m_failures = 0;
    openSocket();
}

void GuiRpcConnection::disconnectFromClient()
{
    m_reconnectTimer.stop();
    const bool had = m_socket || m_inFlight || !m_queue.empty();
    closeSocket();
    failAll(RpcError::make(RpcError::Cancelled, tr("the connection was closed")));
    if (had || m_state != ConnectionState::Disconnected)
        setState(ConnectionState::Disconnected);
}

void GuiRpcConnection::send(const QByteArray& operation, const QObject* context, ReplyHandler handler)
{
    Pending p{operation, context, context != nullptr, std::move(handler), false};
    if (operation.size() + 64 > maxRequestBytes) {
        deliver(p,
                RpcError::make(RpcError::Protocol,
                               tr("request too large for the BOINC client (%1 bytes, limit %2)")
                                   .arg(operation.size())
                                   .arg(maxRequestBytes)),
                {});
        return;
    }
    if (m_state == ConnectionState::AuthenticationFailed) {
        deliver(p, RpcError::make(RpcError::AuthenticationFailed, m_detail), {});
        return;
    }
    m_queue.push_back(std::move(p));
    if (m_state == ConnectionState::Connected)
        pump();
    else if (!m_socket)
        openSocket();
}

void GuiRpcConnection::openSocket()
{
    m_reconnectTimer.stop();
    m_buffer.clear();
    setState(ConnectionState::Connecting, m_endpoint.toString());
    if (!m_endpoint.unixSocketPath.isEmpty()) {
        auto* local = new QLocalSocket(this);
        m_socket = local;
        connect(local, &QLocalSocket::connected, this, &GuiRpcConnection::onSocketConnected);
        connect(local, &QLocalSocket::readyRead, this, &GuiRpcConnection::onReadyRead);
        connect(local, &QLocalSocket::errorOccurred, this,
                [this, local] { onSocketDropped(local->errorString()); });
        connect(local, &QLocalSocket::disconnected, this,
                [this] { onSocketDropped(tr("the client closed the connection")); });
        local->connectToServer(m_endpoint.unixSocketPath);
    } else {
        auto* tcp = new QTcpSocket(this);
        m_socket = tcp;
        connect(tcp, &QTcpSocket::connected, this, &GuiRpcConnection::onSocketConnected);
        connect(tcp, &QTcpSocket::readyRead, this, &GuiRpcConnection::onReadyRead);
        connect(tcp, &QTcpSocket::errorOccurred, this, [this, tcp] { onSocketDropped(tcp->errorString()); });
        connect(tcp, &QTcpSocket::disconnected, this,
                [this] { onSocketDropped(tr("the client closed the connection")); });
        tcp->connectToHost(m_endpoint.host, m_endpoint.port);
    }
    m_timer.start(m_timeoutMs);
}

void GuiRpcConnection::closeSocket()
{
    m_timer.stop();
    if (!m_socket)
        return;
    QIODevice* s = m_socket;
    m_socket = nullptr;
    s->disconnect(this);
    if (auto* tcp = qobject_cast<QTcpSocket*>(s))
        tcp->abort();
    else if (auto* local = qobject_cast<QLocalSocket*>(s))
        local->abort();
    s->deleteLater();
    m_buffer.clear();
}

void GuiRpcConnection::onSocketConnected()
{
    m_timer.stop();
    if (m_password.isEmpty()) {
        // With an empty password nothing needs auth; sending auth2 anyway would be checked
        // against the empty password and could close the connection.
        m_failures = 0;
        setState(ConnectionState::Connected, m_endpoint.toString());
        emit ready();
        pump();
        return;
    }
    startHandshake();
}

void GuiRpcConnection::startHandshake()
{
    setState(ConnectionState::Authenticating, m_endpoint.toString());
    Pending auth1;
    auth1.operation = QByteArrayLiteral("<auth1/>");
    auth1.internal = true;
    auth1.handler = [this](const RpcError& error, const XmlElement& reply) {
        if (!error.ok())
            return; // the transport error already moved the connection to a failed state
        const XmlElement nonce = reply.child("nonce");
        if (nonce.isNull()) {
            fail(ConnectionState::ProtocolError,
                 RpcError::make(RpcError::Protocol, tr("the client sent no nonce for auth1")));
            return;
        }
        // Hash the nonce exactly as received (no reformatting), then the password.
        const QByteArray hash =
            QCryptographicHash::hash(nonce.number().toByteArray() + m_password, QCryptographicHash::Md5)
                .toHex();
        Pending auth2;
        auth2.operation =
            QByteArrayLiteral("<auth2>\n<nonce_hash>") + hash + QByteArrayLiteral("</nonce_hash>\n</auth2>");
        auth2.internal = true;
        auth2.handler = [this](const RpcError& e2, const XmlElement& r2) {
            if (e2.kind == RpcError::Unauthorized || (e2.ok() && !r2.has("authorized"))) {
                fail(ConnectionState::AuthenticationFailed,
                     RpcError::make(RpcError::AuthenticationFailed,
                                    tr("the BOINC client at %1 rejected the GUI RPC password")
                                        .arg(m_endpoint.toString())));
                return;
            }
            if (!e2.ok())
                return;
            m_failures = 0;
            setState(ConnectionState::Connected, m_endpoint.toString());
            emit ready();
            pump();
        };
        writeRequest(std::move(auth2));
    };
    writeRequest(std::move(auth1));
}

void GuiRpcConnection::pump()
{
    if (m_inFlight || m_queue.empty() || m_state != ConnectionState::Connected || !m_socket)
        return;
    Pending next = std::move(m_queue.front());
    m_queue.pop_front();
    if (next.hasContext && !next.context) {
        pump(); // nobody is waiting for this one any more
        return;
    }
    writeRequest(std::move(next));
}

void GuiRpcConnection::writeRequest(Pending pending)
{
    m_buffer.clear();
    m_socket->write(frame(pending.operation));
    m_inFlight = std::move(pending);
    m_timer.start(m_timeoutMs);
}

void GuiRpcConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer.append(m_socket->readAll());
    const qsizetype end = m_buffer.indexOf(etx);
    if (end < 0) {
        if (m_buffer.size() > m_maxReplyBytes)
            fail(ConnectionState::ProtocolError,
                 RpcError::make(RpcError::Protocol, tr("reply larger than %1 MB without an end marker")
                                                        .arg(m_maxReplyBytes / (1024 * 1024))));
        return;
    }
    m_timer.stop();
    QByteArray replyBytes = m_buffer.left(end);
    m_buffer.remove(0, end + 1);
    if (!m_inFlight) {
        fail(ConnectionState::ProtocolError,
             RpcError::make(RpcError::Protocol, tr("the client sent a reply nobody asked for")));
        return;
    }
    Pending done = std::move(*m_inFlight);
    m_inFlight.reset();

    const XmlDocument doc = XmlDocument::parse(std::move(replyBytes));
    const XmlElement reply = doc.root().child("boinc_gui_rpc_reply");
    RpcError error;
    if (reply.isNull()) {
        error = RpcError::make(
            RpcError::Protocol,
            tr("the peer at %1 did not answer with a GUI RPC reply").arg(m_endpoint.toString()));
    } else if (!doc.isComplete()) {
        error = RpcError::make(RpcError::Protocol, tr("the reply was cut off"));
    } else if (reply.has("unauthorized")) {
        error =
            RpcError::make(RpcError::Unauthorized,
                           m_password.isEmpty()
                               ? tr("this operation needs the client's GUI RPC password, and none was given")
                               : tr("the client refused this operation without authentication"));
    } else if (const XmlElement e = reply.child("error")) {
        error = RpcError::make(RpcError::Server, e.text());
    }
    const bool unauthorized = error.kind == RpcError::Unauthorized;
    const bool broken = error.kind == RpcError::Protocol;
    deliver(done, error, reply);
    if (broken && m_socket) {
        fail(ConnectionState::ProtocolError, error);
        return;
    }
    // A second unauthorized request would make the client close the connection: start afresh.
    if (unauthorized && !done.internal && m_socket) {
        if (m_inFlight) { // the handler already sent its next request on this connection
            m_queue.push_front(std::move(*m_inFlight));
            m_inFlight.reset();
        }
        closeSocket();
        setState(ConnectionState::Disconnected);
        if (!m_queue.empty())
            openSocket();
        return;
    }
    pump();
}

void GuiRpcConnection::onSocketDropped(const QString& why)
{
    if (!m_socket)
        return;
    const bool wasAuthenticating = m_state == ConnectionState::Authenticating;
    const bool wasConnecting = m_state == ConnectionState::Connecting;
    if (wasAuthenticating && m_inFlight && m_inFlight->operation.startsWith("<auth2")) {
        fail(ConnectionState::AuthenticationFailed,
             RpcError::make(
                 RpcError::AuthenticationFailed,
                 tr("the BOINC client at %1 rejected the GUI RPC password").arg(m_endpoint.toString())));
        return;
    }
    const QString detail = wasConnecting
                               ? tr("no BOINC client reachable at %1 (%2)").arg(m_endpoint.toString(), why)
                               : tr("lost the connection to %1 (%2)").arg(m_endpoint.toString(), why);
    fail(ConnectionState::Unreachable, RpcError::make(RpcError::Unreachable, detail));
}

void GuiRpcConnection::onTimeout()
{
    const QString detail = m_state == ConnectionState::Connecting
                               ? tr("no BOINC client reachable at %1 (no answer to connect within %2 s)")
                                     .arg(m_endpoint.toString())
                                     .arg(m_timeoutMs / 1000.0)
                               : tr("the BOINC client at %1 did not answer within %2 s")
                                     .arg(m_endpoint.toString())
                                     .arg(m_timeoutMs / 1000.0);
    fail(ConnectionState::TimedOut, RpcError::make(RpcError::Timeout, detail));
}

void GuiRpcConnection::fail(ConnectionState state, const RpcError& error)
{
    closeSocket();
    failAll(error);
    setState(state, error.message);
    if (state != ConnectionState::AuthenticationFailed)
        scheduleReconnect();
}

void GuiRpcConnection::scheduleReconnect()
{
    ++m_failures;
    if (!m_autoReconnect)
        return;
    const int delay = std::min(500 << std::min(m_failures - 1, 6), 30000);
    m_reconnectTimer.start(delay);
}

void GuiRpcConnection::failAll(const RpcError& error)
{
    std::deque<Pending> victims;
    if (m_inFlight) {
        victims.push_back(std::move(*m_inFlight));
        m_inFlight.reset();
    }
    while (!m_queue.empty()) {
        victims.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    for (Pending& p : victims)
        deliver(p, error, {});
}

void GuiRpcConnection::deliver(Pending& pending, const RpcError& error, const XmlElement& reply)
{
    if (pending.hasContext && !pending.context)
        return;
    if (pending.handler)
        pending.handler(error, reply);
}

void GuiRpcConnection::setState(ConnectionState state, const QString& detail)
{
    if (m_state == state && m_detail == detail)
        return;
    m_state = state;
    m_detail = detail;
    emit stateChanged(state, detail);
}

} // namespace bdm::boinc
