#pragma once

#include "submit/JobSpec.h"
#include "submit/JournalEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bdm::submit {

// One file to put in the remote staging directory: a local file, or generated content.
struct StagedUpload
{
    QString name;      // file name inside the staging directory
    QString localPath; // empty: `content` is uploaded
    QByteArray content;
    qint64 size = 0;
};

// Everything an SSH submission sends and runs, decided before anything leaves this computer
// so that a retry of the same journal entry sends the same names and the same command.
//
// Staging: <project_dir>/tmp_bdm/<entry key>/ on the server. Inside the project directory
// because stage_file then renames within one file system, and because a containerised
// server (docker exec) sees the project volume but not the SSH user's home directory.
struct SshSubmitPlan
{
    QString mode; // "boinc2docker" | "create_work"
    QString staging;
    QList<StagedUpload> files;
    QString command;        // shell text run in the project directory
    QStringList workunits;  // create_work: the names, known before submission
    QString resultTemplate; // create_work: templates/bdm_<key>_out (kept for the transitioner)

    // The job script comes from JobScriptGenerator; in create_work mode one script serves
    // every parameter row (it picks its row by workunit name).
    static std::optional<SshSubmitPlan> build(const JobSpec& spec, const JournalEntry& entry, QString* error);
    static QString stagingDir(const QString& projectDir, const QString& key);
};

} // namespace bdm::submit
