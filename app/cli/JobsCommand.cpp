#include "BackendSetup.h"
#include "CliContext.h"
#include "Commands.h"
#include "HostKeyTrust.h"
#include "common/TextTable.h"
#include "submit/JobJournal.h"
#include "submit/JobJson.h"
#include "submit/JobSpecFile.h"
#include "submit/SshEndpoint.h"
#include "submit/SubmitBackend.h"
#include "submit/SubmitRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

using submit::JobStatus;
using submit::JournalEntry;
using submit::JournalStage;
using submit::SubmitError;

void printTable(CliContext& ctx, const QList<JournalEntry>& entries)
{
    if (entries.isEmpty()) {
        ctx.out() << Cli::tr("No jobs submitted yet.") << Qt::endl;
        return;
    }
    common::TextTable table({Cli::tr("KEY"), Cli::tr("STAGE"), Cli::tr("TARGET"), Cli::tr("WORKUNITS"),
                             Cli::tr("UPDATED"), Cli::tr("ERROR")});
    for (const JournalEntry& e : entries) {
        const QString units =
            e.workunits.size() <= 2
                ? e.workunits.join(QStringLiteral(", "))
                : Cli::tr("%1 and %2 more").arg(e.workunits.first()).arg(e.workunits.size() - 1);
        table.addRow({e.key, submit::journalStageName(e.stage), e.target, units,
                      e.updated.toLocalTime().toString(Qt::ISODate),
                      e.lastError.section(QLatin1Char('\n'), 0, 0)});
    }
    table.print(ctx.out());
}

std::optional<submit::JobSpec> specOf(const JournalEntry& entry, QString* error)
{
    const QString base =
        entry.specPath.isEmpty() ? QDir::currentPath() : QFileInfo(entry.specPath).absolutePath();
    return submit::JobSpecFile::parse(entry.specJson.toUtf8(), base, error);
}

// One operation on one journaled submission through its backend.
class JobAction : public QObject
{
public:
    JobAction(CliContext& ctx, const QCommandLineParser& parser, submit::JobJournal& journal)
        : m_ctx(ctx), m_parser(parser), m_journal(journal)
    {}

    void run(const QString& what, const JournalEntry& entry, const QString& directory)
    {
        QString why;
        const std::optional<submit::JobSpec> spec = specOf(entry, &why);
        if (!spec) {
            m_ctx.finish(
                m_ctx.usageError(Cli::tr("the journal's spec of %1 cannot be read: %2").arg(entry.key, why)));
            return;
        }
        withBackend(m_ctx, m_parser, *spec, this, [=, this](std::unique_ptr<submit::SubmitBackend> backend) {
            if (what == QLatin1String("retry")) {
                retry(entry, *spec, std::move(backend));
                return;
            }
            m_backend = std::move(backend);
            connect(m_backend.get(), &submit::SubmitBackend::failed, this, [this](const SubmitError& e) {
                m_ctx.err() << Cli::tr("boinc-docker: %1").arg(e.message) << Qt::endl;
                if (!e.serverText.isEmpty())
                    m_ctx.err() << e.serverText.trimmed() << Qt::endl;
                m_ctx.finish(e.kind == SubmitError::Kind::Refused ? ExitFailed : ExitError);
            });
            connect(m_backend.get(), &submit::SubmitBackend::progress, this,
                    [this](const QString& step, qint64, qint64) { m_ctx.err() << step << Qt::endl; });
            if (what == QLatin1String("refresh")) {
                connect(m_backend.get(), &submit::SubmitBackend::queried, this,
                        [this, entry](const QList<JobStatus>& statuses) {
                            m_journal.saveStatuses(entry.id, statuses);
                            m_ctx.finish(ExitOk);
                        });
                m_backend->query(entry);
            } else if (what == QLatin1String("fetch")) {
                connect(m_backend.get(), &submit::SubmitBackend::outputsFetched, this,
                        [this](const QStringList& files) {
                            for (const QString& f : files)
                                m_ctx.out() << f << Qt::endl;
                            m_ctx.finish(ExitOk);
                        });
                m_backend->fetchOutputs(entry, directory);
            } else {
                connect(m_backend.get(), &submit::SubmitBackend::aborted, this, [this, entry] {
                    m_journal.setStage(entry.id, JournalStage::Aborted);
                    m_ctx.out() << Cli::tr("Aborted %1.").arg(entry.key) << Qt::endl;
                    m_ctx.finish(ExitOk);
                });
                m_backend->abort(entry);
            }
        });
    }

private:
    void retry(const JournalEntry& entry, const submit::JobSpec& spec,
               std::unique_ptr<submit::SubmitBackend> backend)
    {
        m_runner = std::make_unique<submit::SubmitRunner>(m_journal);
        connect(
            m_runner.get(), &submit::SubmitRunner::finished, this,
            [this](const JournalEntry& e, const submit::SubmitOutcome& outcome, const SubmitError& error) {
                if (!error.ok()) {
                    m_ctx.err() << Cli::tr("boinc-docker: %1").arg(error.message) << Qt::endl;
                    if (!error.serverText.isEmpty())
                        m_ctx.err() << error.serverText.trimmed() << Qt::endl;
                    m_ctx.finish(error.kind == SubmitError::Kind::Refused ? ExitFailed : ExitError);
                    return;
                }
                if (m_ctx.json())
                    m_ctx.printJson(submit::outcomeToJson(outcome));
                else
                    m_ctx.out() << Cli::tr("Submitted %1: %2")
                                       .arg(e.key, outcome.workunits.join(QStringLiteral(", ")))
                                << Qt::endl;
                m_ctx.finish(ExitOk);
            });
        m_runner->resume(entry, spec, std::move(backend));
    }

