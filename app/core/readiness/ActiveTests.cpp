#include "readiness/ActiveTests.h"

#include "readiness/ReadinessTr.h"

#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace bdm::readiness {

using engine::EngineEndpoint;
using engine::EngineType;

namespace {

const QString helloId = QStringLiteral("active.hello");
const QString gpusId = QStringLiteral("active.gpu.gpus");
const QString cdiId = QStringLiteral("active.gpu.cdi");
constexpr int outputTailBytes = 2000;

QString tail(const QByteArray& output)
{
    const QByteArray cut = output.size() > outputTailBytes ? output.right(outputTailBytes) : output;
    return QString::fromUtf8(cut).trimmed();
}

} // namespace

ActiveTests::ActiveTests(QObject* parent) : QObject(parent) {}

ActiveTests::~ActiveTests()
{
    cancel();
}

QStringList ActiveTests::cliFor(const EngineEndpoint& endpoint, EngineType type)
{
    if (endpoint.kind == EngineEndpoint::Kind::Cli)
        return endpoint.command;
    if (type == EngineType::Podman) {
        if (endpoint.kind == EngineEndpoint::Kind::Unix)
            return {QStringLiteral("podman"), QStringLiteral("--url"),
                    QStringLiteral("unix://") + endpoint.path};
        return {QStringLiteral("podman"), QStringLiteral("--url"), endpoint.toString()};
    }
    QStringList cli{QStringLiteral("docker"), QStringLiteral("-H")};
    switch (endpoint.kind) {
    case EngineEndpoint::Kind::Unix:
        cli << QStringLiteral("unix://") + endpoint.path;
        break;
    case EngineEndpoint::Kind::NamedPipe:
        cli << endpoint.toString();
        break;
    default:
        cli << QStringLiteral("tcp://%1:%2").arg(endpoint.host).arg(endpoint.port);
        if (endpoint.tls) {
            cli << (endpoint.tlsVerify ? QStringLiteral("--tlsverify") : QStringLiteral("--tls"));
            if (!endpoint.caFile.isEmpty())
                cli << QStringLiteral("--tlscacert") << endpoint.caFile;
            if (!endpoint.certFile.isEmpty())
                cli << QStringLiteral("--tlscert") << endpoint.certFile << QStringLiteral("--tlskey")
                    << endpoint.keyFile;
        }
        break;
    }
    return cli;
}

int ActiveTests::stepCount() const
{
    return int(m_steps.size());
}

void ActiveTests::run(const ActiveTestOptions& options, const QObject* context, Handler handler)
{
    cancel();
    m_options = options;
    m_cli = cliFor(options.endpoint, options.type);
    m_context = context;
    m_handler = std::move(handler);
    m_results.clear();
    m_passed.clear();
    m_index = 0;
    const QStringList run{QStringLiteral("run"), QStringLiteral("--rm")};
    m_steps = {{helloId,
                Readiness::tr("Running %1 as the BOINC client's own test does").arg(options.helloImage),
                run + QStringList{options.helloImage}, QStringLiteral("Hello")}};
    if (options.gpu) {
        const QStringList smi{options.gpuImage, QStringLiteral("nvidia-smi"), QStringLiteral("-L")};
        m_steps.append({gpusId,
                        Readiness::tr("Running a CUDA container with --gpus all, as docker_wrapper does"),
                        run + QStringList{QStringLiteral("--gpus"), QStringLiteral("all")} + smi,
                        QStringLiteral("GPU 0")});
        m_steps.append(
            {cdiId, Readiness::tr("Running a CUDA container with the CDI device nvidia.com/gpu=all"),
             run + QStringList{QStringLiteral("--device"), QStringLiteral("nvidia.com/gpu=all")} + smi,
             QStringLiteral("GPU 0")});
    }
    if (m_cli.isEmpty()) {
        m_results << Check{helloId,
                           CheckGroup::Active,
                           CheckStatus::Skip,
                           Readiness::tr("No engine CLI to run a container with"),
                           {},
                           {}};
        deliver();
        return;
    }
    startStep();
}

void ActiveTests::cancel()
{
    if (!m_process)
        return;
    QProcess* process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    process->kill();
    process->waitForFinished(1000);
    process->deleteLater();
    m_handler = nullptr;
}

