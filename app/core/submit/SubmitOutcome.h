#pragma once

#include <QString>
#include <QStringList>

namespace bdm::submit {

// What a submission produced, as `boinc-docker submit --json` prints it.
struct SubmitOutcome
{
    QString transport;
    QString mode;
    QStringList workunits;
    QString batchId; // empty: none (ssh)
};

// Why a submission did not happen. Refused: the server said no (its text verbatim);
// Usage: the spec or an input is wrong; Connection: the server could not be reached or the
// connection broke (a retry may complete it).
struct SubmitError
{
    enum class Kind
    {
        None,
        Usage,
        Connection,
        Refused,
        Cancelled
    };
    Kind kind = Kind::None;
    QString message;
    QString serverText; // stdout/stderr or error_msg of the server, verbatim

    bool ok() const { return kind == Kind::None; }
};

} // namespace bdm::submit
