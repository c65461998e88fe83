#include "submit/BackendFactory.h"

#include "submit/SshBackend.h"
#include "submit/SubmitTr.h"
#include "submit/WebRpcBackend.h"

namespace bdm::submit {

std::unique_ptr<SubmitBackend> createBackend(const SubmitTarget& target, const BackendSecrets& secrets,
                                             QString* error)
{
    if (target.transport == QLatin1String("ssh")) {
        return std::make_unique<SshBackend>(target);
    }
    if (target.transport == QLatin1String("webrpc")) {
        auto backend = std::make_unique<WebRpcBackend>(target);
        if (!secrets.authenticator.isEmpty())
            backend->setAuthenticator(secrets.authenticator);
        if (!secrets.caCertificates.isEmpty() &&
            !backend->addCaCertificatesFile(secrets.caCertificates, error))
            return nullptr;
        return backend;
    }
    if (error)
        *error = Submit::tr("target.transport: give \"ssh\" or \"webrpc\"");
    return nullptr;
}

} // namespace bdm::submit
