#include "engine/DockerContext.h"

#include "engine/JsonFields.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace bdm::engine {
namespace {

// Gives lupdate and the program the same translation context.
class ContextTr
{
    Q_DECLARE_TR_FUNCTIONS(DockerContext)
};

std::optional<json::Json> readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return json::parse(file.readAll());
}

// The meta directory of a context: named by the SHA-256 of its name; older or hand-made
// layouts are found by scanning for the name.
QString metaDirectory(const QString& configDir, const QString& name)
{
    const QString meta = configDir + QStringLiteral("/contexts/meta/");
    const QString hashed =
        QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
    if (QFile::exists(meta + hashed + QStringLiteral("/meta.json")))
        return hashed;
    const QStringList dirs = QDir(meta).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& dir : dirs) {
        const auto doc = readJson(meta + dir + QStringLiteral("/meta.json"));
        if (doc && json::str(*doc, "Name") == name)
            return dir;
    }
    return {};
}

} // namespace

DockerContext DockerContext::current(const QString& configDir, const QString& contextOverride)
{
    DockerContext context;
    context.name = contextOverride;
    if (context.name.isEmpty()) {
        if (const auto config = readJson(configDir + QStringLiteral("/config.json")))
            context.name = json::str(*config, "currentContext");
    }
    if (context.isDefault())
        return context;
    const QString dir = metaDirectory(configDir, context.name);
    if (dir.isEmpty()) {
        context.error = ContextTr::tr("docker context '%1' has no meta.json under %2/contexts/meta")
                            .arg(context.name, configDir);
        return context;
    }
    const json::Json meta =
        readJson(configDir + QStringLiteral("/contexts/meta/") + dir + QStringLiteral("/meta.json"))
            .value_or(json::Json::object());
    const json::Json& docker = json::objectOrEmpty(json::objectOrEmpty(meta, "Endpoints"), "docker");
    const QString host = json::str(docker, "Host");
    QString why;
    context.endpoint = EngineEndpoint::parse(host, &why);
    if (!context.endpoint) {
        context.error = ContextTr::tr("docker context '%1': %2")
                            .arg(context.name, host.isEmpty() ? ContextTr::tr("no docker endpoint") : why);
        return context;
    }
    const QString tls = configDir + QStringLiteral("/contexts/tls/") + dir + QStringLiteral("/docker/");
    if (context.endpoint->kind == EngineEndpoint::Kind::Tcp &&
        QFile::exists(tls + QStringLiteral("ca.pem"))) {
        context.endpoint->tls = true;
        context.endpoint->tlsVerify = !json::boolean(docker, "SkipTLSVerify");
        context.endpoint->caFile = tls + QStringLiteral("ca.pem");
        if (QFile::exists(tls + QStringLiteral("cert.pem")))
            context.endpoint->certFile = tls + QStringLiteral("cert.pem");
        if (QFile::exists(tls + QStringLiteral("key.pem")))
            context.endpoint->keyFile = tls + QStringLiteral("key.pem");
    }
    return context;
}

} // namespace bdm::engine
