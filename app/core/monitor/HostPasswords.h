#pragma once

#include "monitor/HostEntry.h"

#include <QObject>
#include <functional>

namespace bdm::common {
class SecretStore;
}

namespace bdm::monitor {

// Finds the GUI RPC password for a configured host: the keychain entry under its id when a
// SecretStore is given and holds one, else its password_file, else for a local address the
// gui_rpc_auth.cfg that PasswordLocator discovers. The password is handed over, never kept.
class HostPasswords : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        QString password;
        QString source;  // "keychain", the file read, or empty when none was found
        QString warning; // why a source that should have worked did not (for stderr or a tooltip)
    };
    using Handler = std::function<void(const Outcome&)>;

    // A keychain that has not answered in this time is taken as absent.
    static constexpr int keychainTimeoutMs = 5000;

    explicit HostPasswords(common::SecretStore* store, QObject* parent = nullptr);

    void resolve(const HostEntry& entry, const QObject* context, Handler handler);
    // Without the keychain: password_file, then discovery for local addresses.
    static Outcome fromFiles(const HostEntry& entry);

private:
    common::SecretStore* m_store;
};

} // namespace bdm::monitor
