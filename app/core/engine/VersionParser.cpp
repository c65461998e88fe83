#include "engine/EngineParsers.h"
#include "engine/JsonFields.h"

#include <QCoreApplication>

namespace bdm::engine {

namespace parse {
namespace {

// Gives lupdate and the program the same translation context.
class ParserTr
{
    Q_DECLARE_TR_FUNCTIONS(EngineParsers)
};

template <class T> EngineResult<T> protocolError(const QString& what)
{
    return EngineResult<T>{EngineError::make(EngineError::Protocol, what), T{}};
}

} // namespace

PingReply ping(const HttpResponse& response)
{
    PingReply p;
    p.apiVersion = QString::fromLatin1(response.header("Api-Version"));
    p.server = QString::fromLatin1(response.header("Server"));
    p.libpodVersion = QString::fromLatin1(response.header("Libpod-Api-Version"));
    if (!p.libpodVersion.isEmpty() || p.server.startsWith(QLatin1String("Libpod")))
        p.type = EngineType::Podman;
    else if (p.server.startsWith(QLatin1String("Docker")) || !p.apiVersion.isEmpty())
        p.type = EngineType::Docker;
    return p;
}

EngineResult<EngineVersion> version(QByteArrayView text)
{
    const auto doc = json::parse(text);
    if (!doc || !doc->is_object())
        return protocolError<EngineVersion>(ParserTr::tr("the /version reply is not a JSON object"));
    const json::Json& j = *doc;
    EngineVersion v;
    v.version = json::str(j, "Version");
    v.apiVersion = json::str(j, "ApiVersion");
    v.minApiVersion = json::str(j, "MinAPIVersion");
    v.os = json::str(j, "Os");
    v.arch = json::str(j, "Arch");
    v.kernelVersion = json::str(j, "KernelVersion");
    v.platformName = json::str(json::objectOrEmpty(j, "Platform"), "Name");
    if (const json::Json* comps = json::field(j, "Components"); comps && comps->is_array()) {
        for (const json::Json& c : *comps)
            v.components.append({json::str(c, "Name"), json::str(c, "Version")});
    }
    // Podman's compat /version keeps Docker's shape; only the component name gives it away.
    v.type = EngineType::Docker;
    for (const EngineComponent& c : std::as_const(v.components)) {
        if (c.name.contains(QLatin1String("Podman"), Qt::CaseInsensitive))
            v.type = EngineType::Podman;
    }
    if (v.apiVersion.isEmpty() && v.version.isEmpty())
        return protocolError<EngineVersion>(
            ParserTr::tr("the /version reply names neither a version nor an API version"));
    return {{}, v};
}

EngineResult<EngineInfo> info(QByteArrayView text)
{
    const auto doc = json::parse(text);
    if (!doc || !doc->is_object())
        return protocolError<EngineInfo>(ParserTr::tr("the /info reply is not a JSON object"));
    const json::Json& j = *doc;
    EngineInfo i;
    i.serverVersion = json::str(j, "ServerVersion");
    i.operatingSystem = json::str(j, "OperatingSystem");
    i.osType = json::str(j, "OSType");
    i.architecture = json::str(j, "Architecture");
    i.kernelVersion = json::str(j, "KernelVersion");
    i.cpus = json::i32(j, "NCPU");
    i.memoryBytes = json::i64(j, "MemTotal");
    i.storageDriver = json::str(j, "Driver");
    i.rootDir = json::str(j, "DockerRootDir");
    i.cgroupDriver = json::str(j, "CgroupDriver");
    i.cgroupVersion = json::str(j, "CgroupVersion");
    if (i.cgroupVersion.startsWith(QLatin1Char('v')))
        i.cgroupVersion.remove(0, 1);
    // Podman says so directly; rootless Docker lists "name=rootless" among its security options.
    const QStringList security = json::strings(j, "SecurityOptions");
    i.rootless = json::boolean(j, "Rootless") || security.contains(QStringLiteral("name=rootless"));
    const json::Json& runtimes = json::objectOrEmpty(j, "Runtimes");
    for (auto it = runtimes.begin(); it != runtimes.end(); ++it)
        i.runtimes.insert(QString::fromStdString(it.key()), json::str(it.value(), "path"));
    i.defaultRuntime = json::str(j, "DefaultRuntime");
    if (const json::Json* dirs = json::field(j, "CDISpecDirs"); dirs && dirs->is_array())
        i.cdiSpecDirs = json::strings(j, "CDISpecDirs");
    if (const json::Json* devices = json::field(j, "DiscoveredDevices"); devices && devices->is_array()) {
        for (const json::Json& d : *devices)
            i.discoveredDevices.append({json::str(d, "Source"), json::str(d, "ID")});
    }
    i.containers = json::i32(j, "Containers");
    i.containersRunning = json::i32(j, "ContainersRunning");
    i.containersPaused = json::i32(j, "ContainersPaused");
    i.containersStopped = json::i32(j, "ContainersStopped");
    i.images = json::i32(j, "Images");
    i.warnings = json::strings(j, "Warnings");
    return {{}, i};
}

QString errorMessage(QByteArrayView body)
{
    const auto doc = json::parse(body);
    if (doc && doc->is_object()) {
        const QString message = json::str(*doc, "message");
        if (!message.isEmpty())
            return message;
    }
    return QString::fromUtf8(body.first(std::min<qsizetype>(body.size(), 500))).trimmed();
}

} // namespace parse
} // namespace bdm::engine
