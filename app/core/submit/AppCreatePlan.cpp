#include "submit/AppCreatePlan.h"

#include "submit/RemoteShell.h"

namespace bdm::submit {
namespace {

QString tag(const QString& name, const QString& value)
{
    return QStringLiteral("        <%1>%2</%1>\n").arg(name, value);
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QString projectDir(const AppSpec& spec)
{
    return RemoteShell::trimmedDirectory(spec.target.projectDir);
}

} // namespace

QString AppCreatePlan::placeholderScriptPath(const AppSpec& spec)
{
    return projectDir(spec) + QStringLiteral("/bdm_new_app_%1.sh").arg(spec.app);
}

QStringList AppCreatePlan::arguments(const AppSpec& spec)
{
    QStringList a{QStringLiteral("--appname"), spec.app, QStringLiteral("--new_app")};
    a << QStringLiteral("--bash_script_path") << placeholderScriptPath(spec);
    a << QStringLiteral("--plan_class_name") << spec.planClassName();
    if (!spec.newPlanClass)
        return a;
    const NewPlanClass& n = *spec.newPlanClass;
    a << QStringLiteral("--plan_class_new");
    if (n.compose == QLatin1String("v1"))
        a << QStringLiteral("--use_docker_compose");
    else if (n.compose == QLatin1String("v2"))
        a << QStringLiteral("--use_compose");
    if (!n.gpuType.isEmpty()) {
        a << QStringLiteral("--gpu_type") << n.gpuType;
        if (n.ngpus > 0)
            a << QStringLiteral("--ngpus") << number(n.ngpus);
        if (n.minGpuRamMb > 0)
            a << QStringLiteral("--min_gpu_ram_mb") << QString::number(n.minGpuRamMb);
        if (n.gpuRamUsedMb > 0)
            a << QStringLiteral("--gpu_ram_used_mb") << QString::number(n.gpuRamUsedMb);
        const auto orZero = [](const QString& s) {
            return s.isEmpty() ? QStringLiteral("0") : s;
        };
        if (!n.minDriverVersion.isEmpty() || !n.maxDriverVersion.isEmpty())
            a << QStringLiteral("--driver_versions")
              << orZero(n.minDriverVersion) + QLatin1Char(',') + orZero(n.maxDriverVersion);
        if (n.gpuType == QLatin1String("nvidia") &&
            (!n.minCudaVersion.isEmpty() || !n.maxCudaVersion.isEmpty()))
            a << QStringLiteral("--cuda_versions")
              << orZero(n.minCudaVersion) + QLatin1Char(',') + orZero(n.maxCudaVersion);
    }
    if (n.minNcpus > 0)
        a << QStringLiteral("--min_ncpus") << QString::number(n.minNcpus);
    if (n.maxThreads > 0)
        a << QStringLiteral("--max_threads") << QString::number(n.maxThreads);
    if (n.memUsageBaseMb > 0)
        a << QStringLiteral("--mem_usage_base_mb") << QString::number(n.memUsageBaseMb);
    if (n.memUsagePerCpuMb > 0)
        a << QStringLiteral("--mem_usage_per_cpu_mb") << QString::number(n.memUsagePerCpuMb);
    return a;
}

QString AppCreatePlan::commandLine(const AppSpec& spec)
{
    return RemoteShell::join(QStringList{QStringLiteral("bin/boinc2docker_create_work")} + arguments(spec));
}

QString AppCreatePlan::planClassXml(const NewPlanClass& n)
{
    if (n.name.isEmpty())
        return {};
    // The real script's layout, including its "<cal/>" without a line break.
    QString x = QStringLiteral("     <plan_class>\n") + tag(QStringLiteral("name"), n.name);
    if (n.gpuType == QLatin1String("nvidia"))
        x += QStringLiteral("        <cuda/>\n");
    else if (n.gpuType == QLatin1String("amd"))
        x += QStringLiteral("        <cal/>");
    if (!n.gpuType.isEmpty()) {
        x += tag(QStringLiteral("gpu_type"), n.gpuType);
        if (n.ngpus > 0)
            x += tag(QStringLiteral("ngpus"), number(n.ngpus));
        if (n.minGpuRamMb > 0)
            x += tag(QStringLiteral("min_gpu_ram_mb"), QString::number(n.minGpuRamMb));
        if (n.gpuRamUsedMb > 0)
            x += tag(QStringLiteral("gpu_ram_used_mb"), QString::number(n.gpuRamUsedMb));
        if (!n.minDriverVersion.isEmpty())
            x += tag(QStringLiteral("min_driver_version"), n.minDriverVersion);
        if (!n.maxDriverVersion.isEmpty())
            x += tag(QStringLiteral("max_driver_version"), n.maxDriverVersion);
        if (n.gpuType == QLatin1String("nvidia") && !n.minCudaVersion.isEmpty())
            x += tag(QStringLiteral("min_cuda_version"), n.minCudaVersion);
        if (n.gpuType == QLatin1String("nvidia") && !n.maxCudaVersion.isEmpty())
            x += tag(QStringLiteral("max_cuda_version"), n.maxCudaVersion);
    }
    if (n.minNcpus > 0)
        x += tag(QStringLiteral("min_ncpus"), QString::number(n.minNcpus));
    if (n.maxThreads > 0)
        x += tag(QStringLiteral("max_threads"), QString::number(n.maxThreads));
    if (n.memUsageBaseMb > 0)
        x += tag(QStringLiteral("mem_usage_base_mb"), QString::number(n.memUsageBaseMb));
    if (n.memUsagePerCpuMb > 0)
        x += tag(QStringLiteral("mem_usage_per_cpu_mb"), QString::number(n.memUsagePerCpuMb));
    x += QStringLiteral("        <docker/>\n");
    if (!n.compose.isEmpty())
        x += tag(QStringLiteral("docker_compose_version"), n.compose);
    return x + QStringLiteral("     </plan_class>\n");
}

QStringList AppCreatePlan::versionFiles(const AppSpec& spec)
{
    QStringList files;
    for (const QString& platform : spec.platforms)
        files << QStringLiteral("apps/%1/1.0.0/%2__%3/version.xml")
                     .arg(spec.app, platform, spec.planClassName());
    return files;
}

QString AppCreatePlan::checkScript(const AppSpec& spec)
{
    return QStringLiteral("cd %1 || exit %2\n"
                          "[ -x bin/boinc2docker_create_work ] || exit %2\n"
                          "[ -e %3 ] && exit %4\n"
                          "exit 0\n")
        // One pass: a '%' in the directory must not be taken for a placeholder.
        .arg(RemoteShell::quote(projectDir(spec)), QString::number(noToolExit),
             RemoteShell::quote(QStringLiteral("apps/") + spec.app), QString::number(appExistsExit));
}

QString AppCreatePlan::createScript(const AppSpec& spec)
{
    // Checked again right before the call: another admin may have been quicker.
    const QString script = RemoteShell::quote(placeholderScriptPath(spec));
    return checkScript(spec).chopped(QStringLiteral("exit 0\n").size()) +
           QStringLiteral("printf '#!/bin/sh\\nexit 0\\n' > %1 || exit %2\n"
                          "%3\n"
                          "rc=$?\n"
                          "rm -f %1\n"
                          "exit $rc\n")
               .arg(script)
               .arg(noToolExit)
               .arg(commandLine(spec));
}

QString AppCreatePlan::verifyScript(const AppSpec& spec)
{
    QString s = QStringLiteral("cd %1 || exit %2\n")
                    .arg(RemoteShell::quote(projectDir(spec)), QString::number(noToolExit));
    for (const QString& f : versionFiles(spec))
        s += QStringLiteral("[ -f %1 ] && printf '%s\\n' %1\n").arg(RemoteShell::quote(f));
    return s + QStringLiteral("exit 0\n");
}

} // namespace bdm::submit
