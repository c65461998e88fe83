#pragma once

#include "submit/JobSpec.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QObject;

namespace bdm::submit {

class SubmitBackend;

// What a backend needs besides the spec's target, from the caller (keychain, options).
struct BackendSecrets
{
    QString authenticator;  // webrpc: the account's authenticator
    QString caCertificates; // webrpc: extra CA file (PEM) to trust, e.g. a test server's
};

// The keychain entry (common::SecretStore id) of a project account's authenticator.
inline QString authenticatorSecretId(const QString& projectUrl)
{
    return QStringLiteral("authenticator ") + projectUrl;
}

// The backend for a target's transport and mode; null with *error when it has none.
std::unique_ptr<SubmitBackend> createBackend(const SubmitTarget& target, const BackendSecrets& secrets,
                                             QString* error);

} // namespace bdm::submit
