#pragma once

#include "submit/SshError.h"

#include <QByteArray>

namespace bdm::submit {

// What one remote command produced. error.ok(): the command ran and exited with exitCode
// (which may be non-zero: that is the remote program's answer, not a transport failure).
struct SshResult
{
    SshError error;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError; // the remote program's stderr (ssh's own lines included), verbatim
};

} // namespace bdm::submit
