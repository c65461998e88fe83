#include "readiness/LocalPrograms.h"

#include "readiness/NvidiaSmi.h"
#include "readiness/ProgramVersion.h"

#include <iterator>

namespace bdm::readiness {

namespace {

ProgramRun request(const char* program, QStringList arguments)
{
    ProgramRun r;
    r.program = QString::fromLatin1(program);
    r.arguments = std::move(arguments);
    return r;
}

ProgramRun lookup(const char* program)
{
    ProgramRun r;
    r.program = QString::fromLatin1(program);
    r.lookOnly = true;
    return r;
}

} // namespace

QList<ProgramRun> LocalPrograms::requests()
{
    const QString version = QStringLiteral("version");
    const QString dashVersion = QStringLiteral("--version");
    return {request("docker", {dashVersion}),
            request("podman", {dashVersion}),
            request("docker", {QStringLiteral("compose"), version}),
            request("docker-compose", {dashVersion}),
            request("podman", {QStringLiteral("compose"), version}),
            lookup("boinc"),
            lookup("boinccmd"),
            request("nvidia-smi", NvidiaSmi::arguments()),
            request("nvidia-ctk", {dashVersion}),
            lookup("nvidia-container-cli")};
}

LocalPrograms LocalPrograms::fromRuns(const QList<ProgramRun>& runs)
{
    LocalPrograms p;
    ProgramRun* targets[] = {&p.docker, &p.podman,   &p.composePlugin, &p.composeV1, &p.podmanCompose,
                             &p.boinc,  &p.boinccmd, &p.nvidiaSmi,     &p.nvidiaCtk, &p.nvidiaContainerCli};
    for (qsizetype i = 0; i < runs.size() && i < static_cast<qsizetype>(std::size(targets)); ++i)
        *targets[i] = runs.at(i);
    // The client reads stdout only (2>/dev/null).
    p.dockerVersion = ProgramVersion::engine(p.docker.output);
    p.dockerIsPodman = p.docker.output.contains("podman version");
    p.podmanVersion = ProgramVersion::engine(p.podman.output);
    p.composePluginVersion = ProgramVersion::composePlugin(p.composePlugin.output);
    p.composeV1Version = ProgramVersion::composeStandalone(p.composeV1.output);
    if (p.podmanCompose.succeeded())
        p.podmanComposeVersion =
            ProgramVersion::podmanCompose(p.podmanCompose.output + p.podmanCompose.errorOutput);
    p.toolkitVersion = ProgramVersion::toolkit(p.nvidiaCtk.output);
    return p;
}

QString LocalPrograms::clientEngine() const
{
    if (!podmanVersion.isEmpty())
        return QStringLiteral("podman");
    if (!dockerVersion.isEmpty())
        return dockerIsPodman ? QStringLiteral("podman") : QStringLiteral("docker");
    return {};
}

QString LocalPrograms::clientEngineVersion() const
{
    return !podmanVersion.isEmpty() ? podmanVersion : dockerVersion;
}

} // namespace bdm::readiness
