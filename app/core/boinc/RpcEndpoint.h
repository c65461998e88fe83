#pragma once

#include <QString>
#include <optional>

namespace bdm::boinc {

// Where a BOINC client listens for GUI RPC: TCP host:port, or the Unix socket `boinc_socket`.
struct RpcEndpoint
{
    static constexpr quint16 defaultPort = 31416;

    QString host = QStringLiteral("127.0.0.1");
    quint16 port = defaultPort;
    QString unixSocketPath; // when set, host and port are ignored

    // Accepts "HOST", "HOST:PORT", "[v6]:PORT", "unix:/path/boinc_socket" or a path ending in
    // boinc_socket. "localhost" becomes 127.0.0.1: the client listens on IPv4 only, and
    // localhost may resolve to ::1 first.
    static std::optional<RpcEndpoint> parse(const QString& text, QString* error = nullptr);
    QString toString() const;
    bool isLocal() const;
};

} // namespace bdm::boinc
