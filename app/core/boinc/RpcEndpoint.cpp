#include "boinc/RpcEndpoint.h"

#include <QCoreApplication>

namespace bdm::boinc {

std::optional<RpcEndpoint> RpcEndpoint::parse(const QString& input, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<RpcEndpoint> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString text = input.trimmed();
    RpcEndpoint e;
    if (text.isEmpty())
        return e;
    if (text.startsWith(QLatin1String("unix:")) || text.startsWith(QLatin1Char('/'))) {
        e.unixSocketPath = text.startsWith(QLatin1String("unix:")) ? text.mid(5) : text;
        while (e.unixSocketPath.startsWith(QLatin1String("//")))
            e.unixSocketPath.remove(0, 1);
        if (e.unixSocketPath.isEmpty())
            return fail(
                QCoreApplication::translate("RpcEndpoint", "empty Unix socket path in '%1'").arg(text));
        return e;
    }
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(QCoreApplication::translate("RpcEndpoint", "missing ']' in '%1'").arg(text));
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (rest.startsWith(QLatin1Char(':')))
            port = rest.mid(1);
        else if (!rest.isEmpty())
            return fail(
                QCoreApplication::translate("RpcEndpoint", "unexpected text after ']' in '%1'").arg(text));
    } else if (text.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    if (host.isEmpty())
        return fail(QCoreApplication::translate("RpcEndpoint", "no host name in '%1'").arg(text));
    if (!port.isNull()) {
        bool ok = false;
        const uint p = port.toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return fail(
                QCoreApplication::translate("RpcEndpoint", "'%1' is not a port number (1-65535)").arg(port));
        e.port = static_cast<quint16>(p);
    }
    e.host = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ? QStringLiteral("127.0.0.1")
                                                                                : host;
    return e;
}

QString RpcEndpoint::toString() const
{
    if (!unixSocketPath.isEmpty())
        return QStringLiteral("unix:") + unixSocketPath;
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

bool RpcEndpoint::isLocal() const
{
    return !unixSocketPath.isEmpty() || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

} // namespace bdm::boinc
