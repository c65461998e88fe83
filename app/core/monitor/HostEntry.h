#pragma once

#include <QString>

namespace bdm::monitor {

// One configured host. The GUI RPC password is deliberately not here: it lives in the OS
// keychain under `id` (SecretStore), or in the file passwordFile names.
struct HostEntry
{
    QString id;           // stable across renames; the keychain and the fleet key on it
    QString name;         // what people call the host
    QString address;      // host[:port] as RpcEndpoint::parse accepts it
    QString passwordFile; // optional gui_rpc_auth.cfg (or any file whose first line is the password)

    friend bool operator==(const HostEntry&, const HostEntry&) = default;
};

} // namespace bdm::monitor
