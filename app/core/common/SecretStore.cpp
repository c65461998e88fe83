#include "common/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace bdm::common {
namespace {

// libsecret reports a missing session bus or Secret Service as a plain error, not as
// NoBackendAvailable; these are the words it uses for that.
bool meansNoService(const QString& message)
{
    static const char* const signs[] = {
        "Could not connect", "org.freedesktop.secrets",  "not provided by any .service",
        "autolaunch",        "DBUS_SESSION_BUS_ADDRESS", "ServiceUnknown"};
    for (const char* sign : signs) {
        if (message.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SecretResult resultOf(const QKeychain::Job& job)
{
    SecretResult r;
    QKeychain::Error error = job.error();
    if (error == QKeychain::OtherError && meansNoService(job.errorString()))
        error = QKeychain::NoBackendAvailable;
    switch (error) {
    case QKeychain::NoError:
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::NotFound;
        r.message =
            QCoreApplication::translate("SecretStore", "no password is stored in the keychain for this host");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = SecretResult::NoKeychain;
        r.message = QCoreApplication::translate(
                        "SecretStore",
                        "no keychain service is available (%1); on Linux a Secret Service such as GNOME "
                        "Keyring or KWallet must be running in this session")
                        .arg(job.errorString());
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = SecretResult::AccessDenied;
        r.message =
            QCoreApplication::translate("SecretStore", "the keychain refused access (%1); unlock it and "
                                                       "try again")
                .arg(job.errorString());
        return r;
    default:
        r.status = SecretResult::Failed;
        r.message = QCoreApplication::translate("SecretStore", "keychain error: %1").arg(job.errorString());
        return r;
    }
}

// Runs one job and hands its outcome to `handler`, guarded by `context`.
template <class JobT, class Finish>
void run(JobT* job, const QObject* context, SecretStore::Handler handler, Finish finish)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // secrets never land in a plain file
    QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [guard, hasContext, handler = std::move(handler), finish](QKeychain::Job* done) {
                         if (hasContext && !guard)
                             return;
                         SecretResult r = resultOf(*done);
                         finish(static_cast<JobT&>(*done), r);
                         if (handler)
                             handler(r);
                     });
    job->start();
}

} // namespace

SecretStore::SecretStore(QString service, QObject* parent) : QObject(parent), m_service(std::move(service)) {}

QString SecretStore::keyFor(const QString& hostId)
{
    return QStringLiteral("gui-rpc-password/") + hostId;
}

void SecretStore::readPassword(const QString& hostId, const QObject* context, Handler handler)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(keyFor(hostId));
    run(job, context, std::move(handler), [](QKeychain::ReadPasswordJob& done, SecretResult& r) {
        if (r.ok())
            r.secret = done.textData();
    });
}

void SecretStore::writePassword(const QString& hostId, const QString& password, const QObject* context,
                                Handler handler)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(keyFor(hostId));
    job->setTextData(password);
    run(job, context, std::move(handler), [](QKeychain::WritePasswordJob&, SecretResult&) {});
}

void SecretStore::deletePassword(const QString& hostId, const QObject* context, Handler handler)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(keyFor(hostId));
    run(job, context, std::move(handler), [](QKeychain::DeletePasswordJob&, SecretResult&) {});
}

} // namespace bdm::common
