#include "submit/AppSpecFile.h"

#include "submit/SubmitTr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bdm::submit {
namespace {

using Keys = std::initializer_list<const char*>;

const Keys topKeys = {"app_spec_version", "app", "user_friendly_name", "platforms", "plan_class", "target"};
const Keys newKeys = {"name",           "compose",         "gpu_type",          "ngpus",
                      "min_gpu_ram_mb", "gpu_ram_used_mb", "driver_versions",   "cuda_versions",
                      "min_ncpus",      "max_threads",     "mem_usage_base_mb", "mem_usage_per_cpu_mb"};
const Keys targetKeys = {"transport",        "host",        "port",        "identity_file",
                         "known_hosts_file", "project_dir", "docker_exec", "docker_exec_user"};

// Collects errors with their JSON path, in the style of JobSpecFile.
struct Reader
{
    QStringList* errors;

    void error(const QString& path, const QString& what)
    {
        errors->append(path + QStringLiteral(": ") + what);
    }

    bool object(const QJsonValue& v, const QString& path, Keys keys)
    {
        if (!v.isObject()) {
            error(path, Submit::tr("must be an object"));
            return false;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char* k : keys)
                known = known || it.key() == QLatin1String(k);
            if (!known)
                error(path + QLatin1Char('.') + it.key(), Submit::tr("unknown key"));
        }
        return true;
    }

    void string(const QJsonObject& o, const char* key, const QString& path, QString& out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isString())
            return error(path + QLatin1Char('.') + QLatin1String(key), Submit::tr("must be a string"));
        out = v.toString();
    }

    template <typename T>
    void number(const QJsonObject& o, const char* key, const QString& path, T& out, double max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = path + QLatin1Char('.') + QLatin1String(key);
        if (v.isUndefined())
            return;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > max)
            return error(p, Submit::tr("must be a number from 0 to %1").arg(max));
        if constexpr (std::is_integral_v<T>) {
            if (d != static_cast<double>(static_cast<T>(d)))
                return error(p, Submit::tr("must be a whole number"));
        }
        out = static_cast<T>(d);
    }

    // [min, max] of version numbers: 0 or "" for "no limit", as boinc2docker's default "0,0".
    void range(const QJsonObject& o, const char* key, const QString& path, QString& min, QString& max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = path + QLatin1Char('.') + QLatin1String(key);
        if (v.isUndefined())
            return;
        static const QRegularExpression versionRe(QStringLiteral("^[0-9]{1,9}(\\.[0-9]{1,9}){0,3}$"));
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() != 2)
            return error(p, Submit::tr("must be [min, max]"));
        QString out[2];
        for (int i = 0; i < 2; ++i) {
            const QJsonValue x = a.at(i);
            const QString s = x.isDouble() ? QString::number(x.toDouble()) : x.toString();
            if (!(x.isDouble() || x.isString()) || !versionRe.match(s).hasMatch())
                return error(p + QStringLiteral("[%1]").arg(i),
                             Submit::tr("must be a version number such as 470 or 11.4"));
            out[i] = s == QLatin1String("0") ? QString() : s;
        }
        min = out[0];
        max = out[1];
    }
};

QString resolved(const QString& baseDir, const QString& path)
{
    if (path.isEmpty() || QFileInfo(path).isAbsolute())
        return path;
    return QDir(baseDir).absoluteFilePath(path);
}

} // namespace

bool AppSpecFile::isSafeName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_-]*$"));
    return name.size() <= maxNameLength && re.match(name).hasMatch();
}

std::optional<AppSpec> AppSpecFile::read(const QString& path, QStringList* errors, QStringList* warnings)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        errors->append(Submit::tr("%1: cannot read: %2").arg(path, f.errorString()));
        return std::nullopt;
    }
    return parse(f.readAll(), QFileInfo(path).absolutePath(), errors, warnings);
}

