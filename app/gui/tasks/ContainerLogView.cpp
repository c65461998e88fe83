#include "gui/tasks/ContainerLogView.h"

#include "engine/ContainerEngine.h"
#include "gui/StatusColours.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextCharFormat>
#include <QTextCursor>

namespace bdm::gui {

ContainerLogView::ContainerLogView(QWidget* parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("containerLogView"));
    setReadOnly(true);
    setMaximumBlockCount(maxLines);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

ContainerLogView::~ContainerLogView()
{
    stop();
}

void ContainerLogView::setEngine(engine::ContainerEngine* engine)
{
    if (m_engine == engine)
        return;
    stop();
    m_engine = engine;
}

void ContainerLogView::follow(const QString& containerId, std::optional<bool> tty)
{
    if (containerId == m_containerId && (m_request != 0 || containerId.isEmpty()))
        return;
    stop();
    clear();
    m_containerId = containerId;
    m_stdoutBytes = m_stderrBytes = 0;
    if (containerId.isEmpty() || !m_engine)
        return;
    engine::LogOptions options;
    options.tail = tailLines;
    options.follow = true;
    options.tty = tty;
    m_request = m_engine->logs(
        containerId, options, this, [this](const engine::LogFrame& frame) { onFrame(frame); },
        [this](const engine::EngineError& error) {
            m_request = 0;
            emit streamEnded(error.ok() ? QString() : error.message);
        });
}

void ContainerLogView::stop()
{
    if (m_request != 0 && m_engine)
        m_engine->cancel(m_request);
    m_request = 0;
}

void ContainerLogView::onFrame(const engine::LogFrame& frame)
{
    const bool isStderr = frame.stream == engine::LogStream::Stderr;
    (isStderr ? m_stderrBytes : m_stdoutBytes) += frame.data.size();
    // Keep the reader's place unless they are already at the end.
    QScrollBar* bar = verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCharFormat format;
    if (isStderr)
        format.setForeground(StatusColours::failure(palette()));
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QString::fromUtf8(frame.data), format);
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace bdm::gui
