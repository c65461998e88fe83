#include "engine/CliParsers.h"

#include "engine/EngineParsers.h"
#include "engine/JsonFields.h"
#include "engine/LineBuffer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace bdm::engine::parse::cli {
namespace {

// Gives lupdate and the program the same translation context.
class CliTr
{
    Q_DECLARE_TR_FUNCTIONS(EngineCli)
};

template <class T> EngineResult<T> protocolError(const QString& what)
{
    return EngineResult<T>{EngineError::make(EngineError::Protocol, what), T{}};
}

// `docker stats` (without --no-stream) clears the screen before each round.
QByteArray withoutEscapes(QByteArrayView text)
{
    static const QRegularExpression csi(QStringLiteral("\x1b\\[[0-9;?]*[A-Za-z]"));
    return QString::fromUtf8(text).remove(csi).toUtf8();
}

// Either one JSON array (podman) or one JSON object per line (docker's '{{json .}}').
QList<json::Json> objects(QByteArrayView out)
{
    QList<json::Json> list;
    const QByteArray text = withoutEscapes(out).trimmed();
    if (text.startsWith('[')) {
        if (const auto doc = json::parse(text); doc && doc->is_array()) {
            for (const json::Json& e : *doc)
                list.append(e);
        }
        return list;
    }
    LineBuffer lines;
    QList<QByteArray> all = lines.feed(text);
    if (const QByteArray rest = lines.takeRest(); !rest.isEmpty())
        all.append(rest);
    for (const QByteArray& line : std::as_const(all)) {
        if (auto doc = json::parse(line); doc && doc->is_object())
            list.append(std::move(*doc));
    }
    return list;
}

QMap<QString, QString> labelsFromText(const QString& text)
{
    QMap<QString, QString> labels;
    for (const QString& pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        labels.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return labels;
}

// "2026-11-22 02:42:16 +0000 UTC": Go's default time format, as the docker CLI prints it.
qint64 goTimeToSeconds(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts[2].size() != 5)
        return 0;
    const QDateTime utc(QDate::fromString(parts[0], Qt::ISODate),
                        QTime::fromString(parts[1], QStringLiteral("HH:mm:ss")), Qt::UTC);
    if (!utc.isValid())
        return 0;
    const int sign = parts[2].startsWith(QLatin1Char('-')) ? -1 : 1;
    const int offset = sign * (parts[2].mid(1, 2).toInt() * 3600 + parts[2].mid(3, 2).toInt() * 60);
    return std::max<qint64>(0, utc.toSecsSinceEpoch() - offset);
}

ContainerSummary fromDockerLine(const json::Json& j)
{
    ContainerSummary c;
    c.id = json::str(j, "ID");
    c.name = json::str(j, "Names").section(QLatin1Char(','), 0, 0);
    c.image = json::str(j, "Image");
    c.command = json::str(j, "Command");
    c.state = json::str(j, "State");
    c.status = json::str(j, "Status");
    c.labels = labelsFromText(json::str(j, "Labels"));
    c.created = goTimeToSeconds(json::str(j, "CreatedAt"));
    return c;
}

ContainerSummary fromPodman(const json::Json& j)
{
    ContainerSummary c;
    c.id = json::str(j, "Id");
    const QStringList names = json::strings(j, "Names");
    c.name = names.isEmpty() ? QString() : names.first();
    c.image = json::str(j, "Image");
    c.imageId = json::str(j, "ImageID");
    c.command = json::strings(j, "Command").join(QLatin1Char(' '));
    c.created = json::i64(j, "Created");
    c.state = json::str(j, "State");
    c.status = json::str(j, "Status");
    c.labels = json::stringMap(j, "Labels");
    if (c.state == QLatin1String("exited") && !c.status.startsWith(QLatin1String("Exited")))
        c.status = QStringLiteral("Exited (%1)").arg(json::i32(j, "ExitCode"));
    return c;
}

QString percentText(const json::Json& j, const char* dockerKey, const char* podmanKey)
{
    const QString text = json::str(j, dockerKey);
    return text.isEmpty() ? json::str(j, podmanKey) : text;
}

} // namespace

std::optional<quint64> byteSize(const QString& input)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kKMGTP]?i?B)\\s*$"));
    const QRegularExpressionMatch m = re.match(input);
    if (!m.hasMatch())
        return std::nullopt;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const bool binary = unit.contains(QLatin1Char('i'));
    const double base = binary ? 1024.0 : 1000.0;
    static const QString prefixes = QStringLiteral("KMGTP");
    const qsizetype power = unit.size() > 1 ? prefixes.indexOf(unit.at(0).toUpper()) + 1 : 0;
    double bytes = value;
    for (qsizetype i = 0; i < power; ++i)
        bytes *= base;
    if (!(bytes >= 0) || bytes >= 1.8e19)
        return std::nullopt;
    return static_cast<quint64>(bytes + 0.5);
}

