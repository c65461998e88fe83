#include "submit/JobSpecFile.h"

#include "submit/SubmitTr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace bdm::submit {
namespace {

using Json = nlohmann::ordered_json;
using Keys = std::initializer_list<const char*>;

// The accepted keys of each object, in the order toJson() writes them.
const Keys topKeys = {"spec_version", "name",         "app",        "image",     "image_delivery",
                      "command",      "script",       "network",    "inputs",    "outputs",
                      "gpu",          "compose_file", "plan_class", "resources", "replication",
                      "windows_bat",  "parameters",   "target"};
const Keys gpuKeys = {"vendor",          "count", "use_cdi", "min_gpu_ram_mb", "min_driver_version",
                      "min_cuda_version"};
const Keys resourceKeys = {"fpops_est",     "fpops_bound", "memory_bytes", "disk_bytes",
                           "delay_bound_s", "min_ncpus",   "max_threads"};
const Keys replicationKeys = {"min_quorum",        "target_nresults",     "max_error_results",
                              "max_total_results", "max_success_results", "priority"};
const Keys parameterKeys = {"names", "rows"};
const Keys targetKeys = {"transport",
                         "mode",
                         "host",
                         "port",
                         "identity_file",
                         "known_hosts_file",
                         "project_dir",
                         "docker_exec",
                         "docker_exec_user",
                         "project_url",
                         "authenticator_file",
                         "email"};

QString q(const char* s)
{
    return QString::fromUtf8(s);
}

QString child(const QString& path, const char* key)
{
    return path.isEmpty() ? q(key) : path + QLatin1Char('.') + q(key);
}

QString position(const QByteArray& text, std::size_t byte)
{
    const qsizetype offset = std::clamp<qsizetype>(static_cast<qsizetype>(byte) - 1, 0, text.size());
    const QByteArray before = text.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return Submit::tr("line %1, column %2").arg(line).arg(column);
}

QString resolved(const QString& baseDir, const QString& path)
{
    if (path.isEmpty())
        return path;
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::cleanPath(QDir::homePath() + path.mid(1));
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}

QString relative(const QString& baseDir, const QString& path)
{
    if (path.isEmpty() || baseDir.isEmpty() || QFileInfo(path).isRelative())
        return path;
    const QString rel = QDir(baseDir).relativeFilePath(path);
    return rel.startsWith(QLatin1String("..")) ? path : rel;
}

// Reads one object after another; the first error wins and names its JSON path.
class Reader
{
public:
    QString error;

    bool fail(const QString& path, const QString& why)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }

    bool object(const Json& j, const QString& path, Keys keys)
    {
        if (!j.is_object())
            return fail(path.isEmpty() ? Submit::tr("spec") : path, Submit::tr("expected an object"));
        for (auto it = j.begin(); it != j.end(); ++it) {
            bool known = false;
            for (const char* k : keys)
                known = known || it.key() == k;
            if (!known)
                return fail(child(path, it.key().c_str()), Submit::tr("unknown key (check the spelling)"));
        }
        return true;
    }

    void string(const Json& o, const char* key, const QString& path, QString& out)
    {
        if (!o.contains(key) || o[key].is_null())
            return;
        if (!o[key].is_string()) {
            fail(child(path, key), Submit::tr("expected a string"));
            return;
        }
        out = QString::fromStdString(o[key].get<std::string>());
    }

    void integer(const Json& o, const char* key, const QString& path, int& out)
    {
        if (!o.contains(key) || o[key].is_null())
            return;
        const Json& v = o[key];
        const bool integral =
            v.is_number_integer() || (v.is_number_float() && std::isfinite(v.get<double>()) &&
                                      std::floor(v.get<double>()) == v.get<double>());
        if (!integral) {
            fail(child(path, key), Submit::tr("expected an integer"));
            return;
        }
        const double d = v.get<double>();
        if (d < std::numeric_limits<int>::min() || d > std::numeric_limits<int>::max()) {
            fail(child(path, key), Submit::tr("the number is too large"));
            return;
        }
        out = static_cast<int>(d);
    }

    void number(const Json& o, const char* key, const QString& path, double& out)
    {
        if (!o.contains(key) || o[key].is_null())
            return;
        if (!o[key].is_number()) {
            fail(child(path, key), Submit::tr("expected a number"));
            return;
        }
        out = o[key].get<double>();
    }

