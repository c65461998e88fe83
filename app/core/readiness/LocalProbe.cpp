#include "readiness/LocalProbe.h"

#include "readiness/NvidiaLibraries.h"
#include "readiness/NvidiaSmi.h"
#include "readiness/ProgramRunner.h"
#include "readiness/ServiceUserProbe.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

namespace bdm::readiness {

namespace {

// Sockets whose permissions decide whether the service user reaches an engine.
QStringList socketsToCheck(const LocalProbeOptions& options)
{
    QStringList paths{QStringLiteral("/var/run/docker.sock"), QStringLiteral("/run/podman/podman.sock")};
    if (options.engineEndpoint && options.engineEndpoint->kind == engine::EngineEndpoint::Kind::Unix) {
        QString path = options.engineEndpoint->path;
        if (!options.root.isEmpty() && path.startsWith(options.root))
            path = path.mid(options.root.size());
        if (!paths.contains(path))
            paths.prepend(path);
    }
    return paths;
}

// Extra slack for the worker over the programs' own timeout before we stop waiting for it.
constexpr int workerSlackMs = 5000;

} // namespace

LocalProbe::LocalProbe(QObject* parent) : QObject(parent), m_runner(new ProgramRunner(this)), m_run(this) {}

LocalProbe::~LocalProbe()
{
    cancel();
}

void LocalProbe::cancel()
{
    m_run.stop();
    m_handler = nullptr;
}

LocalFacts LocalProbe::examineFiles(const LocalProbeOptions& options)
{
    const SystemRoot root(options.root);
    LocalFacts f;
    f.serviceUser = options.findClient ? ServiceUserProbe::examineClientUser(root, options.serviceUser)
                                       : ServiceUserProbe::examine(root, options.serviceUser);
    f.selinux = ServiceUserProbe::selinux(root);
    for (const QString& path : socketsToCheck(options)) {
        const SocketAccess access = SocketAccess::check(root, path, f.serviceUser);
        if (access.exists)
            f.serviceUserSockets.append(access);
    }
    f.devices = GpuDevices::read(root);
    QStringList cdiDirs = options.cdiDirectories;
    if (options.engineInfo && options.engineInfo->cdiSpecDirs) {
        for (const QString& dir : *options.engineInfo->cdiSpecDirs) {
            if (!cdiDirs.contains(dir))
                cdiDirs.append(dir);
        }
    }
    f.cdiSpecs = CdiSpec::scan(root, cdiDirs);
    QStringList disks = options.diskPaths;
    if (options.engineInfo && !options.engineInfo->rootDir.isEmpty())
        disks.prepend(options.engineInfo->rootDir);
    if (!f.serviceUser.dataDir.isEmpty())
        disks.append(f.serviceUser.dataDir);
    f.resources = SystemResources::read(root, disks);
    if (options.probeLibraries)
        f.nvidia = NvidiaLibraries::probe(options.nvmlLibrary, options.cudaLibrary);
    return f;
}

void LocalProbe::run(const LocalProbeOptions& options, const QObject* context, Handler handler)
{
    cancel();
    m_options = options;
    m_facts = LocalFacts{};
    m_programsDone = false;
    m_filesDone = false;
    QObject* guard = m_run.start();
    const QPointer<const QObject> target(context);
    const bool hasContext = context != nullptr;
    m_handler = [target, hasContext, handler = std::move(handler)](const LocalFacts& facts) {
        if (!hasContext || !target.isNull())
            handler(facts);
    };

    m_runner->setEnvironment(options.environment);
    m_runner->setTimeout(options.programTimeoutMs);
    m_runner->run(LocalPrograms::requests(), guard,
                  [this](const QList<ProgramRun>& runs) { programsDone(runs); });

    // The relay lives on this thread and outlives the worker's one post, which deletes it; the
    // worker never touches `this` or `guard`, which may be gone by then.
    auto* relay = new QObject;
    const QPointer<QObject> guardAlive(guard);
    QThread* worker = QThread::create([options, relay, guardAlive, this] {
        LocalFacts facts = examineFiles(options);
        QMetaObject::invokeMethod(
            relay,
            [relay, guardAlive, this, facts = std::move(facts)] {
                relay->deleteLater();
                if (m_run.isCurrent(guardAlive))
                    filesDone(facts);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
    QTimer::singleShot(options.programTimeoutMs + workerSlackMs, guard, [this] { maybeDeliver(true); });
}

void LocalProbe::programsDone(const QList<ProgramRun>& runs)
{
    m_programsDone = true;
    m_facts.programs = LocalPrograms::fromRuns(runs);
    if (m_facts.programs.nvidiaSmi.found()) {
        const ProgramRun& smi = m_facts.programs.nvidiaSmi;
        m_facts.nvidiaSmi = NvidiaSmi::parse(smi.output, smi.exitCode);
        if (!smi.error.isEmpty() && m_facts.nvidiaSmi.gpus.isEmpty())
            m_facts.nvidiaSmi.error = smi.error;
    }
    maybeDeliver(false);
}

void LocalProbe::filesDone(const LocalFacts& facts)
{
    m_filesDone = true;
    const LocalPrograms programs = m_facts.programs;
    const NvidiaSmiFacts smi = m_facts.nvidiaSmi;
    m_facts = facts;
    m_facts.programs = programs;
    m_facts.nvidiaSmi = smi;
    maybeDeliver(false);
}

void LocalProbe::maybeDeliver(bool force)
{
    if (!m_run.context() || (!force && (!m_programsDone || !m_filesDone)))
        return;
    m_facts.examined = true;
    m_facts.filesTimedOut = !m_filesDone;
    m_facts.engineInfo = m_options.engineInfo;
    m_facts.engineEndpoint = m_options.engineEndpoint;
    m_facts.engineType = m_options.engineType;
    m_facts.discovery = m_options.discovery;
    m_facts.engineError = m_options.engineError;
    const Handler handler = std::exchange(m_handler, {});
    m_run.stop();
    if (handler)
        handler(m_facts);
}

} // namespace bdm::readiness