EngineResult<EngineVersion> version(QByteArrayView out, EngineType flavour)
{
    const auto doc = json::parse(withoutEscapes(out));
    if (!doc || !doc->is_object())
        return protocolError<EngineVersion>(CliTr::tr("the CLI's version output is not JSON"));
    const json::Json* server = json::field(*doc, "Server");
    if (flavour != EngineType::Podman) {
        if (!server)
            return {
                EngineError::make(EngineError::Unreachable, CliTr::tr("the docker CLI reached no engine")),
                {}};
        return parse::version(QByteArray::fromStdString(server->dump()));
    }
    // podman: Client is the local podman itself; Server appears only for a remote connection.
    const json::Json& p = server ? *server : json::objectOrEmpty(*doc, "Client");
    EngineVersion v;
    v.type = EngineType::Podman;
    v.version = json::str(p, "Version");
    v.os = json::str(p, "Os");
    v.arch = json::str(p, "OsArch").section(QLatin1Char('/'), 1);
    v.components.append({QStringLiteral("Podman Engine"), v.version});
    if (v.version.isEmpty())
        return protocolError<EngineVersion>(CliTr::tr("podman printed no version"));
    return {{}, v};
}

EngineResult<EngineInfo> info(QByteArrayView out, EngineType flavour)
{
    const QByteArray text = withoutEscapes(out);
    const auto doc = json::parse(text);
    if (!doc || !doc->is_object())
        return protocolError<EngineInfo>(CliTr::tr("the CLI's info output is not JSON"));
    if (flavour != EngineType::Podman) {
        const QStringList errors = json::strings(*doc, "ServerErrors");
        if (!errors.isEmpty())
            return {EngineError::make(EngineError::Unreachable, errors.join(QLatin1Char(' '))), {}};
        return parse::info(text);
    }
    const json::Json& host = json::objectOrEmpty(*doc, "host");
    const json::Json& store = json::objectOrEmpty(*doc, "store");
    EngineInfo i;
    i.serverVersion = json::str(json::objectOrEmpty(*doc, "version"), "Version");
    const json::Json& distro = json::objectOrEmpty(host, "distribution");
    i.operatingSystem =
        (json::str(distro, "distribution") + QLatin1Char(' ') + json::str(distro, "version")).trimmed();
    i.osType = json::str(host, "os");
    i.architecture = json::str(host, "arch");
    i.kernelVersion = json::str(host, "kernel");
    i.cpus = json::i32(host, "cpus");
    i.memoryBytes = json::i64(host, "memTotal");
    i.storageDriver = json::str(store, "graphDriverName");
    i.rootDir = json::str(store, "graphRoot");
    i.cgroupDriver = json::str(host, "cgroupManager");
    i.cgroupVersion = json::str(host, "cgroupVersion").remove(QLatin1Char('v'));
    i.rootless = json::boolean(json::objectOrEmpty(host, "security"), "rootless");
    const json::Json& runtime = json::objectOrEmpty(host, "ociRuntime");
    if (!json::str(runtime, "name").isEmpty()) {
        i.runtimes.insert(json::str(runtime, "name"), json::str(runtime, "path"));
        i.defaultRuntime = json::str(runtime, "name");
    }
    const json::Json& containers = json::objectOrEmpty(store, "containerStore");
    i.containers = json::i32(containers, "number");
    i.containersRunning = json::i32(containers, "running");
    i.containersPaused = json::i32(containers, "paused");
    i.containersStopped = json::i32(containers, "stopped");
    i.images = json::i32(json::objectOrEmpty(store, "imageStore"), "number");
    return {{}, i};
}

EngineResult<QList<ContainerSummary>> containers(QByteArrayView out)
{
    QList<ContainerSummary> list;
    for (const json::Json& j : objects(out)) {
        if (json::field(j, "Id"))
            list.append(fromPodman(j));
        else if (json::field(j, "ID"))
            list.append(fromDockerLine(j));
    }
    if (list.isEmpty() && !withoutEscapes(out).trimmed().isEmpty() && withoutEscapes(out).trimmed() != "[]")
        return protocolError<QList<ContainerSummary>>(CliTr::tr("the CLI's container list is not JSON"));
    return {{}, list};
}