    void boolean(const Json& o, const char* key, const QString& path, bool& out)
    {
        if (!o.contains(key) || o[key].is_null())
            return;
        if (!o[key].is_boolean()) {
            fail(child(path, key), Submit::tr("expected true or false"));
            return;
        }
        out = o[key].get<bool>();
    }

    bool stringList(const Json& v, const QString& path, QStringList& out)
    {
        if (!v.is_array())
            return fail(path, Submit::tr("expected a list of strings"));
        out.clear();
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (!v[i].is_string())
                return fail(QStringLiteral("%1[%2]").arg(path).arg(i), Submit::tr("expected a string"));
            out << QString::fromStdString(v[i].get<std::string>());
        }
        return true;
    }

    void stringList(const Json& o, const char* key, const QString& path, QStringList& out)
    {
        if (o.contains(key) && !o[key].is_null())
            stringList(o[key], child(path, key), out);
    }
};

void readGpu(Reader& r, const Json& j, GpuRequest& gpu)
{
    const QString path = QStringLiteral("gpu");
    if (!r.object(j, path, gpuKeys))
        return;
    r.string(j, "vendor", path, gpu.vendor);
    r.integer(j, "count", path, gpu.count);
    r.boolean(j, "use_cdi", path, gpu.useCdi);
    r.integer(j, "min_gpu_ram_mb", path, gpu.minGpuRamMb);
    r.string(j, "min_driver_version", path, gpu.minDriverVersion);
    r.string(j, "min_cuda_version", path, gpu.minCudaVersion);
}

void readResources(Reader& r, const Json& j, JobResources& res)
{
    const QString path = QStringLiteral("resources");
    if (!r.object(j, path, resourceKeys))
        return;
    r.number(j, "fpops_est", path, res.fpopsEst);
    r.number(j, "fpops_bound", path, res.fpopsBound);
    r.number(j, "memory_bytes", path, res.memoryBytes);
    r.number(j, "disk_bytes", path, res.diskBytes);
    r.number(j, "delay_bound_s", path, res.delayBoundS);
    r.integer(j, "min_ncpus", path, res.minNcpus);
    r.integer(j, "max_threads", path, res.maxThreads);
}

void readReplication(Reader& r, const Json& j, Replication& rep)
{
    const QString path = QStringLiteral("replication");
    if (!r.object(j, path, replicationKeys))
        return;
    r.integer(j, "min_quorum", path, rep.minQuorum);
    r.integer(j, "target_nresults", path, rep.targetNresults);
    r.integer(j, "max_error_results", path, rep.maxErrorResults);
    r.integer(j, "max_total_results", path, rep.maxTotalResults);
    r.integer(j, "max_success_results", path, rep.maxSuccessResults);
    r.integer(j, "priority", path, rep.priority);
}

void readParameters(Reader& r, const Json& j, JobSpec& spec)
{
    const QString path = QStringLiteral("parameters");
    if (!r.object(j, path, parameterKeys))
        return;
    r.stringList(j, "names", path, spec.parameterNames);
    if (!j.contains("rows") || j["rows"].is_null())
        return;
    const Json& rows = j["rows"];
    if (!rows.is_array()) {
        r.fail(QStringLiteral("parameters.rows"), Submit::tr("expected a list of rows (lists of strings)"));
        return;
    }
    for (std::size_t i = 0; i < rows.size() && r.error.isEmpty(); ++i) {
        QStringList row;
        if (r.stringList(rows[i], QStringLiteral("parameters.rows[%1]").arg(i), row))
            spec.parameterRows << row;
    }
}

void readTarget(Reader& r, const Json& j, SubmitTarget& t)
{
    const QString path = QStringLiteral("target");
    if (!r.object(j, path, targetKeys))
        return;
    r.string(j, "transport", path, t.transport);
    r.string(j, "mode", path, t.mode);
    r.string(j, "host", path, t.host);
    r.integer(j, "port", path, t.port);
    r.string(j, "identity_file", path, t.identityFile);
    r.string(j, "known_hosts_file", path, t.knownHostsFile);
    r.string(j, "project_dir", path, t.projectDir);
    r.string(j, "docker_exec", path, t.dockerExec);
    r.string(j, "docker_exec_user", path, t.dockerExecUser);
    r.string(j, "project_url", path, t.projectUrl);
    r.string(j, "authenticator_file", path, t.authenticatorFile);
    r.string(j, "email", path, t.email);
}

