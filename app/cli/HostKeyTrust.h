#pragma once

#include "submit/SshEndpoint.h"

#include <QString>
#include <functional>

namespace bdm::cli {

class CliContext;

// --accept-host-key: fetches the server's host keys and trusts them only when one has the
// fingerprint the user gave (read from a trusted channel); then `next` runs. Otherwise says why
// on stderr and finishes with exit 2.
void trustHostKey(CliContext& ctx, const submit::SshEndpoint& endpoint, const QString& fingerprint,
                  std::function<void()> next);

} // namespace bdm::cli