EngineResult<StatsSample> stats(QByteArrayView out)
{
    const QList<json::Json> all = objects(out);
    if (all.isEmpty())
        return protocolError<StatsSample>(CliTr::tr("the CLI printed no stats"));
    const json::Json& j = all.last(); // streaming output: the newest round
    StatsSample s;
    s.id = json::str(j, "ID").isEmpty() ? json::str(j, "id") : json::str(j, "ID");
    s.name = json::str(j, "Name").isEmpty() ? json::str(j, "name") : json::str(j, "Name");
    QString cpu = percentText(j, "CPUPerc", "cpu_percent");
    cpu.remove(QLatin1Char('%'));
    bool ok = false;
    const double percent = cpu.trimmed().toDouble(&ok);
    if (ok)
        s.cpuPercent = percent;
    const QString memory = percentText(j, "MemUsage", "mem_usage").section(QLatin1Char('/'), 0, 0).trimmed();
    s.memoryBytes = byteSize(memory).value_or(0);
    s.pids = percentText(j, "PIDs", "pids").toLongLong();
    if (!ok)
        return protocolError<StatsSample>(CliTr::tr("the CLI's stats give no CPU percentage"));
    return {{}, s};
}

EngineResult<EngineEvent> event(QByteArrayView line)
{
    EngineResult<EngineEvent> api = parse::event(line);
    if (api.ok() && !api.value.action.isEmpty() && !api.value.id.isEmpty())
        return api;
    // podman's own shape: {"ID", "Name", "Status": "start", "Time": RFC 3339, "Type"}
    const auto doc = json::parse(line);
    if (!doc || !doc->is_object())
        return protocolError<EngineEvent>(CliTr::tr("an event line is not JSON"));
    EngineEvent e;
    e.type = json::str(*doc, "Type");
    e.action = json::str(*doc, "Status");
    e.id = json::str(*doc, "ID");
    e.from = json::str(*doc, "Image");
    e.attributes = json::stringMap(*doc, "Attributes");
    if (!json::str(*doc, "Name").isEmpty())
        e.attributes.insert(QStringLiteral("name"), json::str(*doc, "Name"));
    const QDateTime time = QDateTime::fromString(json::str(*doc, "Time"), Qt::ISODateWithMs);
    e.timeNano = time.isValid() ? time.toMSecsSinceEpoch() * 1000000 : 0;
    e.time = e.timeNano / 1000000000;
    if (e.action.isEmpty())
        return protocolError<EngineEvent>(CliTr::tr("an event line names no action"));
    return {{}, e};
}

EngineResult<QList<ImageSummary>> images(QByteArrayView out)
{
    QList<ImageSummary> list;
    for (const json::Json& j : objects(out)) {
        ImageSummary image;
        if (json::field(j, "Id")) { // podman: the API's own shape
            image.id = json::str(j, "Id");
            image.repoTags = json::strings(j, "RepoTags");
            image.created = json::i64(j, "Created");
            image.size = json::i64(j, "Size");
        } else {
            image.id = json::str(j, "ID");
            const QString repo = json::str(j, "Repository");
            const QString tag = json::str(j, "Tag");
            if (repo != QLatin1String("<none>"))
                image.repoTags.append(tag == QLatin1String("<none>") ? repo : repo + QLatin1Char(':') + tag);
            image.size = static_cast<qint64>(byteSize(json::str(j, "Size")).value_or(0));
        }
        list.append(image);
    }
    return {{}, list};
}

EngineError failure(int exitCode, const QString& standardError)
{
    const QString text = standardError.trimmed().isEmpty()
                             ? CliTr::tr("the engine CLI failed with exit code %1").arg(exitCode)
                             : standardError.trimmed();
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("permission denied")))
        return EngineError::make(EngineError::PermissionDenied, text);
    if (lower.contains(QLatin1String("no such container")) ||
        lower.contains(QLatin1String("no such object")) || lower.contains(QLatin1String("no such image")) ||
        lower.contains(QLatin1String("no container with name")) ||
        lower.contains(QLatin1String("image not known")))
        return EngineError::make(EngineError::Http, text, 404);
    if (lower.contains(QLatin1String("cannot connect")) ||
        lower.contains(QLatin1String("connection refused")) ||
        lower.contains(QLatin1String("is the docker daemon running")) ||
        lower.contains(QLatin1String("unable to connect")))
        return EngineError::make(EngineError::Unreachable, text);
    return EngineError::make(EngineError::Http, text, 500);
}

} // namespace bdm::engine::parse::cli