std::string u8(const QString& s)
{
    return s.toStdString();
}

Json list(const QStringList& l)
{
    Json a = Json::array();
    for (const QString& s : l)
        a.push_back(u8(s));
    return a;
}

template <typename T> void put(Json& o, const char* key, const T& value, const T& defaultValue)
{
    if (value != defaultValue)
        o[key] = value;
}

void putString(Json& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o[key] = u8(value);
}

} // namespace

std::optional<JobSpec> JobSpecFile::parse(const QByteArray& json, const QString& baseDir, QString* error)
{
    Json doc;
    try {
        doc = Json::parse(json.begin(), json.end());
    } catch (const nlohmann::json::parse_error& e) {
        if (error)
            *error = Submit::tr("not valid JSON at %1 (%2)")
                         .arg(position(json, e.byte),
                              QString::fromUtf8(e.what()).section(QLatin1String(": "), -1));
        return std::nullopt;
    } catch (const nlohmann::json::exception& e) {
        // out_of_range: a number too large for a double ("1e400").
        if (error)
            *error = Submit::tr("not valid JSON: %1")
                         .arg(QString::fromUtf8(e.what()).section(QLatin1String(": "), -1));
        return std::nullopt;
    }

    Reader r;
    JobSpec spec;
    spec.baseDir = baseDir;
    if (r.object(doc, QString(), topKeys)) {
        const QString top;
        if (!doc.contains("spec_version"))
            r.fail(QStringLiteral("spec_version"),
                   Submit::tr("missing (this program writes %1)").arg(JobSpec::currentVersion));
        r.integer(doc, "spec_version", top, spec.specVersion);
        if (r.error.isEmpty() && spec.specVersion != JobSpec::currentVersion)
            r.fail(QStringLiteral("spec_version"),
                   Submit::tr("version %1 is not supported (this program reads %2)")
                       .arg(spec.specVersion)
                       .arg(JobSpec::currentVersion));
        r.string(doc, "name", top, spec.name);
        r.string(doc, "app", top, spec.app);
        r.string(doc, "image", top, spec.image);
        r.string(doc, "image_delivery", top, spec.imageDelivery);
        r.stringList(doc, "command", top, spec.command);
        r.string(doc, "script", top, spec.script);
        r.string(doc, "network", top, spec.network);
        r.stringList(doc, "inputs", top, spec.inputs);
        r.stringList(doc, "outputs", top, spec.outputs);
        if (doc.contains("gpu") && !doc["gpu"].is_null()) {
            spec.gpu = GpuRequest{};
            readGpu(r, doc["gpu"], *spec.gpu);
        }
        r.string(doc, "compose_file", top, spec.composeFile);
        r.string(doc, "plan_class", top, spec.planClass);
        if (doc.contains("resources"))
            readResources(r, doc["resources"], spec.resources);
        if (doc.contains("replication"))
            readReplication(r, doc["replication"], spec.replication);
        r.boolean(doc, "windows_bat", top, spec.windowsBat);
        if (doc.contains("parameters"))
            readParameters(r, doc["parameters"], spec);
        if (doc.contains("target"))
            readTarget(r, doc["target"], spec.target);
    }
    if (!r.error.isEmpty()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }

    for (QString& input : spec.inputs)
        input = resolved(baseDir, input);
    spec.script = resolved(baseDir, spec.script);
    spec.composeFile = resolved(baseDir, spec.composeFile);
    spec.target.identityFile = resolved(baseDir, spec.target.identityFile);
    spec.target.knownHostsFile = resolved(baseDir, spec.target.knownHostsFile);
    spec.target.authenticatorFile = resolved(baseDir, spec.target.authenticatorFile);
    return spec;
}

std::optional<JobSpec> JobSpecFile::read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Submit::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    auto spec = parse(file.readAll(), QFileInfo(path).absolutePath(), &why);
    if (!spec && error)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return spec;
}

