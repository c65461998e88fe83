#include "submit/GeneratedFiles.h"

#include "submit/JobInputs.h"
#include "submit/JobScriptGenerator.h"
#include "submit/JobTomlGenerator.h"
#include "submit/JournalEntry.h"
#include "submit/RemoteShell.h"
#include "submit/ShellQuote.h"
#include "submit/SshSubmitPlan.h"
#include "submit/TemplateGenerator.h"

#include <QFileInfo>

namespace bdm::submit {

QList<GeneratedFile> GeneratedFiles::forSpec(const JobSpec& spec, const GenerationContext& context)
{
    QList<GeneratedFile> files;
    const QString scriptName = JobInputs::jobScriptOpenName();
    if (spec.target.transport == QLatin1String("ssh")) {
        // The plan the SSH backend will carry out, so the review shows exactly what is sent.
        JournalEntry entry;
        entry.key = context.entryKey;
        QString error;
        const std::optional<SshSubmitPlan> plan = SshSubmitPlan::build(spec, entry, &error);
        if (!plan) {
            files.append(
                {QStringLiteral("submit.sh"), QStringLiteral("# cannot be generated: ") + error, false});
        } else {
            for (const StagedUpload& u : plan->files) {
                if (u.localPath.isEmpty())
                    files.append(
                        {u.name, QString::fromUtf8(u.content), u.name.contains(QLatin1String("_job"))});
            }
            const QString inProject = QStringLiteral("cd ") + ShellQuote::posix(spec.target.projectDir) +
                                      QStringLiteral(" && ") + plan->command;
            files.append({QStringLiteral("submit.sh"),
                          RemoteShell::wrap(inProject, spec.target.dockerExec, spec.target.dockerExecUser) +
                              QLatin1Char('\n'),
                          false});
        }
    } else {
        // Remote submission: one job script per parameter row (uploaded by content digest).
        JobScriptOptions options;
        options.loadLayers = spec.imageDelivery == QLatin1String("layers");
        options.row = spec.parameterRows.isEmpty() ? -1 : 0;
        files.append({scriptName, JobScriptGenerator::generate(spec, options), true});
        files.append({QStringLiteral("input_template.xml"),
                      TemplateGenerator::inputTemplate(spec, context.layerFiles), false});
        files.append({QStringLiteral("output_template.xml"), TemplateGenerator::outputTemplate(spec), false});
        files.append({QStringLiteral("job.toml"), JobTomlGenerator::generate(spec), false});
    }
    if (spec.windowsBat) {
        QString why;
        const auto bat = JobScriptGenerator::windowsLauncher(scriptName, &why);
        files.append({scriptName + QStringLiteral(".bat"), bat ? *bat : QStringLiteral("rem ") + why, false});
    }
    return files;
}

} // namespace bdm::submit