    CliContext& m_ctx;
    const QCommandLineParser& m_parser;
    submit::JobJournal& m_journal;
    std::unique_ptr<submit::SubmitBackend> m_backend;
    std::unique_ptr<submit::SubmitRunner> m_runner;
};

} // namespace

int runJobs(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("The jobs submitted from this computer, from the job journal, newest first; with an action, "
                "that action on one of them (KEY as the list shows it)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON document on stdout.")});
    parser.addOption({QStringLiteral("refresh"), Cli::tr("Ask the server for the state of KEY's jobs first."),
                      Cli::tr("KEY")});
    parser.addOption({QStringLiteral("fetch"),
                      Cli::tr("Download the outputs of KEY's finished jobs (to --to)."), Cli::tr("KEY")});
    parser.addOption({QStringLiteral("to"), Cli::tr("Folder for --fetch (default: ./KEY)."), Cli::tr("DIR")});
    parser.addOption({QStringLiteral("abort"), Cli::tr("Abort KEY's jobs on the server."), Cli::tr("KEY")});
    parser.addOption(
        {QStringLiteral("retry"),
         Cli::tr("Send KEY again when it did not reach the server's confirmation; what the server "
                 "already has is found, not submitted twice."),
         Cli::tr("KEY")});
    parser.addOption({QStringLiteral("clone"),
                      Cli::tr("Write KEY's spec to --out, to edit and submit as a new job."),
                      Cli::tr("KEY")});
    parser.addOption({QStringLiteral("out"), Cli::tr("File for --clone."), Cli::tr("FILE")});
    parser.addOption(
        {QStringLiteral("accept-host-key"),
         Cli::tr("Trust the SSH server's host key if its fingerprint is FINGERPRINT (check it with the "
                 "server's administrator first)."),
         Cli::tr("FINGERPRINT")});
    addServerOptions(parser);
    CliContext::processArguments(parser, args);
    CliContext ctx;
    ctx.setJson(parser.isSet(QStringLiteral("json")));
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("jobs takes no arguments; the actions take a KEY"));

    submit::JobJournal journal;
    const QString path = journalPath(parser);
    if (!journal.open(path))
        return ctx.usageError(Cli::tr("cannot open the job journal %1: %2").arg(path, journal.errorString()));

    QString action;
    int actions = 0;
    for (const char* name : {"refresh", "fetch", "abort", "retry", "clone"}) {
        if (parser.isSet(QLatin1String(name))) {
            action = QLatin1String(name);
            ++actions;
        }
    }
    if (actions > 1)
        return ctx.usageError(Cli::tr("give one of --refresh, --fetch, --abort, --retry, --clone"));
    if (actions == 1) {
        const QString key = parser.value(action);
        const std::optional<JournalEntry> entry = journal.entryByKey(key);
        if (!entry)
            return ctx.usageError(Cli::tr("no job %1 in %2").arg(key, path));
        if (action == QLatin1String("clone")) {
            const QString out = parser.value(QStringLiteral("out"));
            if (out.isEmpty())
                return ctx.usageError(Cli::tr("--clone needs --out FILE"));
            QString why;
            std::optional<submit::JobSpec> spec = specOf(*entry, &why);
            if (!spec || !submit::JobSpecFile::write(*spec, out, &why))
                return ctx.usageError(why);
            ctx.out() << Cli::tr("Wrote %1; edit its name before submitting it.").arg(out) << Qt::endl;
            return ExitOk;
        }
        if (action == QLatin1String("retry") &&
            (entry->stage == JournalStage::Submitted || entry->stage == JournalStage::Failed ||
             entry->stage == JournalStage::Aborted || entry->stage == JournalStage::Retired))
            return ctx.usageError(
                Cli::tr("%1 is %2: nothing to retry").arg(key, submit::journalStageName(entry->stage)));
        if (action != QLatin1String("retry") && entry->stage != JournalStage::Submitted)
            return ctx.usageError(
                Cli::tr("%1 is %2, not submitted").arg(key, submit::journalStageName(entry->stage)));
        const QString directory = parser.isSet(QStringLiteral("to")) ? parser.value(QStringLiteral("to"))
                                                                     : QDir::current().filePath(key);
        if (action == QLatin1String("fetch") && !QDir().mkpath(directory))
            return ctx.usageError(Cli::tr("cannot create %1").arg(directory));
        JobAction job(ctx, parser, journal);
        auto start = [&] {
            job.run(action, *entry, directory);
        };
        QString why;
        const std::optional<submit::JobSpec> spec = specOf(*entry, &why);
        const QString fingerprint = parser.value(QStringLiteral("accept-host-key"));
        if (!fingerprint.isEmpty() && spec && spec->target.transport == QLatin1String("ssh"))
            trustHostKey(ctx, submit::SshEndpoint::fromTarget(spec->target), fingerprint, start);
        else
            QMetaObject::invokeMethod(&job, start, Qt::QueuedConnection);
        const int code = ctx.exec();
        if (action != QLatin1String("refresh") || code != ExitOk)
            return code;
    }

    const QList<JournalEntry> entries = journal.entries();
    if (ctx.json()) {
        boinc::Json list = boinc::Json::array();
        for (const JournalEntry& e : entries)
            list.push_back(submit::entryToJson(e, journal.statuses(e.id)));
        ctx.printJson(boinc::Json{{"journal", path.toStdString()}, {"jobs", std::move(list)}});
    } else {
        printTable(ctx, entries);
    }
    return ExitOk;
}

} // namespace bdm::cli
