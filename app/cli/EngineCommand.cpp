#include "CliContext.h"
#include "Commands.h"
#include "engine/CurlWorker.h"
#include "engine/EngineConnector.h"
#include "engine/EngineJson.h"

#include <QCoreApplication>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString orNone(const QString& s)
{
    return s.isEmpty() ? Cli::tr("none") : s;
}

void printCandidates(QTextStream& out, const engine::DiscoveryReport& report)
{
    out << Cli::tr("Candidates tried:") << Qt::endl;
    for (int i = 0; i < report.candidates.size(); ++i) {
        const engine::EndpointCandidate& c = report.candidates.at(i);
        out << (i == report.chosen ? QStringLiteral("* ") : QStringLiteral("  "))
            << engine::EndpointCandidate::outcomeName(c.outcome).leftJustified(18) << c.endpoint.toString()
            << Qt::endl;
        out << QStringLiteral("      ") << c.source;
        if (c.outcome == engine::EndpointCandidate::Outcome::Ok) {
            out << QStringLiteral(": ")
                << QStringLiteral("%1 %2").arg(engine::engineTypeName(c.type), c.serverVersion).trimmed();
            if (c.boincContainers >= 0)
                out << Cli::tr(", %n BOINC container(s)", nullptr, c.boincContainers);
        } else if (!c.detail.isEmpty()) {
            out << QStringLiteral(": ") << c.detail;
        }
        out << Qt::endl;
        if (!c.advice.isEmpty())
            out << QStringLiteral("      -> ") << c.advice << Qt::endl;
    }
}

void printEngine(QTextStream& out, const engine::EngineConnector::Connection& c,
                 const engine::EngineInfo* info)
{
    const engine::EndpointCandidate* chosen = c.report.chosenCandidate();
    out << Cli::tr("Engine:          %1 %2 (API %3)")
               .arg(engine::engineTypeName(c.version.type), c.version.version,
                    c.version.apiVersion.isEmpty() ? Cli::tr("none: read through its command line")
                                                   : c.version.apiVersion)
        << Qt::endl;
    out << Cli::tr("Endpoint:        %1 (%2)").arg(chosen->endpoint.toString(), chosen->source) << Qt::endl;
    if (chosen->boincContainers >= 0)
        out << Cli::tr("BOINC containers: %1").arg(chosen->boincContainers) << Qt::endl;
    if (info) {
        out << Cli::tr("OS:              %1, kernel %2, %3")
                   .arg(info->operatingSystem, info->kernelVersion, info->architecture)
            << Qt::endl;
        out << Cli::tr("Cgroups:         v%1 (%2)%3")
                   .arg(orNone(info->cgroupVersion), info->cgroupDriver,
                        info->rootless ? Cli::tr(", rootless") : QString())
            << Qt::endl;
        out << Cli::tr("Runtimes:        %1 (default %2)")
                   .arg(info->runtimes.keys().join(QStringLiteral(", ")), orNone(info->defaultRuntime))
            << Qt::endl;
        const QString cdi =
            info->cdiSpecDirs ? (info->cdiSpecDirs->isEmpty() ? Cli::tr("off (no spec dirs)")
                                                              : info->cdiSpecDirs->join(QStringLiteral(", ")))
                              : Cli::tr("not reported");
        out << Cli::tr("GPU:             nvidia runtime %1; CDI %2; CDI GPUs: %3")
                   .arg(info->hasNvidiaRuntime() ? Cli::tr("yes") : Cli::tr("no"), cdi,
                        orNone(info->cdiGpuDevices().join(QStringLiteral(", "))))
            << Qt::endl;
    }
}

engine::Json reportJson(const engine::EngineConnector::Connection& c, const engine::EngineInfo* info)
{
    engine::Json candidates = engine::Json::array();
    for (const engine::EndpointCandidate& candidate : c.report.candidates)
        candidates.push_back(engine::candidateToJson(candidate));
    const engine::EndpointCandidate* chosen = c.report.chosenCandidate();
    const bool ok = c.engine != nullptr;
    const QString advice = ok ? QString() : c.report.advice();
    return engine::Json{
        {"engine", ok ? engine::engineToJson(chosen->endpoint, c.version) : engine::Json(nullptr)},
        {"source", chosen ? engine::Json(chosen->source.toStdString()) : engine::Json(nullptr)},
        {"error", ok ? engine::Json(nullptr) : engine::Json(c.error.message.toStdString())},
        {"advice", advice.isEmpty() ? engine::Json(nullptr) : engine::Json(advice.toStdString())},
        {"info", info ? engine::infoToJson(*info) : engine::Json(nullptr)},
        {"candidates", candidates}};
}

} // namespace

