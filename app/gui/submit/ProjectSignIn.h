#pragma once

#include "gui/submit/SubmitBackendMaker.h"
#include "submit/JobSpec.h"

#include <QHash>
#include <QObject>
#include <functional>

class QWidget;

namespace bdm::common {
class SecretStore;
}

namespace bdm::gui {

// Where the GUI's remote-submission backends get the project account's authenticator: the
// spec's authenticator file, else the system keychain, else the user signs in (LoginDialog) and
// the authenticator goes to the keychain. prepare() does that asynchronously before a backend is
// made; backendMaker() then makes backends with what prepare() found. SSH targets need nothing.
class ProjectSignIn : public QObject
{
    Q_OBJECT

public:
    // error empty: ready; "cancelled" when the user closed the sign-in.
    using Ready = std::function<void(const QString& error)>;

    explicit ProjectSignIn(common::SecretStore& secrets, QObject* parent = nullptr);
    ~ProjectSignIn() override;

    // Extra CA certificates for the project's TLS (a PEM file), for self-signed test servers.
    void setCaCertificatesFile(const QString& path) { m_caFile = path; }

    void prepare(const submit::SubmitTarget& target, QWidget* window, Ready ready);
    // True when a backend for the target can be made now, without prepare().
    bool isReady(const submit::SubmitTarget& target) const;
    SubmitBackendMaker backendMaker();
    // Forgets the account of a project: here and in the keychain (then forgotten()).
    void forget(const QString& projectUrl);

signals:
    // After the authenticator of a sign-in went to the keychain (ok) or could not (message).
    void stored(const QString& projectUrl, bool ok, const QString& message);
    // After forget(): ok also when the keychain had nothing for the project.
    void forgotten(const QString& projectUrl, bool ok, const QString& message);

private:
    void signIn(const submit::SubmitTarget& target, QWidget* window, Ready ready);

    common::SecretStore* m_secrets;
    QString m_caFile;
    QHash<QString, QString> m_authenticators; // project URL -> authenticator, for this run
};

} // namespace bdm::gui
