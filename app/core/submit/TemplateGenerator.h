#pragma once

#include "submit/JobSpec.h"

#include <QString>
#include <QStringList>

namespace bdm::submit {

// create_work's input and output templates for a spec (submission-paths.md §2.3).
class TemplateGenerator
{
public:
    // One <file_info> per input file (the spec's inputs, script and compose file, then
    // `layerFiles`, sticky so hosts keep them across jobs, then the job script), and a
    // <workunit> whose <file_ref>s give each its original name as <open_name> (the job script:
    // boinc_docker) with <copy_file/>, plus the resource and replication fields that are set.
    static QString inputTemplate(const JobSpec& spec, const QStringList& layerFiles = {});
    // One <file_info> per output (<OUTFILE_n/>, <UPLOAD_URL/>) and a <result> whose
    // <file_ref>s give the output's name as <open_name>. Outputs are required unless
    // `optionalOutputs` (a missing output then does not fail the result).
    static QString outputTemplate(const JobSpec& spec, bool optionalOutputs = false);

    static constexpr qint64 maxOutputBytes = 134217728; // as boinc2docker: 128 MiB
};

} // namespace bdm::submit
