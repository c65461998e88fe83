#pragma once

#include <QString>

namespace bdm::common {

// The outcome of one keychain operation. The secret itself is only ever in `secret`, and only
// for a successful read.
struct SecretResult
{
    enum Status
    {
        Ok,
        NotFound,     // no secret stored under this key (deleting one counts as done)
        NoKeychain,   // no keychain service on this system (headless, no Secret Service)
        AccessDenied, // locked keychain, or the user said no
        Failed        // anything else; message says what
    };
    Status status = Ok;
    QString secret;
    QString message; // for people; never contains the secret

    bool ok() const { return status == Ok; }
};

} // namespace bdm::common
