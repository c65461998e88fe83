#include "BackendSetup.h"
#include "CliContext.h"
#include "Commands.h"
#include "HostKeyTrust.h"
#include "submit/JobJournal.h"
#include "submit/JobJson.h"
#include "submit/JobSpecFile.h"
#include "submit/JobSpecValidator.h"
#include "submit/SshEndpoint.h"
#include "submit/SubmitBackend.h"
#include "submit/SubmitPreview.h"
#include "submit/SubmitRunner.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

using submit::JobSpec;
using submit::SubmitError;

int exitFor(const SubmitError& error)
{
    return error.kind == SubmitError::Kind::Refused ? ExitFailed : ExitError;
}

void printPreview(CliContext& ctx, const submit::SubmitPreview& preview)
{
    if (ctx.json()) {
        ctx.printJson(submit::previewToJson(preview));
        return;
    }
    QTextStream& out = ctx.out();
    out << Cli::tr("Dry run: nothing is sent. %1 (%2) to %3")
               .arg(preview.transport, preview.mode, preview.target)
        << Qt::endl;
    out << Cli::tr("Uploads:") << Qt::endl;
    for (const submit::PreviewUpload& u : preview.uploads)
        out << QStringLiteral("  %1  %2 bytes  <- %3").arg(u.remoteName).arg(u.size).arg(u.source)
            << Qt::endl;
    if (!preview.workunits.isEmpty())
        out << Cli::tr("Workunits: %1").arg(preview.workunits.join(QStringLiteral(", "))) << Qt::endl;
    out << Cli::tr("Runs:") << Qt::endl << preview.command << Qt::endl;
    for (const submit::PreviewFile& f : preview.files) {
        out << Qt::endl << QStringLiteral("----- %1 -----").arg(f.name) << Qt::endl << f.text;
        if (!f.text.endsWith(QLatin1Char('\n')))
            out << Qt::endl;
    }
}

} // namespace

int runSubmit(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Submits the jobs a spec file describes to its project server (SSH with boinc2docker or "
                "create_work, or the HTTPS remote submission RPC), journaled so that a retry never "
                "submits twice.\nExit status: 0 submitted, 1 the server refused (its message on stderr), "
                "2 usage or connection error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SPEC"), Cli::tr("The job spec (JSON)."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON document on stdout.")});
    parser.addOption({QStringLiteral("dry-run"),
                      Cli::tr("Show what would be uploaded and run, without contacting the server.")});
    parser.addOption({QStringLiteral("accept-host-key"),
                      Cli::tr("Trust the SSH server's host key if its fingerprint is FINGERPRINT "
                              "(SHA256:..., as a failed run printed it; check it with the server's "
                              "administrator first)."),
                      Cli::tr("FINGERPRINT")});
    addServerOptions(parser);
    CliContext::processArguments(parser, args);
    CliContext ctx;
    ctx.setJson(parser.isSet(QStringLiteral("json")));
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(Cli::tr("submit takes one spec file"));
    const QString specPath = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();

    QString why;
    const std::optional<JobSpec> read = submit::JobSpecFile::read(specPath, &why);
    if (!read)
        return ctx.usageError(why);
    const JobSpec spec = *read;
    // Warnings too (what the transport ignores), as the wizard's review step shows them.
    const QList<submit::SpecProblem> problems = submit::JobSpecValidator::check(spec);
    bool refused = false;
    for (const submit::SpecProblem& p : problems) {
        ctx.err() << (p.warning ? Cli::tr("boinc-docker: warning: %1: %2") : Cli::tr("boinc-docker: %1: %2"))
                         .arg(QFileInfo(specPath).fileName(), p.text())
                  << Qt::endl;
        refused = refused || !p.warning;
    }
    if (refused)
        return ExitError;

    if (parser.isSet(QStringLiteral("dry-run"))) {
        const std::optional<submit::SubmitPreview> preview = submit::SubmitPreview::build(spec, &why);
        if (!preview)
            return ctx.usageError(why);
        printPreview(ctx, *preview);
        return ExitOk;
    }

    submit::JobJournal journal;
    const QString path = journalPath(parser);
    if (!journal.open(path))
        return ctx.usageError(Cli::tr("cannot open the job journal %1: %2").arg(path, journal.errorString()));

    submit::SubmitRunner runner(journal);
    QObject::connect(&runner, &submit::SubmitRunner::progress, &runner,
                     [&ctx](const QString& step, qint64 done, qint64 total) {
                         if (total > 0)
                             ctx.err()
                                 << QStringLiteral("%1 (%2/%3)").arg(step).arg(done).arg(total) << Qt::endl;
                         else
                             ctx.err() << step << Qt::endl;
                     });
    QObject::connect(&runner, &submit::SubmitRunner::finished, &runner,
                     [&ctx](const submit::JournalEntry& entry, const submit::SubmitOutcome& outcome,
                            const SubmitError& error) {
                         if (!error.ok()) {
                             ctx.err() << Cli::tr("boinc-docker: %1").arg(error.message) << Qt::endl;
                             if (!error.serverText.isEmpty())
                                 ctx.err() << error.serverText.trimmed() << Qt::endl;
                             if (error.kind == SubmitError::Kind::Connection && entry.id > 0)
                                 ctx.err() << Cli::tr("The journal keeps it as %1 (%2); `boinc-docker jobs "
                                                      "--retry %1` resumes it without submitting twice.")
                                                  .arg(entry.key, submit::journalStageName(entry.stage))
                                           << Qt::endl;
                             ctx.finish(exitFor(error));
                             return;
                         }
                         if (ctx.json())
                             ctx.printJson(submit::outcomeToJson(outcome));
                         else
                             ctx.out() << Cli::tr("Submitted %1: %2")
                                              .arg(entry.key, outcome.workunits.join(QStringLiteral(", ")))
                                       << Qt::endl;
                         ctx.finish(ExitOk);
                     });
    const QByteArray specJson = submit::JobSpecFile::toJson(spec, QFileInfo(specPath).absolutePath());
    auto start = [&] {
        withBackend(ctx, parser, spec, &runner, [&](std::unique_ptr<submit::SubmitBackend> backend) {
            runner.start(spec, QString::fromUtf8(specJson), specPath, std::move(backend));
        });
    };
    const QString fingerprint = parser.value(QStringLiteral("accept-host-key"));
    if (!fingerprint.isEmpty() && spec.target.transport == QLatin1String("ssh"))
        trustHostKey(ctx, submit::SshEndpoint::fromTarget(spec.target), fingerprint, start);
    else
        QMetaObject::invokeMethod(&runner, start, Qt::QueuedConnection);
    return ctx.exec();
}

} // namespace bdm::cli
