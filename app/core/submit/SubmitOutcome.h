#pragma once

#include "submit/SshError.h"

#include <QString>
#include <QStringList>
#include <utility>

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
    SubmitError() = default;
    SubmitError(Kind k, QString text, QString server = {})
        : kind(k), message(std::move(text)), serverText(std::move(server))
    {}

    Kind kind = Kind::None;
    QString message;
    QString serverText; // stdout/stderr or error_msg of the server, verbatim
    // SSH transport failures: the details, such as an unknown host key's fingerprints and the
    // scanned keys to trust (kind None otherwise).
    SshError ssh;

    bool ok() const { return kind == Kind::None; }
};

} // namespace bdm::submit
