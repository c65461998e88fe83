#include "HostKeyTrust.h"

#include "CliContext.h"
#include "submit/SshHostKeyScan.h"

#include <QCoreApplication>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

void trustHostKey(CliContext& ctx, const submit::SshEndpoint& endpoint, const QString& fingerprint,
                  std::function<void()> next)
{
    auto* scan = new submit::SshHostKeyScan(QCoreApplication::instance());
    QObject::connect(
        scan, &submit::SshHostKeyScan::finished, scan,
        [&ctx, scan, endpoint, fingerprint, next](const QStringList& keys, const QStringList& fingerprints,
                                                  const QString& error) {
            scan->deleteLater();
            if (!error.isEmpty()) {
                ctx.err() << Cli::tr("boinc-docker: cannot read the host key: %1").arg(error) << Qt::endl;
                ctx.finish(ExitError);
                return;
            }
            QStringList chosen;
            for (int i = 0; i < fingerprints.size() && i < keys.size(); ++i) {
                if (fingerprints[i].section(QLatin1Char(' '), 0, 0) == fingerprint)
                    chosen << keys[i];
            }
            if (chosen.isEmpty()) {
                ctx.err() << Cli::tr("boinc-docker: the server offers %1, not %2; nothing was trusted.")
                                 .arg(fingerprints.join(QStringLiteral(", ")), fingerprint)
                          << Qt::endl;
                ctx.finish(ExitError);
                return;
            }
            QString why;
            if (!submit::SshHostKeyScan::accept(endpoint, chosen, &why)) {
                ctx.err() << Cli::tr("boinc-docker: cannot write %1: %2")
                                 .arg(endpoint.effectiveKnownHostsFile(), why)
                          << Qt::endl;
                ctx.finish(ExitError);
                return;
            }
            next();
        });
    scan->start(endpoint);
}

} // namespace bdm::cli
