#pragma once

#include "submit/JobSpec.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringDecoder>
#include <atomic>
#include <memory>

class QTemporaryDir;
class QThread;

namespace bdm::submit {

// Runs a job on this computer's engine exactly as the job script runs on a volunteer's host:
// a slot-like temporary directory with every input under its original name, the generated
// job script run there by bash (QProcess, asynchronous), its output streamed as it comes, then
// the exit status, the run time (to suggest a runtime estimate) and which outputs exist.
// The directory stays until the object is destroyed (longer with setKeepDirectory), so the
// GUI can show the outputs. cancel() and the destructor stop the job as BOINC would (SIGTERM:
// the script removes its container), then make sure the container is gone.
class LocalTestRun : public QObject
{
    Q_OBJECT

public:
    enum class Stream
    {
        StandardOutput,
        StandardError
    };

    struct OutputFile
    {
        QString name;
        QString path; // in directory()
        bool present = false;
        qint64 size = 0;
    };

    explicit LocalTestRun(QObject* parent = nullptr);
    ~LocalTestRun() override;

    // The job script's environment (default: this process's): DOCKER_HOST of another
    // engine, a PATH with particular engine CLIs.
    void setEnvironment(const QProcessEnvironment& environment);
    // Written as ./init_data.xml before the run, as the client writes it in a slot
    // (its <docker_type> picks the engine). Empty: no such file.
    void setInitData(const QByteArray& xml);
    void setKeepDirectory(bool keep);
    // Run this parameter row (-1: none; the first row of a batch when there is a table).
    void setRow(int row);

    // Validates the spec (errors only), then copies the inputs in a worker thread and starts
    // the script; false with `error` when the spec is not valid or a run is under way.
    bool start(const JobSpec& spec, QString* error = nullptr);
    void cancel();

    bool isRunning() const { return m_state != State::Idle; }
    QString directory() const;
    QString containerName() const { return m_containerName; }
    int exitCode() const { return m_exitCode; }
    double elapsedSeconds() const { return m_elapsedS; }
    QList<OutputFile> outputs() const { return m_outputs; }

signals:
    void started();
    void output(const QString& text, bdm::submit::LocalTestRun::Stream stream);
    // Exactly once per successful start(). exitCode: the script's (the container's) status;
    // -1 when the job could not be prepared or started (`error` says why) or bash crashed.
    void finished(int exitCode, double elapsedSeconds, const QString& error);

private:
    enum class State
    {
        Idle,
        Preparing,
        Running
    };

    void onPrepared(const QString& error);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void end(int exitCode, const QString& error);
    void collectOutputs();
    void forceRemoveContainer();
    void stopPreparing();

    JobSpec m_spec;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QByteArray m_initData;
    bool m_keep = false;
    int m_row = -1;
    State m_state = State::Idle;
    bool m_cancelled = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    QThread* m_prepare = nullptr;
    std::shared_ptr<std::atomic_bool> m_stopPreparing;
    QProcess* m_process = nullptr;
    QStringDecoder m_stdoutDecoder{QStringDecoder::Utf8};
    QStringDecoder m_stderrDecoder{QStringDecoder::Utf8};
    QElapsedTimer m_timer;
    QString m_containerName;
    int m_exitCode = -1;
    double m_elapsedS = 0;
    QList<OutputFile> m_outputs;
};

} // namespace bdm::submit
