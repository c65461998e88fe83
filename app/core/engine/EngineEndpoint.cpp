#include "engine/EngineEndpoint.h"

#include <QCoreApplication>
#include <QProcess>
#include <QUrl>

namespace bdm::engine {
namespace {

// Gives lupdate and the program the same translation context.
class EndpointTr
{
    Q_DECLARE_TR_FUNCTIONS(EngineEndpoint)
};

std::optional<EngineEndpoint> fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

// Docker's defaults: 2375 in the clear, 2376 with TLS.
constexpr quint16 plainPort = 2375;
constexpr quint16 tlsPort = 2376;

} // namespace

EngineEndpoint EngineEndpoint::unixSocket(const QString& path)
{
    EngineEndpoint e;
    e.kind = Kind::Unix;
    e.path = path;
    return e;
}

EngineEndpoint EngineEndpoint::cli(const QStringList& command)
{
    EngineEndpoint e;
    e.kind = Kind::Cli;
    e.command = command;
    return e;
}

std::optional<EngineEndpoint> EngineEndpoint::parse(const QString& input, QString* error)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(error, EndpointTr::tr("empty engine address"));
    if (text.startsWith(QLatin1Char('/')))
        return unixSocket(text);
    if (text.startsWith(QLatin1String("unix://"))) {
        const QString path = text.mid(7);
        if (!path.startsWith(QLatin1Char('/')))
            return fail(
                error, EndpointTr::tr(
                           "a unix:// address needs an absolute path, as in unix:///run/podman/podman.sock"));
        return unixSocket(path);
    }
    if (text.startsWith(QLatin1String("npipe:"))) {
        EngineEndpoint e;
        e.kind = Kind::NamedPipe;
        e.path = text.mid(6);
        if (e.path.isEmpty())
            return fail(
                error,
                EndpointTr::tr("a npipe: address needs a pipe name, as in npipe:////./pipe/docker_engine"));
        return e;
    }
    if (text.startsWith(QLatin1String("cli:"))) {
        const QStringList command = QProcess::splitCommand(text.mid(4));
        if (command.isEmpty())
            return fail(error, EndpointTr::tr("a cli: address needs a program, as in cli:podman"));
        return cli(command);
    }
    if (text.startsWith(QLatin1String("ssh://")))
        return fail(
            error,
            EndpointTr::tr(
                "ssh:// engines are not read directly; use the engine's CLI instead, as in cli:docker"));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("tcp") && scheme != QLatin1String("http") &&
         scheme != QLatin1String("https")))
        return fail(
            error,
            EndpointTr::tr(
                "'%1' is not an engine address (unix:///PATH, tcp://HOST:PORT, npipe:PIPE or cli:PROGRAM)")
                .arg(text));
    EngineEndpoint e;
    e.kind = Kind::Tcp;
    e.host = url.host();
    e.tls = scheme == QLatin1String("https");
    const int port = url.port(-1);
    e.port = port > 0 ? static_cast<quint16>(port) : (e.tls ? tlsPort : plainPort);
    return e;
}

QString EngineEndpoint::toString() const
{
    switch (kind) {
    case Kind::Unix:
        return QStringLiteral("unix://") + path;
    case Kind::NamedPipe:
        return QStringLiteral("npipe:") + path;
    case Kind::Cli:
        return QStringLiteral("cli:") + command.join(QLatin1Char(' '));
    case Kind::Tcp:
        break;
    }
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("tcp://%1:%2").arg(h).arg(port);
}

QString EngineEndpoint::baseUrl() const
{
    if (kind != Kind::Tcp)
        return QStringLiteral("http://localhost");
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("%1://%2:%3")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), h)
        .arg(port);
}

} // namespace bdm::engine
