#include "submit/LocalTestRun.h"

#include "submit/JobInputs.h"
#include "submit/JobScriptGenerator.h"
#include "submit/JobSpecValidator.h"
#include "submit/SubmitTr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace bdm::submit {
namespace {

constexpr int terminateGraceMs = 5000;

QString findIn(const QProcessEnvironment& env, const QString& program)
{
    const QStringList path = env.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(program, path);
}

// Runs in the worker thread: only its arguments, no member of LocalTestRun.
QString prepareSlot(const QString& dir, const QStringList& inputs, const QString& script,
                    const QByteArray& initData, const std::shared_ptr<std::atomic_bool>& stop)
{
    for (const QString& input : inputs) {
        if (*stop)
            return Submit::tr("cancelled");
        const QString target = dir + QLatin1Char('/') + QFileInfo(input).fileName();
        if (!QFile::copy(input, target))
            return Submit::tr("cannot copy %1 into the test directory").arg(input);
    }
    QFile file(dir + QLatin1Char('/') + JobInputs::jobScriptOpenName());
    if (!file.open(QIODevice::WriteOnly) || file.write(script.toUtf8()) < 0)
        return Submit::tr("cannot write the job script: %1").arg(file.errorString());
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                        QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    if (!initData.isEmpty()) {
        QFile init(dir + QStringLiteral("/init_data.xml"));
        if (!init.open(QIODevice::WriteOnly) || init.write(initData) < 0)
            return Submit::tr("cannot write init_data.xml: %1").arg(init.errorString());
    }
    return QString();
}

} // namespace

LocalTestRun::LocalTestRun(QObject* parent) : QObject(parent) {}

LocalTestRun::~LocalTestRun()
{
    stopPreparing();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(terminateGraceMs)) {
            m_process->kill();
            m_process->waitForFinished(1000);
            forceRemoveContainer();
        }
    }
    if (m_dir)
        m_dir->setAutoRemove(!m_keep);
}

void LocalTestRun::setEnvironment(const QProcessEnvironment& environment)
{
    m_environment = environment;
}

void LocalTestRun::setInitData(const QByteArray& xml)
{
    m_initData = xml;
}

void LocalTestRun::setKeepDirectory(bool keep)
{
    m_keep = keep;
    if (m_dir)
        m_dir->setAutoRemove(!keep);
}

void LocalTestRun::setRow(int row)
{
    m_row = row;
}

QString LocalTestRun::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

bool LocalTestRun::start(const JobSpec& spec, QString* error)
{
    const auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_state != State::Idle)
        return refuse(Submit::tr("a test run is already under way"));
    QStringList problems;
    // Where the job would be submitted does not matter for a run on this computer.
    for (const SpecProblem& p : JobSpecValidator::errors(spec)) {
        if (!p.field.startsWith(QLatin1String("target")))
            problems << p.text();
    }
    if (!problems.isEmpty())
        return refuse(problems.join(QLatin1Char('\n')));

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/bdm-local-run-XXXXXX"));
    if (!m_dir->isValid())
        return refuse(Submit::tr("cannot create a temporary directory: %1").arg(m_dir->errorString()));
    m_dir->setAutoRemove(!m_keep);

    m_spec = spec;
    m_cancelled = false;
    m_exitCode = -1;
    m_elapsedS = 0;
    m_outputs.clear();
    m_containerName = QStringLiteral("bdmjob_%1_local_%2")
                          .arg(spec.name)
                          .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    JobScriptOptions options;
    options.row = m_row >= 0 ? m_row : (spec.parameterRows.isEmpty() ? -1 : 0);
    const QString script = JobScriptGenerator::generate(spec, options);

    m_state = State::Preparing;
    m_stopPreparing = std::make_shared<std::atomic_bool>(false);
    const QString dir = m_dir->path();
    const QStringList inputs = JobInputs::paths(spec);
    const QByteArray initData = m_initData;
    const auto stop = m_stopPreparing;
    m_prepare = QThread::create([this, dir, inputs, script, initData, stop] {
        const QString why = prepareSlot(dir, inputs, script, initData, stop);
        QMetaObject::invokeMethod(
            this, [this, why] { onPrepared(why); }, Qt::QueuedConnection);
    });
    m_prepare->start();
    return true;
}

