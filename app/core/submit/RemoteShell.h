#pragma once

#include <QString>
#include <QStringList>

namespace bdm::submit {

// Quoting for commands sent to the project host's shell over SSH.
class RemoteShell
{
public:
    // The word in single quotes, each ' written '\''.
    static QString quote(const QString& word);
    // Every word quoted, joined with blanks: one command line.
    static QString join(const QStringList& argv);
    // A directory on the host without trailing slashes ("/" stays "/"), to append "/name" to.
    static QString trimmedDirectory(QString dir);
    // `word` as a literal find -name / glob pattern: * ? [ ] and \ escaped with a backslash.
    static QString globLiteral(const QString& word);
    // `sh -c '<script>'`, or inside the server's container:
    // `docker exec -i [-u <user>] <container> sh -c '<script>'` (the script quoted once more).
    static QString wrap(const QString& script, const QString& dockerExec, const QString& dockerUser);
};

} // namespace bdm::submit
