#include "gui/submit/LocalTestPanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

namespace bdm::gui {
namespace {

constexpr int tickMs = 200;
constexpr int maxLogBlocks = 5000;

} // namespace

LocalTestPanel::LocalTestPanel(SpecSource spec, QWidget* parent)
    : QWidget(parent), m_spec(std::move(spec)), m_test(new QPushButton(this)),
      m_useTime(new QPushButton(this)), m_status(new QLabel(this)), m_outputs(new QLabel(this)),
      m_log(new QPlainTextEdit(this)), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("localTestPanel"));
    m_test->setObjectName(QStringLiteral("testLocallyPushButton"));
    m_useTime->setObjectName(QStringLiteral("useRuntimePushButton"));
    m_status->setObjectName(QStringLiteral("localTestStatusLabel"));
    m_outputs->setObjectName(QStringLiteral("localTestOutputsLabel"));
    m_log->setObjectName(QStringLiteral("localTestLogView"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(maxLogBlocks);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_outputs->setTextFormat(Qt::PlainText);
    m_outputs->setWordWrap(true);
    m_useTime->setEnabled(false);
    m_tick->setInterval(tickMs);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_test, 0, 0);
    grid->addWidget(m_status, 0, 1);
    grid->addWidget(m_useTime, 0, 2);
    grid->addWidget(m_log, 1, 0, 1, 3);
    grid->addWidget(m_outputs, 2, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    connect(m_test, &QPushButton::clicked, this, &LocalTestPanel::start);
    connect(m_useTime, &QPushButton::clicked, this, [this] { emit useRuntimeRequested(m_measured); });
    connect(m_tick, &QTimer::timeout, this, &LocalTestPanel::updateElapsed);
    retranslate();
}

LocalTestPanel::~LocalTestPanel() = default;

void LocalTestPanel::retranslate()
{
    m_test->setText(tr("Test &locally"));
    m_test->setToolTip(tr("Run the job on this computer's container engine as a volunteer's computer would"));
    m_useTime->setText(tr("Use as run time &estimate"));
}

void LocalTestPanel::start()
{
    if (m_running)
        return;
    m_log->clear();
    m_outputs->clear();
    m_measured = 0;
    m_useTime->setEnabled(false);
    // The local run (the core's LocalTestRun) is not part of this build yet: say so rather
    // than pretend.
    finishRun(false, tr("Local test runs are not available in this build yet."), {});
}

void LocalTestPanel::appendLog(const QString& text)
{
    m_log->appendPlainText(text);
}

void LocalTestPanel::updateElapsed()
{
    const double seconds = static_cast<double>(m_clock.elapsed()) / 1000.0;
    m_status->setText(tr("Running… %1 s").arg(QLocale().toString(seconds, 'f', 1)));
}

void LocalTestPanel::finishRun(bool ok, const QString& message, const QStringList& outputs)
{
    m_tick->stop();
    if (m_running)
        m_measured = static_cast<double>(m_clock.elapsed()) / 1000.0;
    m_running = false;
    m_test->setEnabled(true);
    const QString took = tr("%1 s").arg(QLocale().toString(m_measured, 'f', 1));
    m_status->setText(ok ? tr("Finished in %1.").arg(took)
                         : (m_measured > 0 ? tr("Failed after %1: %2").arg(took, message) : message));
    m_outputs->setText(
        outputs.isEmpty() ? QString() : tr("Output files found: %1").arg(outputs.join(QStringLiteral(", "))));
    m_useTime->setEnabled(ok && m_measured > 0);
}

void LocalTestPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bdm::gui
