#pragma once

#include "submit/JobSpec.h"

#include <QString>
#include <functional>
#include <memory>

namespace bdm::submit {
class SubmitBackend;
}

namespace bdm::gui {

// Makes the backend for a target (null with *error when it cannot). The Submit wizard and the
// Jobs page take one, so the composition root decides where secrets such as the project
// authenticator come from, and tests can point a backend at their own server.
using SubmitBackendMaker =
    std::function<std::unique_ptr<submit::SubmitBackend>(const submit::SubmitTarget& target, QString* error)>;

// submit::createBackend with no secrets from the keychain (enough for SSH targets).
SubmitBackendMaker defaultSubmitBackendMaker();

} // namespace bdm::gui
