#include "engine/EngineParsers.h"
#include "engine/JsonFields.h"

#include <QCoreApplication>

namespace bdm::engine::parse {
namespace {

// Gives lupdate and the program the same translation context.
class ParserTr
{
    Q_DECLARE_TR_FUNCTIONS(EngineParsers)
};

QString withoutSlash(const QString& name)
{
    return name.startsWith(QLatin1Char('/')) ? name.mid(1) : name;
}

QList<ContainerMount> mounts(const json::Json& j)
{
    QList<ContainerMount> out;
    const json::Json* list = json::field(j, "Mounts");
    if (!list || !list->is_array())
        return out;
    for (const json::Json& m : *list) {
        ContainerMount mount;
        mount.type = json::str(m, "Type");
        mount.source = json::str(m, "Source");
        mount.destination = json::str(m, "Destination");
        mount.readWrite = json::field(m, "RW") ? json::boolean(m, "RW") : true;
        out.append(mount);
    }
    return out;
}

ContainerSummary summary(const json::Json& j)
{
    ContainerSummary c;
    c.id = json::str(j, "Id");
    const QStringList names = json::strings(j, "Names");
    c.name = names.isEmpty() ? QString() : withoutSlash(names.first());
    c.image = json::str(j, "Image");
    c.imageId = json::str(j, "ImageID");
    c.command = json::str(j, "Command");
    c.created = json::i64(j, "Created");
    c.state = json::str(j, "State");
    c.status = json::str(j, "Status");
    c.labels = json::stringMap(j, "Labels");
    c.mounts = mounts(j);
    return c;
}

QList<DeviceRequest> deviceRequests(const json::Json& hostConfig)
{
    QList<DeviceRequest> out;
    const json::Json* list = json::field(hostConfig, "DeviceRequests");
    if (!list || !list->is_array())
        return out;
    for (const json::Json& r : *list) {
        DeviceRequest request;
        request.driver = json::str(r, "Driver");
        request.count = json::i32(r, "Count");
        request.deviceIds = json::strings(r, "DeviceIDs");
        if (const json::Json* caps = json::field(r, "Capabilities"); caps && caps->is_array()) {
            for (const json::Json& set : *caps) {
                QStringList names;
                if (set.is_array()) {
                    for (const json::Json& name : set)
                        names.append(json::str(name));
                }
                request.capabilities.append(names);
            }
        }
        out.append(request);
    }
    return out;
}

QList<DeviceMapping> devices(const json::Json& hostConfig)
{
    QList<DeviceMapping> out;
    const json::Json* list = json::field(hostConfig, "Devices");
    if (!list || !list->is_array())
        return out;
    for (const json::Json& d : *list)
        out.append(
            {json::str(d, "PathOnHost"), json::str(d, "PathInContainer"), json::str(d, "CgroupPermissions")});
    return out;
}

ContainerState state(const json::Json& s)
{
    ContainerState st;
    st.status = json::str(s, "Status");
    st.running = json::boolean(s, "Running");
    st.paused = json::boolean(s, "Paused");
    st.restarting = json::boolean(s, "Restarting");
    st.oomKilled = json::boolean(s, "OOMKilled");
    st.dead = json::boolean(s, "Dead");
    st.pid = json::i64(s, "Pid");
    st.exitCode = json::i32(s, "ExitCode");
    st.error = json::str(s, "Error");
    st.startedAt = json::str(s, "StartedAt");
    st.finishedAt = json::str(s, "FinishedAt");
    return st;
}

} // namespace

EngineResult<QList<ContainerSummary>> containers(QByteArrayView text)
{
    const auto doc = json::parse(text);
    if (!doc || !doc->is_array())
        return {
            EngineError::make(EngineError::Protocol, ParserTr::tr("the container list is not a JSON array")),
            {}};
    QList<ContainerSummary> out;
    out.reserve(static_cast<qsizetype>(doc->size()));
    for (const json::Json& c : *doc) {
        if (c.is_object())
            out.append(summary(c));
    }
    return {{}, out};
}

EngineResult<ContainerDetails> containerDetails(QByteArrayView text)
{
    const auto doc = json::parse(text);
    // `docker inspect` prints a one-element array of what the API returns.
    const json::Json* j = doc ? &*doc : nullptr;
    if (j && j->is_array() && !j->empty())
        j = &(*j)[0];
    if (!j || !j->is_object() || json::str(*j, "Id").isEmpty())
        return {EngineError::make(EngineError::Protocol,
                                  ParserTr::tr("the container inspect reply is not a container")),
                {}};
    ContainerDetails d;
    d.id = json::str(*j, "Id");
    d.name = withoutSlash(json::str(*j, "Name"));
    d.imageId = json::str(*j, "Image");
    d.created = json::str(*j, "Created");
    d.state = state(json::objectOrEmpty(*j, "State"));
    const json::Json& config = json::objectOrEmpty(*j, "Config");
    d.image = json::str(config, "Image");
    if (d.image.isEmpty())
        d.image = json::str(*j, "ImageName"); // podman's own inspect format
    d.tty = json::boolean(config, "Tty");
    d.command = json::strings(config, "Cmd");
    d.workingDir = json::str(config, "WorkingDir");
    d.labels = json::stringMap(config, "Labels");
    const json::Json& host = json::objectOrEmpty(*j, "HostConfig");
    d.runtime = json::str(host, "Runtime");
    d.nanoCpus = json::i64(host, "NanoCpus");
    d.memoryLimit = json::i64(host, "Memory");
    d.deviceRequests = deviceRequests(host);
    d.devices = devices(host);
    d.mounts = mounts(*j);
    return {{}, d};
}

EngineResult<QList<ImageSummary>> images(QByteArrayView text)
{
    const auto doc = json::parse(text);
    if (!doc || !doc->is_array())
        return {EngineError::make(EngineError::Protocol, ParserTr::tr("the image list is not a JSON array")),
                {}};
    QList<ImageSummary> out;
    for (const json::Json& i : *doc) {
        if (!i.is_object())
            continue;
        ImageSummary image;
        image.id = json::str(i, "Id");
        image.repoTags = json::strings(i, "RepoTags");
        image.repoDigests = json::strings(i, "RepoDigests");
        image.created = json::i64(i, "Created");
        image.size = json::i64(i, "Size");
        out.append(image);
    }
    return {{}, out};
}

} // namespace bdm::engine::parse