void ActiveTests::startStep()
{
    const Step& step = m_steps.at(m_index);
    Q_EMIT stepStarted(m_index, int(m_steps.size()), step.description);
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setProcessEnvironment(m_options.environment);
    QProcess* process = m_process;
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
        if (process == m_process)
            stepFinished(code, status == QProcess::CrashExit);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && process == m_process)
            stepFinished(-1, true);
    });
    QTimer::singleShot(m_options.timeoutMs, process, [this, process] {
        if (process == m_process && process->state() != QProcess::NotRunning)
            process->kill();
    });
    process->start(m_cli.first(), m_cli.mid(1) + step.arguments);
}

void ActiveTests::stepFinished(int exitCode, bool crashed)
{
    QProcess* process = m_process;
    m_process = nullptr;
    const Step& step = m_steps.at(m_index);
    const QByteArray output = process->readAll();
    const bool started = process->error() != QProcess::FailedToStart;
    process->deleteLater();
    const bool passed = started && !crashed && exitCode == 0 && output.contains(step.expect.toUtf8());
    m_passed.append(passed);
    const QString commandLine = (m_cli + step.arguments).join(QLatin1Char(' '));
    Check check{step.id, CheckGroup::Active, passed ? CheckStatus::Pass : CheckStatus::Fail, {}, {}, {}};
    check.detail = QStringLiteral("$ %1\n%2").arg(commandLine, tail(output));
    if (!started) {
        check.summary = Readiness::tr("%1 could not be started").arg(m_cli.first());
    } else if (step.id == helloId) {
        check.summary =
            passed
                ? Readiness::tr("A container ran and printed \"Hello\"")
                : Readiness::tr("The hello-world container did not print \"Hello\" (exit %1)").arg(exitCode);
        if (!passed)
            check.fix = Readiness::tr("Run it yourself to see why: %1").arg(commandLine);
    } else if (step.id == gpusId) {
        check.summary = passed ? Readiness::tr("--gpus all works: the GPU is visible in the container")
                               : Readiness::tr("--gpus all failed (exit %1)").arg(exitCode);
    } else {
        check.summary =
            passed ? Readiness::tr("The CDI device nvidia.com/gpu=all works")
                   : Readiness::tr("The CDI device nvidia.com/gpu=all failed (exit %1)").arg(exitCode);
    }
    m_results << check;
    ++m_index;
    if (m_index < m_steps.size()) {
        startStep();
        return;
    }
    if (m_options.gpu)
        finishGpuComparison();
    deliver();
}

void ActiveTests::finishGpuComparison()
{
    const bool gpus = m_passed.value(1);
    const bool cdi = m_passed.value(2);
    Check check{QStringLiteral("active.gpu"), CheckGroup::Active, CheckStatus::Pass, {}, {}, {}};
    if (gpus) {
        check.summary = Readiness::tr("GPU containers work the way BOINC starts them (--gpus all)");
    } else if (cdi) {
        check.status = CheckStatus::Fail;
        check.summary =
            Readiness::tr("Only the CDI form works: BOINC's --gpus all will not work on this engine");
        check.fix = m_options.type == EngineType::Podman
                        ? Readiness::tr("Upgrade Podman to a version that maps --gpus to CDI (5.0 or later)")
                        : QStringLiteral("sudo nvidia-ctk runtime configure --runtime=docker && "
                                         "sudo systemctl restart docker");
    } else {
        check.status = CheckStatus::Fail;
        check.summary = Readiness::tr("No GPU container could be run, with --gpus all or with CDI");
        check.fix = QStringLiteral("sudo apt install nvidia-container-toolkit && "
                                   "sudo nvidia-ctk cdi generate --output=/etc/cdi/nvidia.yaml");
    }
    m_results << check;
}

void ActiveTests::deliver()
{
    Handler handler = std::move(m_handler);
    m_handler = nullptr;
    QPointer<const QObject> context(m_context);
    const CheckList results = m_results;
    QMetaObject::invokeMethod(
        this,
        [handler, context, results] {
            if (context && handler)
                handler(results);
        },
        Qt::QueuedConnection);
}

} // namespace bdm::readiness
