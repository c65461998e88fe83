#pragma once

#include "submit/JobSpec.h"

#include <QElapsedTimer>
#include <QWidget>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QProcessEnvironment;
class QTimer;

namespace bdm::submit {
class LocalTestRun;
}

namespace bdm::gui {

// The review step's local test: runs the job on this computer's engine as a volunteer's host
// would, shows its log live, the time it took and the output files it left, and offers that
// time as the run time estimate. While it runs, the same button stops it (the container is
// removed as BOINC would remove it).
class LocalTestPanel : public QWidget
{
    Q_OBJECT

public:
    using SpecSource = std::function<submit::JobSpec()>;

    explicit LocalTestPanel(SpecSource spec, QWidget* parent = nullptr);
    ~LocalTestPanel() override;

    bool isRunning() const { return m_running; }
    double measuredSeconds() const { return m_measured; }
    // The job script's environment (default: this process's), e.g. DOCKER_HOST of an engine.
    void setEnvironment(const QProcessEnvironment& environment);

signals:
    void useRuntimeRequested(double seconds);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void start();
    void updateElapsed();
    void appendLog(const QString& text);
    void onFinished(int exitCode, double elapsedSeconds, const QString& error);
    // seconds: the run's own measure (LocalTestRun's); 0 when it never started.
    void finishRun(bool ok, const QString& message, const QStringList& outputs, double seconds);

    SpecSource m_spec;
    QPushButton* m_test;
    QPushButton* m_useTime;
    QLabel* m_status;
    QLabel* m_outputs;
    QPlainTextEdit* m_log;
    QTimer* m_tick;
    submit::LocalTestRun* m_run;
    bool m_dockerHostSet;
    QElapsedTimer m_clock;
    bool m_running = false;
    double m_measured = 0;
};

} // namespace bdm::gui
