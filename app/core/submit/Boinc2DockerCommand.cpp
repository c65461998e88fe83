#include "submit/Boinc2DockerCommand.h"

#include "submit/RemoteShell.h"
#include "submit/ShellQuote.h"
#include "submit/SubmitTr.h"

#include <QRegularExpression>

namespace bdm::submit {

std::optional<QStringList> Boinc2DockerCommand::arguments(const JobSpec& spec, const QString& scriptPath,
                                                          const QStringList& inputPaths, QString* error)
{
    const auto refuse = [error](const QString& why) -> std::optional<QStringList> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto listItem = [](const QString& s) {
        return !s.isEmpty() && !s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('\n')) &&
               !s.startsWith(QLatin1Char('-'));
    };
    if (!scriptPath.startsWith(QLatin1Char('/')))
        return refuse(Submit::tr("the staged job script needs an absolute server path: %1").arg(scriptPath));
    for (const QString& path : inputPaths) {
        if (!path.startsWith(QLatin1Char('/')) || !listItem(path))
            return refuse(
                Submit::tr("input_files: '%1' is not an absolute server path without commas").arg(path));
    }
    for (const QString& name : spec.outputs) {
        if (!listItem(name))
            return refuse(
                Submit::tr("outputs: '%1' cannot go into boinc2docker's comma-separated list").arg(name));
    }

    QStringList a{QStringLiteral("--appname"), spec.app};
    if (spec.imageDelivery == QLatin1String("layers")) {
        if (!listItem(spec.image))
            return refuse(
                Submit::tr("image: '%1' cannot go into boinc2docker's --image list").arg(spec.image));
        a << QStringLiteral("--image") << spec.image;
    }
    if (!inputPaths.isEmpty())
        a << QStringLiteral("--input_files") << inputPaths.join(QLatin1Char(','));
    if (!spec.outputs.isEmpty())
        a << QStringLiteral("--output_files_names") << spec.outputs.join(QLatin1Char(','));
    a << QStringLiteral("--bash_script_path") << scriptPath;
    if (!spec.planClass.isEmpty())
        a << QStringLiteral("--plan_class_name") << spec.planClass;
    if (spec.gpu) {
        a << QStringLiteral("--gpu_type") << spec.gpu->vendor << QStringLiteral("--ngpus")
          << QString::number(spec.gpu->count);
        if (spec.gpu->minGpuRamMb > 0)
            a << QStringLiteral("--min_gpu_ram_mb") << QString::number(spec.gpu->minGpuRamMb);
        // min,max with 0 for "no limit", as boinc2docker's defaults.
        if (!spec.gpu->minDriverVersion.isEmpty())
            a << QStringLiteral("--driver_versions") << spec.gpu->minDriverVersion + QStringLiteral(",0");
        if (!spec.gpu->minCudaVersion.isEmpty())
            a << QStringLiteral("--cuda_versions") << spec.gpu->minCudaVersion + QStringLiteral(",0");
    }
    if (spec.resources.minNcpus > 0)
        a << QStringLiteral("--min_ncpus") << QString::number(spec.resources.minNcpus);
    if (spec.resources.maxThreads > 0)
        a << QStringLiteral("--max_threads") << QString::number(spec.resources.maxThreads);
    if (!spec.composeFile.isEmpty())
        a << QStringLiteral("--use_compose");
    return a;
}

QString Boinc2DockerCommand::parseWorkunitId(const QString& standardOutput)
{
    static const QRegularExpression re(QStringLiteral("^Your workunit ID is: ([a-z0-9]+)\\s*$"),
                                       QRegularExpression::MultilineOption);
    const auto m = re.match(standardOutput);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace bdm::submit
