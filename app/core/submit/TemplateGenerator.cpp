#include "submit/TemplateGenerator.h"

#include "submit/JobInputs.h"

namespace bdm::submit {
namespace {

QString element(const char* tag, const QString& text)
{
    const QString t = QString::fromUtf8(tag);
    return QLatin1Char('<') + t + QLatin1Char('>') + text.toHtmlEscaped() + QStringLiteral("</") + t +
           QLatin1Char('>');
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

QString TemplateGenerator::inputTemplate(const JobSpec& spec, const QStringList& layerFiles)
{
    QStringList names = JobInputs::openNames(spec);
    const qsizetype firstLayer = names.size();
    names << layerFiles;
    names << JobInputs::jobScriptOpenName();

    QString x = QStringLiteral("<input_template>\n");
    for (qsizetype i = 0; i < names.size(); ++i) {
        const bool layer = i >= firstLayer && i < firstLayer + layerFiles.size();
        x += QStringLiteral("    <file_info>\n        ") + element("number", QString::number(i)) +
             QLatin1Char('\n');
        if (layer)
            x += QStringLiteral("        <sticky/>\n        <no_delete/>\n");
        x += QStringLiteral("    </file_info>\n");
    }
    x += QStringLiteral("    <workunit>\n");
    for (qsizetype i = 0; i < names.size(); ++i) {
        x += QStringLiteral("        <file_ref>\n            ") + element("file_number", QString::number(i)) +
             QStringLiteral("\n            ") + element("open_name", names[i]) +
             QStringLiteral("\n            <copy_file/>\n        </file_ref>\n");
    }
    const auto field = [&x](const char* tag, double value, double unset) {
        if (value != unset)
            x += QStringLiteral("        ") + element(tag, number(value)) + QLatin1Char('\n');
    };
    field("rsc_fpops_est", spec.resources.fpopsEst, 0);
    field("rsc_fpops_bound", spec.resources.fpopsBound, 0);
    field("rsc_memory_bound", spec.resources.memoryBytes, 0);
    field("rsc_disk_bound", spec.resources.diskBytes, 0);
    field("delay_bound", spec.resources.delayBoundS, 0);
    // Always written: values in the template take precedence over create_work's options.
    field("min_quorum", spec.replication.minQuorum, -1);
    field("target_nresults", spec.replication.targetNresults, -1);
    field("max_error_results", spec.replication.maxErrorResults, 0);
    field("max_total_results", spec.replication.maxTotalResults, 0);
    field("max_success_results", spec.replication.maxSuccessResults, 0);
    x += QStringLiteral("    </workunit>\n</input_template>\n");
    return x;
}

QString TemplateGenerator::outputTemplate(const JobSpec& spec, bool optionalOutputs)
{
    QString x = QStringLiteral("<output_template>\n");
    for (qsizetype i = 0; i < spec.outputs.size(); ++i) {
        x += QStringLiteral("    <file_info>\n        <name><OUTFILE_%1/></name>\n"
                            "        <generated_locally/>\n        <upload_when_present/>\n"
                            "        <max_nbytes>%2</max_nbytes>\n        <url><UPLOAD_URL/></url>\n"
                            "    </file_info>\n")
                 .arg(i)
                 .arg(maxOutputBytes);
    }
    x += QStringLiteral("    <result>\n");
    for (qsizetype i = 0; i < spec.outputs.size(); ++i) {
        x += QStringLiteral("        <file_ref>\n            <file_name><OUTFILE_%1/></file_name>\n").arg(i) +
             QStringLiteral("            ") + element("open_name", spec.outputs[i]) +
             QStringLiteral("\n            <copy_file/>\n");
        if (optionalOutputs)
            x += QStringLiteral("            <optional/>\n");
        x += QStringLiteral("        </file_ref>\n");
    }
    x += QStringLiteral("    </result>\n</output_template>\n");
    return x;
}

} // namespace bdm::submit