QByteArray JobSpecFile::toJson(const JobSpec& spec, const QString& baseDir)
{
    const JobSpec d;
    Json o;
    o["spec_version"] = spec.specVersion;
    putString(o, "name", spec.name);
    putString(o, "app", spec.app);
    putString(o, "image", spec.image);
    put(o, "image_delivery", u8(spec.imageDelivery), u8(d.imageDelivery));
    if (!spec.command.isEmpty())
        o["command"] = list(spec.command);
    putString(o, "script", relative(baseDir, spec.script));
    o["network"] = u8(spec.network);
    QStringList inputs;
    for (const QString& input : spec.inputs)
        inputs << relative(baseDir, input);
    o["inputs"] = list(inputs);
    o["outputs"] = list(spec.outputs);
    if (spec.gpu) {
        const GpuRequest& g = *spec.gpu;
        Json gpu;
        gpu["vendor"] = u8(g.vendor);
        gpu["count"] = g.count;
        put(gpu, "use_cdi", g.useCdi, false);
        put(gpu, "min_gpu_ram_mb", g.minGpuRamMb, 0);
        putString(gpu, "min_driver_version", g.minDriverVersion);
        putString(gpu, "min_cuda_version", g.minCudaVersion);
        o["gpu"] = gpu;
    }
    putString(o, "compose_file", relative(baseDir, spec.composeFile));
    putString(o, "plan_class", spec.planClass);

    Json res = Json::object();
    put(res, "fpops_est", spec.resources.fpopsEst, 0.0);
    put(res, "fpops_bound", spec.resources.fpopsBound, 0.0);
    put(res, "memory_bytes", spec.resources.memoryBytes, 0.0);
    put(res, "disk_bytes", spec.resources.diskBytes, 0.0);
    put(res, "delay_bound_s", spec.resources.delayBoundS, 0.0);
    put(res, "min_ncpus", spec.resources.minNcpus, 0);
    put(res, "max_threads", spec.resources.maxThreads, 0);
    if (!res.empty())
        o["resources"] = res;

    Json rep = Json::object();
    put(rep, "min_quorum", spec.replication.minQuorum, d.replication.minQuorum);
    put(rep, "target_nresults", spec.replication.targetNresults, d.replication.targetNresults);
    put(rep, "max_error_results", spec.replication.maxErrorResults, 0);
    put(rep, "max_total_results", spec.replication.maxTotalResults, 0);
    put(rep, "max_success_results", spec.replication.maxSuccessResults, 0);
    put(rep, "priority", spec.replication.priority, 0);
    if (!rep.empty())
        o["replication"] = rep;

    put(o, "windows_bat", spec.windowsBat, false);
    if (!spec.parameterNames.isEmpty() || !spec.parameterRows.isEmpty()) {
        Json rows = Json::array();
        for (const QStringList& row : spec.parameterRows)
            rows.push_back(list(row));
        o["parameters"] = Json{{"names", list(spec.parameterNames)}, {"rows", rows}};
    }

    const SubmitTarget& t = spec.target;
    Json target = Json::object();
    putString(target, "transport", t.transport);
    putString(target, "mode", t.mode);
    putString(target, "host", t.host);
    if (t.transport == QLatin1String("ssh") || t.port != d.target.port)
        target["port"] = t.port;
    putString(target, "identity_file", relative(baseDir, t.identityFile));
    putString(target, "known_hosts_file", relative(baseDir, t.knownHostsFile));
    putString(target, "project_dir", t.projectDir);
    putString(target, "docker_exec", t.dockerExec);
    putString(target, "docker_exec_user", t.dockerExecUser);
    putString(target, "project_url", t.projectUrl);
    putString(target, "authenticator_file", relative(baseDir, t.authenticatorFile));
    putString(target, "email", t.email);
    if (!target.empty())
        o["target"] = target;

    return QByteArray::fromStdString(o.dump(2)) + '\n';
}

bool JobSpecFile::write(const JobSpec& spec, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Submit::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toJson(spec, QFileInfo(path).absolutePath()));
    if (!file.commit()) {
        if (error)
            *error = Submit::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QStringList JobSpecFile::acceptedKeys()
{
    QStringList keys;
    const auto add = [&keys](const char* prefix, Keys list) {
        for (const char* k : list)
            keys << (prefix ? q(prefix) + QLatin1Char('.') + q(k) : q(k));
    };
    add(nullptr, topKeys);
    add("gpu", gpuKeys);
    add("resources", resourceKeys);
    add("replication", replicationKeys);
    add("parameters", parameterKeys);
    add("target", targetKeys);
    return keys;
}

} // namespace bdm::submit
