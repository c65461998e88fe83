#include "gui/submit/LocalTestPanel.h"

#include "submit/LocalTestRun.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTextCursor>
#include <QTimer>

namespace bdm::gui {
namespace {

constexpr int tickMs = 200;
constexpr int maxLogBlocks = 5000;

} // namespace

LocalTestPanel::LocalTestPanel(SpecSource spec, QWidget* parent)
    : QWidget(parent), m_spec(std::move(spec)), m_test(new QPushButton(this)),
      m_useTime(new QPushButton(this)), m_status(new QLabel(this)), m_outputs(new QLabel(this)),
      m_log(new QPlainTextEdit(this)), m_tick(new QTimer(this)), m_run(new submit::LocalTestRun(this)),
      m_dockerHostSet(QProcessEnvironment::systemEnvironment().contains(QStringLiteral("DOCKER_HOST")))
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
    connect(m_run, &submit::LocalTestRun::output, this,
            [this](const QString& text, submit::LocalTestRun::Stream) { appendLog(text); });
    connect(m_run, &submit::LocalTestRun::finished, this, &LocalTestPanel::onFinished);
    retranslate();
}

void LocalTestPanel::setEnvironment(const QProcessEnvironment& environment)
{
    m_run->setEnvironment(environment);
    m_dockerHostSet = environment.contains(QStringLiteral("DOCKER_HOST"));
}

LocalTestPanel::~LocalTestPanel() = default;

void LocalTestPanel::retranslate()
{
    m_test->setText(m_running ? tr("Stop the &local test") : tr("Test &locally"));
    m_test->setToolTip(tr("Run the job on this computer's container engine as a volunteer's computer would"));
    m_useTime->setText(tr("Use as run time &estimate"));
}

void LocalTestPanel::start()
{
    if (m_running) {
        m_run->cancel(); // finished() follows, with the container gone
        return;
    }
    m_log->clear();
    m_outputs->clear();
    m_measured = 0;
    m_useTime->setEnabled(false);
    // On a volunteer's host the client tells the script its engine (<docker_type> in the slot's
    // init_data.xml). Here a DOCKER_HOST says the user works with Docker; otherwise the script
    // picks as the client would, Podman first.
    m_run->setInitData(m_dockerHostSet
                           ? QByteArrayLiteral("<app_init_data>\n<host_info>\n<docker_type>1</docker_type>\n"
                                               "</host_info>\n</app_init_data>\n")
                           : QByteArray());
    QString error;
    if (!m_run->start(m_spec(), &error)) {
        finishRun(false, error, {}, 0);
        return;
    }
    m_running = true;
    m_clock.start();
    m_tick->start();
    updateElapsed();
    retranslate();
}

void LocalTestPanel::appendLog(const QString& text)
{
    // As the job writes it: pieces of lines, not lines.
    QTextCursor end(m_log->document());
    end.movePosition(QTextCursor::End);
    end.insertText(text);
    m_log->ensureCursorVisible();
}

void LocalTestPanel::onFinished(int exitCode, double elapsedSeconds, const QString& error)
{
    QStringList present;
    for (const submit::LocalTestRun::OutputFile& f : m_run->outputs()) {
        if (f.present)
            present << f.name;
    }
    finishRun(exitCode == 0 && error.isEmpty(),
              error.isEmpty() ? tr("the job exited with status %1").arg(exitCode) : error, present,
              elapsedSeconds);
}

void LocalTestPanel::updateElapsed()
{
    const double seconds = static_cast<double>(m_clock.elapsed()) / 1000.0;
    m_status->setText(tr("Running… %1 s").arg(QLocale().toString(seconds, 'f', 1)));
}

void LocalTestPanel::finishRun(bool ok, const QString& message, const QStringList& outputs, double seconds)
{
    m_tick->stop();
    m_measured = seconds;
    m_running = false;
    m_test->setEnabled(true);
    retranslate();
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
