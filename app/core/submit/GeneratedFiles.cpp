#include "submit/GeneratedFiles.h"

#include "submit/Boinc2DockerCommand.h"
#include "submit/CreateWorkCommand.h"
#include "submit/JobInputs.h"
#include "submit/JobScriptGenerator.h"
#include "submit/JobTomlGenerator.h"
#include "submit/PhysicalName.h"
#include "submit/TemplateGenerator.h"

#include <QFileInfo>

namespace bdm::submit {

QString GeneratedFiles::physicalName(const GenerationContext& context, const QString& path)
{
    const QString known = context.physicalNames.value(path);
    return known.isEmpty()
               ? PhysicalName::forDigest(QFileInfo(path).fileName(), QByteArrayLiteral("xxxxxxxx"))
               : known;
}

QList<GeneratedFile> GeneratedFiles::forSpec(const JobSpec& spec, const GenerationContext& context)
{
    QList<GeneratedFile> files;
    const QString scriptName = JobInputs::jobScriptOpenName();
    const QString mode = spec.target.mode;
    const QString dir = context.stagingDir.endsWith(QLatin1Char('/')) ? context.stagingDir
                                                                      : context.stagingDir + QLatin1Char('/');
    QStringList staged;
    for (const QString& path : JobInputs::paths(spec))
        staged << physicalName(context, path);

    if (mode == QLatin1String("boinc2docker")) {
        JobScriptOptions options;
        const QStringList paths = JobInputs::paths(spec);
        for (qsizetype i = 0; i < paths.size(); ++i)
            options.renames.append({staged[i], QFileInfo(paths[i]).fileName()});
        const QString script = JobScriptGenerator::generate(spec, options);
        files.append({scriptName, script, true});
        QStringList inputPaths;
        for (const QString& name : staged)
            inputPaths << dir + name;
        QString error;
        const QString scriptPath = dir + PhysicalName::forContent(scriptName, script.toUtf8());
        const auto command = Boinc2DockerCommand::remoteCommand(spec, scriptPath, inputPaths, &error);
        files.append({QStringLiteral("submit.sh"),
                      command ? *command + QLatin1Char('\n')
                              : QStringLiteral("# cannot be generated: ") + error + QLatin1Char('\n'),
                      false});
    } else {
        const bool layers = spec.imageDelivery == QLatin1String("layers");
        const qsizetype jobs = std::max<qsizetype>(1, spec.parameterRows.size());
        const QStringList names = CreateWorkCommand::workunitNames(spec, context.entryKey);
        QList<CreateWorkJob> createJobs;
        QStringList scriptNames;
        for (qsizetype row = 0; row < jobs; ++row) {
            JobScriptOptions options;
            options.loadLayers = layers;
            options.row = spec.parameterRows.isEmpty() ? -1 : int(row);
            const QString script = JobScriptGenerator::generate(spec, options);
            if (row == 0)
                files.append({scriptName, script, true});
            const QString physical = PhysicalName::forContent(scriptName, script.toUtf8());
            if (!scriptNames.contains(physical))
                scriptNames << physical;
            createJobs.append({names.value(row), staged + context.layerFiles + QStringList{physical}});
        }
        files.append({QStringLiteral("input_template.xml"),
                      TemplateGenerator::inputTemplate(spec, context.layerFiles), false});
        files.append({QStringLiteral("output_template.xml"), TemplateGenerator::outputTemplate(spec), false});
        if (mode == QLatin1String("create_work")) {
            const QString text = CreateWorkCommand::script(
                spec, context.stagingDir, staged + context.layerFiles + scriptNames,
                QStringLiteral("input_template.xml"), QStringLiteral("output_template.xml"),
                context.entryKey + QStringLiteral("_out"), createJobs);
            files.append({QStringLiteral("create_work.sh"), text, false});
        } else {
            files.append({QStringLiteral("job.toml"), JobTomlGenerator::generate(spec), false});
        }
    }
    if (spec.windowsBat) {
        QString why;
        const auto bat = JobScriptGenerator::windowsLauncher(scriptName, &why);
        files.append({scriptName + QStringLiteral(".bat"), bat ? *bat : QStringLiteral("rem ") + why, false});
    }
    return files;
}

} // namespace bdm::submit
