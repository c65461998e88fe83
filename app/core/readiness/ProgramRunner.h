#pragma once

#include "readiness/ProgramRun.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <functional>

namespace bdm::readiness {

// Runs a batch of short programs side by side with async QProcess, each killed after the
// timeout, and hands back all the runs at once. Programs are found in the PATH of the given
// environment only, so tests decide which docker is "the" docker.
class ProgramRunner : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QList<ProgramRun>&)>;

    explicit ProgramRunner(QObject* parent = nullptr);

    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // A program in PATH of `environment`, empty when absent.
    static QString find(const QString& program, const QProcessEnvironment& environment);

    // The handler runs later on this thread (never inside the call), not at all once `context`
    // is gone. One batch at a time per runner.
    void run(const QList<ProgramRun>& programs, const QObject* context, Handler handler);

private:
    void finishOne();

    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    int m_timeoutMs = 10000;
    QList<ProgramRun> m_runs;
    int m_pending = 0;
    QObject* m_batch = nullptr;
    std::function<void()> m_deliver;
};

} // namespace bdm::readiness
