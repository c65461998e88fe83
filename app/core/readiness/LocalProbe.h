#pragma once

#include "readiness/LocalFacts.h"
#include "readiness/RunGuard.h"

#include <QObject>
#include <QProcessEnvironment>
#include <functional>

namespace bdm::readiness {

class ProgramRunner;

struct LocalProbeOptions
{
    QString root; // SystemRoot prefix; empty: this machine
    // The BOINC client's user: the owner of a running `boinc` process when findClient is set
    // and one runs, else this name.
    QString serviceUser = QStringLiteral("boinc");
    bool findClient = true;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(); // PATH for the CLIs
    int programTimeoutMs = 10000;
    // Where free disk matters; the engine's DockerRootDir and the client's data dir are added.
    QStringList diskPaths;
    QStringList cdiDirectories = CdiSpec::defaultDirectories(); // plus the engine's CDISpecDirs
    bool probeLibraries = true;
    QString nvmlLibrary = QString::fromLatin1("libnvidia-ml.so.1");
    QString cudaLibrary = QString::fromLatin1("libcuda.so.1");

    // The engine this user reached (or why not), for the GPU wiring and socket checks.
    std::optional<engine::EngineInfo> engineInfo;
    std::optional<engine::EngineEndpoint> engineEndpoint;
    engine::EngineType engineType = engine::EngineType::Unknown;
    std::optional<engine::DiscoveryReport> discovery;
    QString engineError;
};

// Examines this machine in parallel: programs through async QProcess, files, NVML and CUDA on
// a worker thread. The result arrives once, on the caller's thread, within about the program
// timeout plus a few seconds whatever hangs.
class LocalProbe : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const LocalFacts&)>;

    explicit LocalProbe(QObject* parent = nullptr);
    ~LocalProbe() override;

    // Never calls the handler inside the call; not at all once `context` is gone. A run still
    // going is abandoned.
    void run(const LocalProbeOptions& options, const QObject* context, Handler handler);
    void cancel();

    // The part that reads files and libraries (the worker's job), callable directly in tests.
    static LocalFacts examineFiles(const LocalProbeOptions& options);

private:
    void programsDone(const QList<ProgramRun>& runs);
    void filesDone(const LocalFacts& facts);
    void maybeDeliver(bool force);

    ProgramRunner* m_runner;
    LocalProbeOptions m_options;
    RunGuard m_run;
    Handler m_handler;
    LocalFacts m_facts;
    bool m_programsDone = false;
    bool m_filesDone = false;
};

} // namespace bdm::readiness
