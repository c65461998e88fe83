#include "monitor/HostsFile.h"

#include "boinc/RpcEndpoint.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace bdm::monitor {
namespace {

// "line L, column C" for a byte offset, since people fix files in editors.
QString position(const QByteArray& text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArray before = text.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QCoreApplication::translate("HostsFile", "line %1, column %2").arg(line).arg(column);
}

std::optional<QString> optionalString(const QJsonObject& o, const QString& key, bool* wrongType)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        *wrongType = true;
        return std::nullopt;
    }
    return v.toString();
}

} // namespace

std::optional<QList<HostEntry>> HostsFile::parse(const QByteArray& json, QString* error)
{
    const auto failed = [error](const QString& why) -> std::optional<QList<HostEntry>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(
            tr("not valid JSON at %1: %2").arg(position(json, parseError.offset), parseError.errorString()));
    if (!doc.isArray())
        return failed(
            tr("expected a JSON array of hosts, [{\"name\": ..., \"address\": \"host[:port]\"}, ...]"));

    QList<HostEntry> hosts;
    QSet<QString> names;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = tr("host %1").arg(i + 1);
        if (!array[i].isObject())
            return failed(tr("%1: expected an object with \"name\" and \"address\"").arg(where));
        const QJsonObject o = array[i].toObject();
        bool wrongType = false;
        const auto name = optionalString(o, QStringLiteral("name"), &wrongType);
        const auto address = optionalString(o, QStringLiteral("address"), &wrongType);
        const auto passwordFile = optionalString(o, QStringLiteral("password_file"), &wrongType);
        if (wrongType)
            return failed(tr("%1: \"name\", \"address\" and \"password_file\" must be strings").arg(where));
        if (!name || name->trimmed().isEmpty())
            return failed(tr("%1: missing \"name\"").arg(where));
        const QString label = tr("host %1 (\"%2\")").arg(i + 1).arg(*name);
        if (!address || address->trimmed().isEmpty())
            return failed(tr("%1: missing \"address\" (host[:port])").arg(label));
        QString why;
        if (!boinc::RpcEndpoint::parse(address->trimmed(), &why))
            return failed(tr("%1: bad \"address\" '%2': %3").arg(label, *address, why));
        if (names.contains(name->trimmed()))
            return failed(tr("%1: the name is used twice; names must be unique").arg(label));
        names.insert(name->trimmed());
        HostEntry e;
        e.id = name->trimmed();
        e.name = e.id;
        e.address = address->trimmed();
        e.passwordFile = passwordFile.value_or(QString());
        hosts.append(e);
    }
    return hosts;
}

std::optional<QList<HostEntry>> HostsFile::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    auto hosts = parse(file.readAll(), &why);
    if (!hosts && error)
        *error = tr("%1: %2").arg(path, why);
    return hosts;
}

} // namespace bdm::monitor