std::optional<AppSpec> AppSpecFile::parse(const QByteArray& json, const QString& baseDir, QStringList* errors,
                                          QStringList* warnings)
{
    QStringList local;
    QStringList* errs = errors ? errors : &local;
    const int before = errs->size();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        errs->append(Submit::tr("not JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset));
        return std::nullopt;
    }
    Reader r{errs};
    const QString root = QStringLiteral("$");
    if (!r.object(doc.object(), root, topKeys) || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    AppSpec spec;

    if (o.value(QStringLiteral("app_spec_version")).toInt(-1) != 1)
        r.error(QStringLiteral("$.app_spec_version"), Submit::tr("must be 1"));
    r.string(o, "app", root, spec.app);
    if (!isSafeName(spec.app))
        r.error(QStringLiteral("$.app"),
                Submit::tr("'%1' is not a name the server keeps as given: use 1 to %2 of A-Z a-z 0-9 _ -, "
                           "not starting with '-'")
                    .arg(spec.app)
                    .arg(maxNameLength));
    r.string(o, "user_friendly_name", root, spec.userFriendlyName);
    if (warnings && !spec.userFriendlyName.isEmpty() && spec.userFriendlyName != spec.app)
        warnings->append(Submit::tr("boinc2docker names the app '%1' for users too; user_friendly_name is "
                                    "not passed (change it in project.xml afterwards)")
                             .arg(spec.app));

    const QJsonValue platforms = o.value(QStringLiteral("platforms"));
    if (platforms.isUndefined()) {
        spec.platforms = AppSpec::allPlatforms();
    } else if (!platforms.isArray() || platforms.toArray().isEmpty()) {
        r.error(QStringLiteral("$.platforms"), Submit::tr("must be a non-empty list of platforms"));
    } else {
        const QJsonArray a = platforms.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString p = a.at(i).toString();
            if (!AppSpec::allPlatforms().contains(p) || spec.platforms.contains(p))
                r.error(QStringLiteral("$.platforms[%1]").arg(i),
                        Submit::tr("must be one of %1, each once")
                            .arg(AppSpec::allPlatforms().join(QStringLiteral(", "))));
            else
                spec.platforms.append(p);
        }
        if (warnings && spec.platforms.size() < 3)
            warnings->append(Submit::tr("boinc2docker creates versions for all three platforms; only the "
                                        "listed ones are verified"));
    }

    const QJsonValue pc = o.value(QStringLiteral("plan_class"));
    if (r.object(pc, QStringLiteral("$.plan_class"), {"existing", "new"})) {
        const QJsonObject p = pc.toObject();
        if (p.contains(QStringLiteral("existing")) == p.contains(QStringLiteral("new"))) {
            r.error(QStringLiteral("$.plan_class"),
                    Submit::tr("needs exactly one of \"existing\" or \"new\""));
        } else if (p.contains(QStringLiteral("existing"))) {
            r.string(p, "existing", QStringLiteral("$.plan_class"), spec.existingPlanClass);
            if (!isSafeName(spec.existingPlanClass))
                r.error(QStringLiteral("$.plan_class.existing"),
                        Submit::tr("'%1' is not a plan class name boinc2docker can use")
                            .arg(spec.existingPlanClass));
        } else {
            const QString path = QStringLiteral("$.plan_class.new");
            NewPlanClass n;
            if (r.object(p.value(QStringLiteral("new")), path, newKeys)) {
                const QJsonObject j = p.value(QStringLiteral("new")).toObject();
                r.string(j, "name", path, n.name);
                if (!isSafeName(n.name))
                    r.error(
                        path + QStringLiteral(".name"),
                        Submit::tr(
                            "'%1' is not a name the server keeps as given: use 1 to %2 of A-Z a-z 0-9 _ -, "
                            "not starting with '-'")
                            .arg(n.name)
                            .arg(maxNameLength));
                r.string(j, "compose", path, n.compose);
                if (!n.compose.isEmpty() && n.compose != QLatin1String("v1") &&
                    n.compose != QLatin1String("v2"))
                    r.error(path + QStringLiteral(".compose"), Submit::tr("must be \"v1\" or \"v2\""));
                r.string(j, "gpu_type", path, n.gpuType);
                if (!n.gpuType.isEmpty() && n.gpuType != QLatin1String("nvidia") &&
                    n.gpuType != QLatin1String("amd"))
                    r.error(path + QStringLiteral(".gpu_type"), Submit::tr("must be \"nvidia\" or \"amd\""));
                r.number(j, "ngpus", path, n.ngpus, 64);
                r.number(j, "min_gpu_ram_mb", path, n.minGpuRamMb, 1048576);
                r.number(j, "gpu_ram_used_mb", path, n.gpuRamUsedMb, 1048576);
                r.range(j, "driver_versions", path, n.minDriverVersion, n.maxDriverVersion);
                r.range(j, "cuda_versions", path, n.minCudaVersion, n.maxCudaVersion);
                r.number(j, "min_ncpus", path, n.minNcpus, 1024);
                r.number(j, "max_threads", path, n.maxThreads, 1024);
                r.number(j, "mem_usage_base_mb", path, n.memUsageBaseMb, 1048576);
                r.number(j, "mem_usage_per_cpu_mb", path, n.memUsagePerCpuMb, 1048576);
                const bool gpuOnly = n.ngpus > 0 || n.minGpuRamMb > 0 || n.gpuRamUsedMb > 0 ||
                                     !n.minDriverVersion.isEmpty() || !n.maxDriverVersion.isEmpty();
                if (n.gpuType.isEmpty() && gpuOnly)
                    r.error(path,
                            Submit::tr("GPU settings need gpu_type: boinc2docker ignores them without it"));
                if (n.gpuType != QLatin1String("nvidia") &&
                    (!n.minCudaVersion.isEmpty() || !n.maxCudaVersion.isEmpty()))
                    r.error(path + QStringLiteral(".cuda_versions"),
                            Submit::tr("only for gpu_type \"nvidia\": boinc2docker ignores it otherwise"));
                if (!n.gpuType.isEmpty() && n.ngpus <= 0)
                    r.error(path + QStringLiteral(".ngpus"),
                            Submit::tr("a GPU plan class needs ngpus above 0"));
            }
            spec.newPlanClass = n;
        }
    }

    const QString tpath = QStringLiteral("$.target");
    SubmitTarget& t = spec.target;
    t.transport = QStringLiteral("ssh");
    t.mode = QStringLiteral("boinc2docker");
    if (r.object(o.value(QStringLiteral("target")), tpath, targetKeys)) {
        const QJsonObject j = o.value(QStringLiteral("target")).toObject();
        r.string(j, "transport", tpath, t.transport);
        if (t.transport != QLatin1String("ssh"))
            r.error(tpath + QStringLiteral(".transport"), Submit::tr("apps are created over \"ssh\" only"));
        r.string(j, "host", tpath, t.host);
        if (t.host.isEmpty() || t.host.startsWith(QLatin1Char('-')))
            r.error(tpath + QStringLiteral(".host"), Submit::tr("must be \"user@host\" or \"host\""));
        r.number(j, "port", tpath, t.port, 65535);
        r.string(j, "identity_file", tpath, t.identityFile);
        r.string(j, "known_hosts_file", tpath, t.knownHostsFile);
        r.string(j, "project_dir", tpath, t.projectDir);
        if (!t.projectDir.startsWith(QLatin1Char('/')))
            r.error(tpath + QStringLiteral(".project_dir"),
                    Submit::tr("must be the project's absolute directory"));
        r.string(j, "docker_exec", tpath, t.dockerExec);
        r.string(j, "docker_exec_user", tpath, t.dockerExecUser);
    }
    t.identityFile = resolved(baseDir, t.identityFile);
    t.knownHostsFile = resolved(baseDir, t.knownHostsFile);

    if (errs->size() > before)
        return std::nullopt;
    return spec;
}

} // namespace bdm::submit
