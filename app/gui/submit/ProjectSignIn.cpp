#include "gui/submit/ProjectSignIn.h"

#include "common/SecretStore.h"
#include "gui/submit/LoginDialog.h"
#include "submit/BackendFactory.h"
#include "submit/SubmitBackend.h"

#include <QFile>
#include <QPointer>

namespace bdm::gui {

ProjectSignIn::ProjectSignIn(common::SecretStore& secrets, QObject* parent)
    : QObject(parent), m_secrets(&secrets)
{}

ProjectSignIn::~ProjectSignIn() = default;

SubmitBackendMaker ProjectSignIn::backendMaker()
{
    QPointer<ProjectSignIn> self(this);
    return
        [self](const submit::SubmitTarget& target, QString* error) -> std::unique_ptr<submit::SubmitBackend> {
            submit::BackendSecrets secrets;
            if (self) {
                secrets.authenticator = self->m_authenticators.value(target.projectUrl);
                secrets.caCertificates = self->m_caFile;
            }
            return submit::createBackend(target, secrets, error);
        };
}

bool ProjectSignIn::isReady(const submit::SubmitTarget& target) const
{
    return target.transport != QLatin1String("webrpc") || m_authenticators.contains(target.projectUrl);
}

void ProjectSignIn::prepare(const submit::SubmitTarget& target, QWidget* window, Ready ready)
{
    if (isReady(target)) {
        ready({});
        return;
    }
    if (!target.authenticatorFile.isEmpty()) {
        // A small file the user named in the spec; read here as the CLI reads it.
        QFile f(target.authenticatorFile);
        if (!f.open(QIODevice::ReadOnly)) {
            ready(tr("Cannot read the authenticator file %1: %2")
                      .arg(target.authenticatorFile, f.errorString()));
            return;
        }
        m_authenticators.insert(target.projectUrl, QString::fromUtf8(f.read(4096)).trimmed());
        ready({});
        return;
    }
    QPointer<QWidget> parentWindow(window);
    m_secrets->readPassword(submit::authenticatorSecretId(target.projectUrl), this,
                            [this, target, parentWindow, ready](const common::SecretResult& r) {
                                if (r.ok() && !r.secret.isEmpty()) {
                                    m_authenticators.insert(target.projectUrl, r.secret);
                                    ready({});
                                    return;
                                }
                                signIn(target, parentWindow, ready);
                            });
}

void ProjectSignIn::signIn(const submit::SubmitTarget& target, QWidget* window, Ready ready)
{
    auto* dialog = new LoginDialog(target.projectUrl, target.email, m_caFile, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, target, ready](int result) {
        if (result != QDialog::Accepted) {
            ready(tr("cancelled"));
            return;
        }
        const QString url = target.projectUrl;
        const QString authenticator = dialog->authenticator();
        m_authenticators.insert(url, authenticator);
        m_secrets->writePassword(
            submit::authenticatorSecretId(url), authenticator, this,
            [this, url](const common::SecretResult& r) { emit stored(url, r.ok(), r.message); });
        ready({});
    });
    dialog->open();
}

void ProjectSignIn::forget(const QString& projectUrl)
{
    m_authenticators.remove(projectUrl);
    m_secrets->deletePassword(
        submit::authenticatorSecretId(projectUrl), this, [this, projectUrl](const common::SecretResult& r) {
            emit forgotten(projectUrl, r.ok() || r.status == common::SecretResult::NotFound, r.message);
        });
}

} // namespace bdm::gui
