#pragma once

#include "engine/HttpTransport.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <optional>

namespace bdm::engine {
class ContainerEngine;
struct LogFrame;
} // namespace bdm::engine

namespace bdm::gui {

// A container's log: the last lines, then new ones as the engine sends them (follow), with
// stderr in its own colour. One stream at a time; showing another container or none cancels it.
class ContainerLogView : public QPlainTextEdit
{
    Q_OBJECT

public:
    // Enough to see how a task started and what it says now, without loading megabytes.
    static constexpr int tailLines = 500;
    static constexpr int maxLines = 5000;

    explicit ContainerLogView(QWidget* parent = nullptr);
    ~ContainerLogView() override;

    // nullptr when there is no engine; not owned.
    void setEngine(engine::ContainerEngine* engine);
    // Follows the container's log; an empty id clears the view. The same id again does nothing.
    void follow(const QString& containerId, std::optional<bool> tty = std::nullopt);
    void stop();
    QString containerId() const { return m_containerId; }
    // Bytes received from each stream since follow(), for tests and the status line.
    qint64 stdoutBytes() const { return m_stdoutBytes; }
    qint64 stderrBytes() const { return m_stderrBytes; }

signals:
    // The stream ended (the container stopped, or the engine failed); empty error on a clean end.
    void streamEnded(const QString& error);

private:
    void onFrame(const engine::LogFrame& frame);

    QPointer<engine::ContainerEngine> m_engine;
    QString m_containerId;
    engine::RequestId m_request = 0;
    qint64 m_stdoutBytes = 0;
    qint64 m_stderrBytes = 0;
};

} // namespace bdm::gui
