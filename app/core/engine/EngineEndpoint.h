#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace bdm::engine {

// Where an engine is reached: a Unix socket, TCP (optionally TLS with the files of
// DOCKER_CERT_PATH), a Windows named pipe, or an engine CLI run as a program (the fallback
// where no socket can be opened, e.g. `wsl -d boinc-buda-runner -u root podman`).
struct EngineEndpoint
{
    enum class Kind
    {
        Unix,
        Tcp,
        NamedPipe,
        Cli
    };

    Kind kind = Kind::Unix;
    QString path; // Unix: socket path; NamedPipe: pipe name as in npipe:////./pipe/NAME
    QString host; // Tcp
    quint16 port = 0;
    bool tls = false;
    bool tlsVerify = true;
    QString caFile; // PEM files for TLS; empty means the system's CA store / no client cert
    QString certFile;
    QString keyFile;
    QStringList command; // Cli: program and leading arguments, e.g. {"podman"}

    // unix:///path, tcp://host:port, https://host:port, npipe:////./pipe/name, cli:PROGRAM [ARGS].
    // A bare absolute path is taken as a Unix socket.
    static std::optional<EngineEndpoint> parse(const QString& text, QString* error = nullptr);
    static EngineEndpoint unixSocket(const QString& path);
    static EngineEndpoint cli(const QStringList& command);

    QString toString() const;
    // What libcurl is given: http://localhost for sockets (the path goes to
    // CURLOPT_UNIX_SOCKET_PATH), http(s)://host:port for TCP.
    QString baseUrl() const;
    bool isHttp() const { return kind == Kind::Unix || kind == Kind::Tcp; }

    friend bool operator==(const EngineEndpoint&, const EngineEndpoint&) = default;
};

} // namespace bdm::engine
