#include "CliContext.h"
#include "Commands.h"
#include "HostKeyTrust.h"
#include "submit/AppCreatePlan.h"
#include "submit/AppCreator.h"
#include "submit/AppSpecFile.h"
#include "submit/SshEndpoint.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

using submit::AppCreatePlan;
using submit::AppCreateResult;
using submit::AppSpec;

boinc::Json planJson(const AppSpec& spec)
{
    boinc::Json j = boinc::Json::object();
    j["app"] = spec.app.toStdString();
    j["plan_class"] = spec.planClassName().toStdString();
    j["plan_class_xml"] =
        spec.newPlanClass ? AppCreatePlan::planClassXml(*spec.newPlanClass).toStdString() : "";
    j["project_dir"] = spec.target.projectDir.toStdString();
    j["command"] = AppCreatePlan::commandLine(spec).toStdString();
    boinc::Json files = boinc::Json::array();
    for (const QString& f : AppCreatePlan::versionFiles(spec))
        files.push_back(f.toStdString());
    j["version_files"] = files;
    return j;
}

boinc::Json resultJson(const AppCreateResult& r)
{
    boinc::Json j = boinc::Json::object();
    j["app"] = r.app.toStdString();
    j["plan_class"] = r.planClass.toStdString();
    boinc::Json created = boinc::Json::array();
    for (const QString& f : r.created)
        created.push_back(f.toStdString());
    j["created"] = created;
    boinc::Json missing = boinc::Json::array();
    for (const QString& f : r.missing)
        missing.push_back(f.toStdString());
    j["missing"] = missing;
    j["plan_class_added"] = r.planClassAdded;
    j["plan_class_present"] = r.planClassPresent;
    j["tool_exit_code"] = r.toolExitCode;
    boinc::Json warnings = boinc::Json::array();
    for (const QString& w : r.warnings)
        warnings.push_back(w.toStdString());
    j["warnings"] = warnings;
    return j;
}

void printPlan(CliContext& ctx, const AppSpec& spec)
{
    if (ctx.json())
        return ctx.printJson(planJson(spec));
    QTextStream& out = ctx.out();
    out << Cli::tr("App: %1 (plan class %2)").arg(spec.app, spec.planClassName()) << Qt::endl;
    if (spec.newPlanClass)
        out << Cli::tr("Appended before the last line of %1/plan_class_spec.xml:").arg(spec.target.projectDir)
            << Qt::endl
            << AppCreatePlan::planClassXml(*spec.newPlanClass);
    out << Cli::tr("Run in %1:").arg(spec.target.projectDir) << Qt::endl
        << AppCreatePlan::commandLine(spec) << Qt::endl;
}

int runAppCreate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Creates a Docker app on the project server with boinc2docker --new_app (and a new plan "
                "class with --plan_class_new), then checks what was created.\nExit status: 0 created, 1 the "
                "server refused (app or plan class exists), 2 usage or connection error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("create"), Cli::tr("The action."));
    parser.addPositionalArgument(QStringLiteral("SPEC"), Cli::tr("The app spec (JSON)."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON document on stdout.")});
    parser.addOption(
        {QStringLiteral("dry-run"),
         Cli::tr("Print the plan class XML and the exact command, without contacting the server.")});
    parser.addOption({QStringLiteral("accept-host-key"),
                      Cli::tr("Trust the SSH server's host key if its fingerprint is FINGERPRINT."),
                      Cli::tr("FINGERPRINT")});
    CliContext::processArguments(parser, args);
    CliContext ctx;
    ctx.setJson(parser.isSet(QStringLiteral("json")));
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 || pos.first() != QLatin1String("create"))
        return ctx.usageError(Cli::tr("usage: app create SPEC.json"));
    const QString specPath = QFileInfo(pos.at(1)).absoluteFilePath();

    QStringList errors, warnings;
    const std::optional<AppSpec> read = submit::AppSpecFile::read(specPath, &errors, &warnings);
    if (!read) {
        for (const QString& e : errors)
            ctx.err() << Cli::tr("boinc-docker: %1: %2").arg(QFileInfo(specPath).fileName(), e) << Qt::endl;
        return ExitError;
    }
    const AppSpec spec = *read;
    for (const QString& w : warnings)
        ctx.err() << Cli::tr("boinc-docker: warning: %1").arg(w) << Qt::endl;
    if (parser.isSet(QStringLiteral("dry-run"))) {
        printPlan(ctx, spec);
        return ExitOk;
    }

    submit::AppCreator creator;
    QObject::connect(
        &creator, &submit::AppCreator::progress, &creator,
        [&ctx](submit::AppCreator::Stage, const QString& message) { ctx.err() << message << Qt::endl; });
    QObject::connect(&creator, &submit::AppCreator::failed, &creator,
                     [&ctx](const QString& message, bool refused, const submit::SshError&) {
                         ctx.err() << Cli::tr("boinc-docker: %1").arg(message) << Qt::endl;
                         ctx.finish(refused ? ExitFailed : ExitError);
                     });
    QObject::connect(&creator, &submit::AppCreator::finished, &creator, [&ctx](const AppCreateResult& r) {
        for (const QString& w : r.warnings)
            ctx.err() << Cli::tr("boinc-docker: warning: %1").arg(w) << Qt::endl;
        if (!r.ok() && !r.toolOutput.isEmpty())
            ctx.err() << r.toolOutput.trimmed() << Qt::endl;
        if (ctx.json()) {
            ctx.printJson(resultJson(r));
        } else {
            for (const QString& f : r.created)
                ctx.out() << Cli::tr("created %1").arg(f) << Qt::endl;
            for (const QString& f : r.missing)
                ctx.out() << Cli::tr("MISSING %1").arg(f) << Qt::endl;
            ctx.out() << (r.planClassAdded ? Cli::tr("plan class %1 added").arg(r.planClass)
                          : r.planClassPresent
                              ? Cli::tr("plan class %1 present").arg(r.planClass)
                              : Cli::tr("plan class %1 NOT in plan_class_spec.xml").arg(r.planClass))
                      << Qt::endl;
        }
        ctx.finish(r.ok() ? ExitOk : ExitFailed);
    });
    auto start = [&] {
        creator.start(spec);
    };
    const QString fingerprint = parser.value(QStringLiteral("accept-host-key"));
    if (!fingerprint.isEmpty())
        trustHostKey(ctx, submit::SshEndpoint::fromTarget(spec.target), fingerprint, start);
    else
        QMetaObject::invokeMethod(&creator, start, Qt::QueuedConnection);
    return ctx.exec();
}

} // namespace

int runApp(const QStringList& args)
{
    return runAppCreate(args);
}

} // namespace bdm::cli
