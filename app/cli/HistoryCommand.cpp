#include "CliContext.h"
#include "Commands.h"
#include "common/TextTable.h"
#include "monitor/JoinJson.h"
#include "monitor/TaskHistoryStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printTable(CliContext& ctx, const QList<monitor::TaskHistoryRecord>& records)
{
    if (records.isEmpty()) {
        ctx.out() << Cli::tr("No finished container tasks recorded.") << Qt::endl;
        return;
    }
    common::TextTable table({Cli::tr("FINISHED"), Cli::tr("HOST"), Cli::tr("TASK"), Cli::tr("EXIT"),
                             Cli::tr("OOM"), Cli::tr("PEAK MEMORY"), Cli::tr("CPU TIME"), Cli::tr("ELAPSED"),
                             Cli::tr("IMAGE")});
    for (const monitor::TaskHistoryRecord& r : records) {
        table.addRow({r.finishedAt.toLocalTime().toString(Qt::ISODate), r.host, r.resultName,
                      r.exitCode ? QString::number(*r.exitCode) : QStringLiteral("?"),
                      r.oomKilled ? Cli::tr("yes") : QString(),
                      QStringLiteral("%1 MiB").arg(static_cast<double>(r.peakMemoryBytes) / (1024.0 * 1024.0),
                                                   0, 'f', 1),
                      QStringLiteral("%1 s").arg(r.cpuTime, 0, 'f', 0),
                      QStringLiteral("%1 s").arg(r.elapsed, 0, 'f', 0), r.image});
    }
    table.print(ctx.out());
}

} // namespace

int runHistory(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Container tasks that have finished, newest first, as the desktop app recorded them: exit "
                "code, OOM kill, peak memory, CPU and elapsed time."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON document on stdout.")});
    parser.addOption(
        {QStringLiteral("csv"), Cli::tr("Write the records to FILE as CSV instead."), Cli::tr("FILE")});
    parser.addOption(
        {QStringLiteral("limit"), Cli::tr("At most N records (default 50; 0 for all)."), Cli::tr("N")});
    parser.addOption(
        {QStringLiteral("db"),
         Cli::tr("History file to read (default: %1).").arg(monitor::TaskHistoryStore::defaultPath()),
         Cli::tr("FILE")});
    CliContext::processArguments(parser, args);
    CliContext ctx;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("history takes no arguments"));
    int limit = 50;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return ctx.usageError(Cli::tr("--limit: give a whole number, 0 or more"));
    }
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : monitor::TaskHistoryStore::defaultPath();
    // Reading must not create the file: a missing one is an empty history.
    QList<monitor::TaskHistoryRecord> records;
    monitor::TaskHistoryStore store;
    if (QFileInfo::exists(path)) {
        if (!store.open(path)) {
            ctx.err() << Cli::tr("boinc-docker: cannot read %1: %2").arg(path, store.errorString())
                      << Qt::endl;
            return ExitError;
        }
        records = store.newest(limit);
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        QSaveFile file(parser.value(QStringLiteral("csv")));
        if (!file.open(QIODevice::WriteOnly) || file.write(monitor::TaskHistoryStore::toCsv(records)) < 0 ||
            !file.commit()) {
            ctx.err() << Cli::tr("boinc-docker: cannot write %1: %2")
                             .arg(parser.value(QStringLiteral("csv")), file.errorString())
                      << Qt::endl;
            return ExitError;
        }
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        boinc::Json list = boinc::Json::array();
        for (const monitor::TaskHistoryRecord& r : std::as_const(records))
            list.push_back(monitor::JoinJson::historyRecord(r));
        ctx.printJson(boinc::Json{{"file", path.toStdString()}, {"tasks", std::move(list)}});
    } else {
        printTable(ctx, records);
    }
    return ExitOk;
}

} // namespace bdm::cli
