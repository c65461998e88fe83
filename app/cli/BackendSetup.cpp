#include "BackendSetup.h"

#include "CliContext.h"
#include "Commands.h"
#include "common/SecretStore.h"
#include "submit/BackendFactory.h"
#include "submit/JobJournal.h"

#include <QCoreApplication>
#include <QFile>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

void addServerOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("journal"),
                      Cli::tr("Job journal to use (default: %1).").arg(submit::JobJournal::defaultPath()),
                      Cli::tr("FILE")});
    parser.addOption({QStringLiteral("authenticator-file"),
                      Cli::tr("Remote submission: read the account's authenticator from FILE instead of "
                              "the spec's authenticator_file or the keychain."),
                      Cli::tr("FILE")});
    parser.addOption({QStringLiteral("ca-file"),
                      Cli::tr("Remote submission: also trust the CA certificates in FILE (PEM)."),
                      Cli::tr("FILE")});
}

QString journalPath(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("journal")) ? parser.value(QStringLiteral("journal"))
                                                   : submit::JobJournal::defaultPath();
}

void withBackend(CliContext& ctx, const QCommandLineParser& parser, const submit::JobSpec& spec,
                 QObject* context, std::function<void(std::unique_ptr<submit::SubmitBackend>)> use)
{
    submit::BackendSecrets secrets;
    secrets.caCertificates = parser.value(QStringLiteral("ca-file"));
    auto create = [&ctx, spec, secrets, use](const QString& authenticator) {
        submit::BackendSecrets withAuth = secrets;
        withAuth.authenticator = authenticator;
        QString error;
        std::unique_ptr<submit::SubmitBackend> backend = submit::createBackend(spec.target, withAuth, &error);
        if (!backend) {
            ctx.finish(ctx.usageError(error));
            return;
        }
        use(std::move(backend));
    };
    if (spec.target.transport != QLatin1String("webrpc")) {
        create({});
        return;
    }
    QString file = parser.value(QStringLiteral("authenticator-file"));
    if (file.isEmpty())
        file = spec.target.authenticatorFile;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            ctx.finish(ctx.usageError(Cli::tr("cannot read %1: %2").arg(file, f.errorString())));
            return;
        }
        create(QString::fromUtf8(f.readAll()).trimmed());
        return;
    }
    auto* store = new common::SecretStore(common::SecretStore::defaultService(), context);
    const QString url = spec.target.projectUrl;
    store->readPassword(
        submit::authenticatorSecretId(url), context,
        [&ctx, create, url, store](const common::SecretResult& r) {
            store->deleteLater();
            if (!r.ok() || r.secret.isEmpty()) {
                ctx.finish(
                    ctx.usageError(Cli::tr("no authenticator for %1 (%2): give --authenticator-file, set "
                                           "target.authenticator_file, or sign in once in the Submit wizard, "
                                           "which keeps it in the keychain")
                                       .arg(url, r.message)));
                return;
            }
            create(r.secret);
        });
}

} // namespace bdm::cli
