#include "engine/EngineCli.h"

#include "engine/CliParsers.h"
#include "engine/EngineParsers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace bdm::engine {
namespace {

// What a failed run may keep of stderr for its message.
constexpr qsizetype maxErrorBytes = 64 * 1024;

} // namespace

struct EngineCli::Run
{
    QProcess* process = nullptr;
    QPointer<const QObject> context;
    bool hasContext = false;
    Finished done;
    Output onStdout;
    Output onStderr;
    QByteArray out;
    QByteArray err;
    bool timedOut = false;
    bool cancelled = false;

    bool alive() const { return !hasContext || !context.isNull(); }
    void readOutput()
    {
        const QByteArray chunk = process->readAllStandardOutput();
        if (chunk.isEmpty())
            return;
        if (!onStdout)
            out += chunk;
        else if (alive())
            onStdout(chunk);
    }
    void readError()
    {
        const QByteArray chunk = process->readAllStandardError();
        if (chunk.isEmpty())
            return;
        if (onStderr && alive())
            onStderr(chunk);
        // Kept for the failure message too (for `logs`, stderr is also the container's).
        if (err.size() < maxErrorBytes)
            err += chunk;
    }
};

EngineCli::EngineCli(EngineEndpoint endpoint, QObject* parent)
    : ContainerEngine(parent), m_endpoint(std::move(endpoint)), m_command(commandFor(m_endpoint)),
      m_flavour(flavourOf(m_command))
{
    setEngineType(m_flavour);
}

EngineCli::~EngineCli()
{
    for (auto& [id, run] : m_runs) {
        if (!run->process)
            continue;
        run->process->disconnect(this);
        run->process->kill();
        run->process->waitForFinished(1000);
        delete run->process;
    }
}

QStringList EngineCli::commandFor(const EngineEndpoint& endpoint)
{
    if (endpoint.kind == EngineEndpoint::Kind::NamedPipe)
        return {QStringLiteral("docker"), QStringLiteral("-H"), endpoint.toString()};
    if (endpoint.kind == EngineEndpoint::Kind::Cli)
        return endpoint.command;
    // A socket or TCP address read through the docker CLI (useful where curl is not wanted).
    return {QStringLiteral("docker"), QStringLiteral("-H"), endpoint.toString()};
}

EngineType EngineCli::flavourOf(const QStringList& command)
{
    // "podman ...", "wsl -d boinc-buda-runner -u root podman", ".../Run_Podman /opt/podman/bin/podman"
    const bool podman = std::any_of(command.cbegin(), command.cend(), [](const QString& part) {
        return QFileInfo(part).fileName().startsWith(QLatin1String("podman"));
    });
    return podman ? EngineType::Podman : EngineType::Docker;
}

QStringList EngineCli::jsonFormat() const
{
    return {QStringLiteral("--format"),
            m_flavour == EngineType::Podman ? QStringLiteral("json") : QStringLiteral("{{json .}}")};
}

RequestId EngineCli::run(const QStringList& arguments, const QObject* context, int timeoutMs, Finished done,
                         Output onStdout, Output onStderr)
{
    const RequestId id = m_nextId++;
    auto r = std::make_shared<Run>();
    r->context = context;
    r->hasContext = context != nullptr;
    r->done = std::move(done);
    r->onStdout = std::move(onStdout);
    r->onStderr = std::move(onStderr);
    r->process = new QProcess(this);
    QProcess* p = r->process;
    p->setProgram(m_command.value(0));
    p->setArguments(m_command.mid(1) + arguments);
    if (!m_environment.isEmpty())
        p->setProcessEnvironment(m_environment);
    p->setStandardInputFile(QProcess::nullDevice());
    m_runs.emplace(id, r);

    connect(p, &QProcess::readyReadStandardOutput, this, [r] { r->readOutput(); });
    connect(p, &QProcess::readyReadStandardError, this, [r] { r->readError(); });
    connect(p, &QProcess::finished, this, [this, id, r](int exitCode, QProcess::ExitStatus status) {
        r->readOutput();
        r->readError();
        if (r->cancelled)
            finish(id, EngineError::make(EngineError::Cancelled, tr("the request was cancelled")));
        else if (r->timedOut)
            finish(id,
                   EngineError::make(EngineError::Timeout,
                                     tr("%1 did not finish in time").arg(m_command.join(QLatin1Char(' ')))));
        else if (status != QProcess::NormalExit)
            finish(id, EngineError::make(EngineError::Unreachable, tr("%1 crashed").arg(m_command.value(0))));
        else if (exitCode != 0)
            finish(id, parse::cli::failure(exitCode, QString::fromLocal8Bit(r->err)));
        else
            finish(id, {});
    });
    connect(p, &QProcess::errorOccurred, this, [this, id, r](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(id, EngineError::make(
                           EngineError::Unreachable,
                           tr("cannot run %1: %2").arg(m_command.value(0), r->process->errorString())));
    });
    if (timeoutMs > 0) {
        auto* timer = new QTimer(p);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, p, [r] {
            r->timedOut = true;
            r->process->kill();
        });
        timer->start(timeoutMs);
    }
    // Started from the event loop: a program that cannot start is reported later, never
    // from inside this call.
    QMetaObject::invokeMethod(
        this,
        [this, id, r] {
            if (r->cancelled)
                finish(id, EngineError::make(EngineError::Cancelled, tr("the request was cancelled")));
            else if (m_runs.count(id))
                r->process->start();
        },
        Qt::QueuedConnection);
    return id;
}

