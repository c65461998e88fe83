#pragma once

#include "submit/JobSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bdm::submit {

// One job of a create_work --stdin batch: its workunit name and the physical names of its
// staged input files, in input-template order (inputs, layers, job script last).
struct CreateWorkJob
{
    QString wuName;
    QStringList physicalNames;
};

// The create_work mode in one SSH session (submission-paths.md §2.3): `bin/stage_file --copy`
// for every uploaded file, the result template copied under templates/ (the transitioner
// reads it later, relative to the project), and one `bin/create_work … --stdin` whose
// standard input has a line per job. Workunit names are fixed before anything is sent.
class CreateWorkCommand
{
public:
    // `<entryKey>_<row>` per parameter row, or `<entryKey>` for a single job.
    static QStringList workunitNames(const JobSpec& spec, const QString& entryKey);

    // create_work's options: appname, templates, and the replication, priority and bounds
    // that differ from its defaults.
    static QStringList createWorkArguments(const JobSpec& spec, const QString& wuTemplate,
                                           const QString& resultTemplate);
    static QString stdinText(const QList<CreateWorkJob>& jobs);

    // A shell script (for RemoteShell::wrap, or `sh -s` with it on stdin) that stages `stagedNames` from
    // `stagingDir`, installs `stagingDir/<outputTemplateName>` as templates/<resultTemplateName>,
    // and creates the jobs; it stops at the first failure with that program's exit status.
    static QString script(const JobSpec& spec, const QString& stagingDir, const QStringList& stagedNames,
                          const QString& inputTemplateName, const QString& outputTemplateName,
                          const QString& resultTemplateName, const QList<CreateWorkJob>& jobs);
};

} // namespace bdm::submit
