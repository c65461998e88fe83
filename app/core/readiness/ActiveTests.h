#pragma once

#include "engine/EngineEndpoint.h"
#include "engine/EngineVersion.h"
#include "readiness/Check.h"

#include <QObject>
#include <QProcessEnvironment>
#include <functional>

class QProcess;

namespace bdm::readiness {

struct ActiveTestOptions
{
    engine::EngineEndpoint endpoint; // the engine the other checks used
    engine::EngineType type = engine::EngineType::Unknown;
    QString helloImage = QStringLiteral("hello-world");
    // Run the GPU pair only when an NVIDIA GPU was found: it pulls a CUDA base image.
    bool gpu = false;
    QString gpuImage = QStringLiteral("docker.io/nvidia/cuda:12.4.1-base-ubuntu22.04");
    int timeoutMs = 300000; // a first run pulls the image
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

// Runs containers on request, the way BOINC does: `<cli> run --rm hello-world` (the client's own
// detection test on Linux), and for GPUs `--gpus all` (what docker_wrapper passes) and then the
// CDI form `--device nvidia.com/gpu=all`, so the report can say which one this engine honours.
class ActiveTests : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const CheckList&)>;

    explicit ActiveTests(QObject* parent = nullptr);
    ~ActiveTests() override;

    void run(const ActiveTestOptions& options, const QObject* context, Handler handler);
    void cancel();
    int stepCount() const;

    // The program and leading arguments that reach `endpoint` with the engine's own CLI.
    static QStringList cliFor(const engine::EngineEndpoint& endpoint, engine::EngineType type);

Q_SIGNALS:
    void stepStarted(int index, int count, const QString& description);

private:
    struct Step
    {
        QString id;
        QString description;
        QStringList arguments;
        QString expect; // text the output must contain
    };
    void startStep();
    void stepFinished(int exitCode, bool crashed);
    void finishGpuComparison();
    void deliver();

    ActiveTestOptions m_options;
    QStringList m_cli;
    QList<Step> m_steps;
    int m_index = 0;
    CheckList m_results;
    QList<bool> m_passed;
    QProcess* m_process = nullptr;
    const QObject* m_context = nullptr;
    Handler m_handler;
};

} // namespace bdm::readiness