void addEngineUrlOption(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("engine"),
         Cli::tr("Container engine to read: unix:///PATH, tcp://HOST:PORT, npipe:////./pipe/NAME or "
                 "cli:PROGRAM (default: found by discovery)."),
         Cli::tr("URL")});
}

bool readEngineUrlOption(const QCommandLineParser& parser, CliContext& ctx,
                         engine::DiscoveryEnvironment& environment)
{
    environment = engine::DiscoveryEnvironment::fromSystem();
    if (!parser.isSet(QStringLiteral("engine")))
        return true;
    QString why;
    if (!engine::EngineEndpoint::parse(parser.value(QStringLiteral("engine")), &why)) {
        ctx.usageError(Cli::tr("--engine: %1").arg(why));
        return false;
    }
    environment.engineOverride = parser.value(QStringLiteral("engine"));
    return true;
}

void addEngineOptions(QCommandLineParser& parser)
{
    addEngineUrlOption(parser);
    parser.addOption({QStringLiteral("timeout"), Cli::tr("Seconds to wait for each reply (default 30)."),
                      Cli::tr("SECONDS")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON document on stdout.")});
}

bool readEngineOptions(const QCommandLineParser& parser, CliContext& ctx, EngineOptions& options)
{
    options.json = parser.isSet(QStringLiteral("json"));
    if (!readEngineUrlOption(parser, ctx, options.environment))
        return false;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            ctx.usageError(Cli::tr("--timeout: give a number of seconds between 0 and 3600"));
            return false;
        }
        options.timeoutMs = static_cast<int>(seconds * 1000);
    }
    return true;
}

void connectEngine(CliContext& ctx, engine::EngineConnector& connector, const QObject* guard,
                   std::shared_ptr<engine::EngineConnector::Connection>& held,
                   std::function<void(const std::shared_ptr<engine::EngineConnector::Connection>&)> onEngine)
{
    connector.connectToEngine(
        guard, [&ctx, &held, onEngine = std::move(onEngine)](
                   const std::shared_ptr<engine::EngineConnector::Connection>& connection) {
            held = connection;
            if (!connection->engine) {
                ctx.err() << QStringLiteral("boinc-docker: ")
                          << engine::EngineConnector::failureText(*connection) << Qt::endl;
                ctx.finish(ExitError);
                return;
            }
            onEngine(connection);
        });
}

int runEngine(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Find the container engine BOINC uses and show what it offers: every place "
                "tried and its outcome, engine type and version, runtimes, GPU facts."));
    parser.addHelpOption();
    addEngineOptions(parser);
    CliContext::processArguments(parser, args);
    CliContext ctx;
    EngineOptions options;
    if (!readEngineOptions(parser, ctx, options))
        return ExitError;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("engine takes no arguments"));

    engine::CurlWorker transport;
    engine::EngineConnector connector(transport, options.environment);
    connector.setTimeout(options.timeoutMs);
    QObject guard;
    connector.connectToEngine(
        &guard, [&](const std::shared_ptr<engine::EngineConnector::Connection>& connection) {
            const engine::EngineConnector::Connection& c = *connection;
            if (!c.engine) {
                if (options.json)
                    ctx.printJson(reportJson(c, nullptr));
                else
                    printCandidates(ctx.out(), c.report);
                ctx.err() << QStringLiteral("boinc-docker: ") << engine::EngineConnector::failureText(c)
                          << Qt::endl;
                ctx.finish(ExitError);
                return;
            }
            c.engine->info(&guard, [&ctx, &options,
                                    connection](const engine::EngineResult<engine::EngineInfo>& info) {
                const engine::EngineInfo* facts = info.ok() ? &info.value : nullptr;
                if (options.json) {
                    ctx.printJson(reportJson(*connection, facts));
                } else {
                    printEngine(ctx.out(), *connection, facts);
                    printCandidates(ctx.out(), connection->report);
                }
                if (!info.ok())
                    ctx.err() << QStringLiteral("boinc-docker: /info: ") << info.error.message << Qt::endl;
                ctx.finish(info.ok() ? ExitOk : ExitError);
            });
        });
    return ctx.exec();
}

} // namespace bdm::cli
