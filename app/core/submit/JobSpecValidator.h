#pragma once

#include "submit/JobSpec.h"

#include <QList>
#include <QString>

namespace bdm::submit {

// One thing wrong with a spec, named by its JSON path ("inputs[2]", "target.host").
// Warnings are fields the chosen mode cannot honour (they are ignored, not unsafe).
struct SpecProblem
{
    QString field;
    QString message;
    bool warning = false;

    QString text() const { return field + QStringLiteral(": ") + message; }
};

// Everything that could not be made safe in a generated file or a remote command is an
// error here, before anything is generated: names outside [A-Za-z0-9_.-], newlines and NULs
// anywhere, commas in what boinc2docker splits on commas, output names that are not plain
// file names, duplicate input names, missing files, command XOR script XOR compose file,
// unknown vendors, transports and modes, parameter rows of the wrong width.
class JobSpecValidator
{
public:
    static QList<SpecProblem> check(const JobSpec& spec);
    // Errors only (warnings dropped); empty means the spec can be generated and submitted.
    static QList<SpecProblem> errors(const JobSpec& spec);

    // [A-Za-z0-9_.-]+ and no leading '-': BOINC names, WU names, app and plan class names.
    static bool isSafeName(const QString& name);
    // A name a file can have in the job's working directory: not empty, no '/', not . or ..,
    // no control characters, and not one of the files BOINC or the job script keep there.
    static bool isPlainFileName(const QString& name);
    // File names BOINC's client or the generated job script use in the slot directory.
    static QStringList reservedFileNames();
};

} // namespace bdm::submit
