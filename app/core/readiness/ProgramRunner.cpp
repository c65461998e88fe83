#include "readiness/ProgramRunner.h"

#include "readiness/ReadinessTr.h"

#include <QDir>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <memory>
#include <utility>

namespace bdm::readiness {

ProgramRunner::ProgramRunner(QObject* parent) : QObject(parent) {}

QString ProgramRunner::find(const QString& program, const QProcessEnvironment& environment)
{
    const QStringList dirs =
        environment.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    if (dirs.isEmpty())
        return {};
    return QStandardPaths::findExecutable(program, dirs);
}

void ProgramRunner::run(const QList<ProgramRun>& programs, const QObject* context, Handler handler)
{
    delete m_batch; // abandons a batch still running; its processes are killed
    m_batch = new QObject(this);
    m_runs = programs;
    m_pending = 0;
    QObject* batch = m_batch;
    const QPointer<const QObject> target(context);
    const bool hasContext = context != nullptr;
    // Deliveries always go through the event loop, even for a batch with nothing to run.
    m_deliver = [this, batch, target, hasContext, handler = std::move(handler)] {
        if (batch != m_batch || (hasContext && target.isNull()))
            return;
        m_batch = nullptr;
        batch->deleteLater();
        const QList<ProgramRun> runs = m_runs;
        handler(runs);
    };
    for (int i = 0; i < m_runs.size(); ++i) {
        ProgramRun& r = m_runs[i];
        r.path = find(r.program, m_environment);
        if (r.lookOnly || r.path.isEmpty())
            continue;
        ++m_pending;
        auto* process = new QProcess(batch);
        process->setProcessEnvironment(m_environment);
        process->setStandardInputFile(QProcess::nullDevice());
        auto done = std::make_shared<bool>(false);
        connect(process, &QProcess::finished, batch,
                [this, process, i, done](int exitCode, QProcess::ExitStatus status) {
                    if (std::exchange(*done, true))
                        return;
                    ProgramRun& run = m_runs[i];
                    run.finished = status == QProcess::NormalExit;
                    run.exitCode = run.finished ? exitCode : -1;
                    run.output = process->readAllStandardOutput();
                    run.errorOutput = process->readAllStandardError();
                    if (!run.finished && !run.timedOut)
                        run.error = process->errorString();
                    process->deleteLater();
                    finishOne();
                });
        connect(process, &QProcess::errorOccurred, batch,
                [this, process, i, done](QProcess::ProcessError error) {
                    if (error != QProcess::FailedToStart || std::exchange(*done, true))
                        return;
                    m_runs[i].error = process->errorString();
                    process->deleteLater();
                    finishOne();
                });
        QTimer::singleShot(m_timeoutMs, process, [this, process, i, done] {
            if (*done)
                return;
            m_runs[i].timedOut = true;
            m_runs[i].error = Readiness::tr("no answer within %1 s").arg(m_timeoutMs / 1000);
            process->kill();
        });
        process->start(r.path, r.arguments);
    }
    if (m_pending == 0)
        QMetaObject::invokeMethod(
            batch, [this] { std::exchange(m_deliver, {})(); }, Qt::QueuedConnection);
}

void ProgramRunner::finishOne()
{
    // Called from a process's signal, never from run(): delivering now is not "inside the call".
    if (--m_pending == 0 && m_deliver)
        std::exchange(m_deliver, {})();
}

} // namespace bdm::readiness