void EngineCli::finish(RequestId id, EngineError error)
{
    const auto it = m_runs.find(id);
    if (it == m_runs.end())
        return; // finished already (errorOccurred and finished can both come)
    const std::shared_ptr<Run> r = it->second;
    m_runs.erase(it);
    r->process->disconnect(this);
    // Out of this engine's children: `done` may delete the engine (its last owner letting go),
    // and that must not delete the process while it is still inside its finished() signal.
    r->process->setParent(nullptr);
    r->process->deleteLater();
    if (r->alive() && r->done)
        r->done(error, r->out);
}

void EngineCli::cancel(RequestId id)
{
    const auto it = m_runs.find(id);
    if (it == m_runs.end())
        return;
    it->second->cancelled = true;
    if (it->second->process->state() != QProcess::NotRunning)
        it->second->process->kill();
}

template <class T>
void EngineCli::query(const QStringList& arguments, const QObject* context, Handler<T> handler,
                      std::function<EngineResult<T>(const QByteArray&)> parse)
{
    run(arguments, context, m_timeoutMs,
        [handler = std::move(handler), parse = std::move(parse)](const EngineError& error,
                                                                 const QByteArray& out) {
            handler(error.ok() ? parse(out) : EngineResult<T>{error, T{}});
        });
}

void EngineCli::ping(const QObject* context, Handler<PingReply> handler)
{
    const EngineType flavour = m_flavour;
    version(context, [handler = std::move(handler), flavour](const EngineResult<EngineVersion>& v) {
        PingReply reply;
        reply.type = v.ok() ? v.value.type : flavour;
        reply.apiVersion = v.value.apiVersion;
        handler({v.error, reply});
    });
}

void EngineCli::version(const QObject* context, Handler<EngineVersion> handler)
{
    const EngineType flavour = m_flavour;
    query<EngineVersion>(QStringList{QStringLiteral("version")} + jsonFormat(), context, std::move(handler),
                         [flavour](const QByteArray& out) { return parse::cli::version(out, flavour); });
}

void EngineCli::info(const QObject* context, Handler<EngineInfo> handler)
{
    const EngineType flavour = m_flavour;
    query<EngineInfo>(QStringList{QStringLiteral("info")} + jsonFormat(), context, std::move(handler),
                      [flavour](const QByteArray& out) { return parse::cli::info(out, flavour); });
}

void EngineCli::listContainers(const ContainerFilter& filter, const QObject* context,
                               Handler<QList<ContainerSummary>> handler)
{
    QStringList args{QStringLiteral("ps"), QStringLiteral("--no-trunc")};
    if (filter.all)
        args << QStringLiteral("--all");
    if (!filter.namePrefix.isEmpty())
        args << QStringLiteral("--filter") << QStringLiteral("name=^") + filter.namePrefix;
    query<QList<ContainerSummary>>(args + jsonFormat(), context, std::move(handler), &parse::cli::containers);
}

void EngineCli::inspectContainer(const QString& idOrName, const QObject* context,
                                 Handler<ContainerDetails> handler)
{
    query<ContainerDetails>({QStringLiteral("container"), QStringLiteral("inspect"), idOrName}, context,
                            std::move(handler),
                            [](const QByteArray& out) { return parse::containerDetails(out); });
}

void EngineCli::containerStats(const QString& idOrName, StatsMode, const QObject* context,
                               Handler<StatsSample> handler)
{
    QStringList args{QStringLiteral("stats"), QStringLiteral("--no-stream")};
    if (m_flavour != EngineType::Podman)
        args << QStringLiteral("--no-trunc");
    query<StatsSample>(args + jsonFormat() + QStringList{idOrName}, context, std::move(handler),
                       &parse::cli::stats);
}

void EngineCli::listImages(const QObject* context, Handler<QList<ImageSummary>> handler)
{
    QStringList args{QStringLiteral("images")};
    if (m_flavour != EngineType::Podman)
        args << QStringLiteral("--no-trunc");
    query<QList<ImageSummary>>(args + jsonFormat(), context, std::move(handler), &parse::cli::images);
}

} // namespace bdm::engine
