#include "CliContext.h"
#include "Commands.h"
#include "boinc/TaskJson.h"

#include <QCoreApplication>

namespace bdm::cli {
namespace {

// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString gib(double bytes)
{
    return QStringLiteral("%1 GiB").arg(bytes / (1024.0 * 1024 * 1024), 0, 'f', 1);
}

void printHost(CliContext& ctx, const boinc::ClientVersion& version, const boinc::HostInfo& h)
{
    QTextStream& out = ctx.out();
    out << Cli::tr("Host:            %1 (%2)").arg(h.domainName, ctx.endpoint().toString()) << Qt::endl;
    out << Cli::tr("BOINC client:    %1").arg(version.toString()) << Qt::endl;
    out << Cli::tr("OS:              %1 %2").arg(h.osName, h.osVersion) << Qt::endl;
    out << Cli::tr("CPU:             %1 x %2").arg(h.cpuCount).arg(h.cpuModel) << Qt::endl;
    out << Cli::tr("Memory:          %1").arg(gib(h.memoryBytes)) << Qt::endl;
    out << Cli::tr("Disk:            %1 free of %2").arg(gib(h.diskFree), gib(h.diskTotal)) << Qt::endl;
    if (h.isWindows()) {
        if (h.wslDistros.isEmpty())
            out << Cli::tr("WSL distros:     none reported") << Qt::endl;
        for (const boinc::WslDistro& d : h.wslDistros) {
            out << Cli::tr("WSL distro:      %1 (%2 %3)%4")
                       .arg(
                           d.name, d.osName, d.osVersion,
                           d.dockerVersion.isEmpty()
                               ? QString()
                               : Cli::tr(", %1 %2").arg(boinc::engineTypeName(d.dockerType), d.dockerVersion))
                << Qt::endl;
        }
    } else if (h.dockerVersion.isEmpty()) {
        out << Cli::tr("Container engine: none reported by the client") << Qt::endl;
    } else {
        out << Cli::tr("Container engine: %1 %2").arg(boinc::engineTypeName(h.dockerType), h.dockerVersion)
            << Qt::endl;
    }
    if (!h.compose.version.isEmpty())
        out << Cli::tr("Compose:         %1 %2").arg(boinc::engineTypeName(h.compose.type), h.compose.version)
            << Qt::endl;
    if (h.gpus.isEmpty())
        out << Cli::tr("GPUs:            none") << Qt::endl;
    for (const boinc::Gpu& g : h.gpus) {
        out << Cli::tr("GPU:             %1 x %2 (%3)").arg(g.count).arg(g.name, g.type);
        if (!g.driverVersionText().isEmpty())
            out << Cli::tr(", driver %1").arg(g.driverVersionText());
        if (!g.cudaVersionText().isEmpty())
            out << Cli::tr(", CUDA %1").arg(g.cudaVersionText());
        out << Qt::endl;
    }
}

} // namespace

int runHost(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Show what the BOINC client knows about its host, including the container "
                "engine and GPUs it detected."));
    parser.addHelpOption();
    CliContext::addCommonOptions(parser);
    CliContext::processArguments(parser, args);
    CliContext ctx;
    if (!ctx.readCommonOptions(parser))
        return ExitError;

    QObject guard;
    ctx.client().exchangeVersions(&guard, [&](const boinc::RpcResult<boinc::ClientVersion>& version) {
        if (!version.ok()) {
            ctx.finish(ctx.reportRpcError(version.error));
            return;
        }
        ctx.client().getHostInfo(&guard, [&, version](const boinc::RpcResult<boinc::HostInfo>& host) {
            if (!host.ok()) {
                ctx.finish(ctx.reportRpcError(host.error));
                return;
            }
            if (ctx.json()) {
                ctx.printJson(boinc::Json{{"host", boinc::utf8(ctx.endpoint().toString())},
                                          {"client_version", boinc::utf8(version.value.toString())},
                                          {"host_info", boinc::hostInfoToJson(host.value)}});
            } else {
                printHost(ctx, version.value, host.value);
            }
            ctx.finish(ExitOk);
        });
    });
    return ctx.exec();
}

} // namespace bdm::cli