void LocalTestRun::stopPreparing()
{
    if (!m_prepare)
        return;
    *m_stopPreparing = true;
    m_prepare->wait();
    delete m_prepare;
    m_prepare = nullptr;
}

void LocalTestRun::onPrepared(const QString& error)
{
    stopPreparing();
    if (m_cancelled)
        return end(-1, Submit::tr("cancelled"));
    if (!error.isEmpty())
        return end(-1, error);

    const QString bash = findIn(QProcessEnvironment::systemEnvironment(), QStringLiteral("bash"));
    m_process = new QProcess(this);
    m_process->setWorkingDirectory(m_dir->path());
    QProcessEnvironment env = m_environment;
    env.insert(QStringLiteral("BDM_CONTAINER_NAME"), m_containerName);
    m_process->setProcessEnvironment(env);
    m_process->setProgram(bash.isEmpty() ? QStringLiteral("/bin/bash") : bash);
    m_process->setArguments({QStringLiteral("./") + JobInputs::jobScriptOpenName()});
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        const QString text = m_stdoutDecoder.decode(m_process->readAllStandardOutput());
        if (!text.isEmpty())
            emit output(text, Stream::StandardOutput);
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QString text = m_stderrDecoder.decode(m_process->readAllStandardError());
        if (!text.isEmpty())
            emit output(text, Stream::StandardError);
    });
    connect(m_process, &QProcess::finished, this, &LocalTestRun::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            end(-1, Submit::tr("cannot start bash: %1").arg(m_process->errorString()));
    });
    m_state = State::Running;
    m_timer.start();
    m_process->start();
    emit started();
}

void LocalTestRun::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    m_elapsedS = double(m_timer.elapsed()) / 1000.0;
    if (status != QProcess::NormalExit)
        forceRemoveContainer();
    end(status == QProcess::NormalExit ? exitCode : -1,
        status == QProcess::NormalExit ? QString() : Submit::tr("the job script was killed"));
}

void LocalTestRun::end(int exitCode, const QString& error)
{
    if (m_state == State::Idle)
        return;
    m_state = State::Idle;
    m_exitCode = exitCode;
    collectOutputs();
    emit finished(exitCode, m_elapsedS, m_cancelled && error.isEmpty() ? Submit::tr("cancelled") : error);
}

void LocalTestRun::collectOutputs()
{
    m_outputs.clear();
    for (const QString& name : m_spec.outputs) {
        OutputFile f;
        f.name = name;
        f.path = m_dir ? m_dir->filePath(name) : QString();
        const QFileInfo info(f.path);
        f.present = !f.path.isEmpty() && info.isFile();
        f.size = f.present ? info.size() : 0;
        m_outputs << f;
    }
}

void LocalTestRun::cancel()
{
    if (m_state == State::Idle)
        return;
    m_cancelled = true;
    if (m_state == State::Preparing) {
        *m_stopPreparing = true;
        return;
    }
    // As BOINC stops a task: SIGTERM, on which the script removes its container.
    m_process->terminate();
    QTimer::singleShot(terminateGraceMs, m_process, [this] {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            forceRemoveContainer();
        }
    });
}

void LocalTestRun::forceRemoveContainer()
{
    if (m_containerName.isEmpty())
        return;
    for (const QString& engine : {QStringLiteral("docker"), QStringLiteral("podman")}) {
        const QString program = findIn(m_environment, engine);
        if (program.isEmpty())
            continue;
        QProcess rm;
        rm.setProgram(program);
        rm.setArguments({QStringLiteral("rm"), QStringLiteral("-f"), m_containerName});
        rm.setProcessEnvironment(m_environment);
        rm.setStandardOutputFile(QProcess::nullDevice());
        rm.setStandardErrorFile(QProcess::nullDevice());
        rm.startDetached();
    }
}

} // namespace bdm::submit
