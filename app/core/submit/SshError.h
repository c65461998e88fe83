#pragma once

#include <QString>
#include <QStringList>

namespace bdm::submit {

// Why an SSH command did not run to completion. HostKeyUnknown carries the key the server
// offered (as ssh-keyscan saw it) and its SHA256 fingerprint, for the user to compare and
// accept (SshHostKeyScan::accept); HostKeyChanged is never offered for acceptance.
struct SshError
{
    enum class Kind
    {
        None,
        HostKeyUnknown,
        HostKeyChanged,
        AuthenticationFailed,
        ConnectionFailed, // includes a connection that broke while the command ran
        Timeout,
        Cancelled,
        ProgramMissing, // ssh / ssh-keyscan could not be started
        LocalFile       // an upload's local file could not be read
    };
    Kind kind = Kind::None;
    QString message;          // one translated line
    QString standardError;    // ssh's stderr, verbatim
    QStringList fingerprints; // HostKeyUnknown: "SHA256:... (ED25519)" per key offered
    QStringList scannedKeys;  // HostKeyUnknown: known_hosts lines to append on accept

    bool ok() const { return kind == Kind::None; }
};

} // namespace bdm::submit
