#include "gui/server/ServerHostPanel.h"

#include "gui/GuiSettings.h"
#include "gui/StatusColours.h"
#include "gui/submit/HostKeyDialog.h"
#include "gui/widgets/ReadOnlyTable.h"
#include "gui/widgets/RefreshWhileVisible.h"
#include "gui/widgets/SshTargetForm.h"
#include "server/ServerHostReader.h"
#include "submit/SshEndpoint.h"
#include "submit/SshError.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bdm::gui {
namespace {

void setRow(QTableWidget* t, int row, const QStringList& cells, bool trouble)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (trouble)
            item->setForeground(StatusColours::trouble(t->palette()));
        t->setItem(row, c, item);
    }
}

} // namespace

ServerHostPanel::ServerHostPanel(QWidget* parent)
    : QWidget(parent), m_form(new SshTargetForm(this)), m_lines(new QSpinBox(this)),
      m_linesLabel(new QLabel(this)), m_read(new QPushButton(this)), m_status(new QLabel(this)),
      m_daemons(makeReadOnlyTable(5, QStringLiteral("hostDaemonTableWidget"), this)),
      m_tasks(makeReadOnlyTable(5, QStringLiteral("hostTaskTableWidget"), this)),
      m_logChoice(new QComboBox(this)), m_logLabel(new QLabel(this)), m_log(new QPlainTextEdit(this)),
      m_reader(new server::ServerHostReader(this))
{
    setObjectName(QStringLiteral("serverHostPanel"));
    m_read->setObjectName(QStringLiteral("readServerHostPushButton"));
    m_status->setObjectName(QStringLiteral("serverHostStatusLabel"));
    m_logChoice->setObjectName(QStringLiteral("serverLogComboBox"));
    m_log->setObjectName(QStringLiteral("serverLogPlainTextEdit"));
    m_lines->setObjectName(QStringLiteral("serverLogLinesSpinBox"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lines->setRange(1, server::ServerHostReader::maxLogLines);
    m_linesLabel->setBuddy(m_lines);
    m_logLabel->setBuddy(m_logChoice);
    m_refreshes =
        new RefreshWhileVisible(this, refreshMs, [this] { return m_hasRead && !m_reader->isReading(); });
    GuiSettings settings;
    m_form->setTarget(settings.serverHost());
    m_lines->setValue(settings.serverLogLines(server::ServerHostReader::defaultLogLines));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_linesLabel);
    controls->addWidget(m_lines);
    controls->addStretch(1);
    controls->addWidget(m_read);
    auto* left = new QVBoxLayout;
    left->addWidget(m_form);
    left->addLayout(controls);
    left->addWidget(m_status);
    left->addStretch(1);
    auto* tables = new QSplitter(Qt::Vertical, this);
    tables->addWidget(m_daemons);
    tables->addWidget(m_tasks);
    auto* logBox = new QWidget(this);
    auto* logTop = new QHBoxLayout;
    logTop->addWidget(m_logLabel);
    logTop->addWidget(m_logChoice, 1);
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addLayout(logTop);
    logLayout->addWidget(m_log, 1);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(tables);
    right->addWidget(logBox);
    auto* leftBox = new QWidget(this);
    leftBox->setLayout(left);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(leftBox);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_read, &QPushButton::clicked, this, &ServerHostPanel::read);
    connect(m_form->projectDirEdit(), &QLineEdit::returnPressed, this, &ServerHostPanel::read);
    connect(m_form->hostEdit(), &QLineEdit::returnPressed, this, &ServerHostPanel::read);
    connect(m_refreshes, &RefreshWhileVisible::due, this, &ServerHostPanel::read);
    connect(m_reader, &server::ServerHostReader::finished, this, &ServerHostPanel::showStatus);
    connect(m_reader, &server::ServerHostReader::failed, this, &ServerHostPanel::showFailure);
    connect(m_logChoice, &QComboBox::currentIndexChanged, this, &ServerHostPanel::showLog);
    connect(m_daemons, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { selectLogOf(row); });
    retranslate();
}

ServerHostPanel::~ServerHostPanel() = default;

QString ServerHostPanel::statusText() const
{
    return m_status->text();
}

bool ServerHostPanel::autoRefreshArmed() const
{
    return m_refreshes->isArmed();
}

void ServerHostPanel::retranslate()
{
    m_linesLabel->setText(tr("Log &lines:"));
    m_read->setText(tr("&Read status and logs"));
    m_read->setToolTip(
        tr("Runs bin/status -v in the project directory and reads the end of each daemon log"));
    m_logLabel->setText(tr("Lo&g file:"));
    m_daemons->setAccessibleName(tr("Daemons on the project host"));
    m_tasks->setAccessibleName(tr("Periodic tasks"));
    m_log->setAccessibleName(tr("End of the daemon log"));
    m_daemons->setHorizontalHeaderLabels(
        {tr("Daemon"), tr("PID"), tr("State"), tr("Disabled"), tr("Command")});
    m_tasks->setHorizontalHeaderLabels(
        {tr("Task"), tr("Last run"), tr("Period"), tr("Next run"), tr("Disabled")});
    if (!m_hasRead && !m_reader->isReading())
        m_status->setText(tr("Give the project host and directory: bin/status there tells which daemons run, "
                             "and their logs tell why one stopped."));
    else if (m_hasRead)
        render();
}

void ServerHostPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServerHostPanel::read()
{
    m_refreshes->reading();
    const submit::SubmitTarget target = m_form->target();
    if (const QString why = server::ServerHostReader::targetProblem(target); !why.isEmpty()) {
        m_status->setText(why);
        emit refreshed();
        return;
    }
    GuiSettings settings;
    settings.setServerHost(target);
    settings.setServerLogLines(m_lines->value());
    const QString source = target.host + QLatin1Char(':') + target.projectDir;
    if (source != m_source)
        m_stopped.clear();
    m_source = source;
    m_status->setText(tr("Reading bin/status and the daemon logs on %1…").arg(target.host));
    m_read->setEnabled(false);
    m_reader->read(target, m_lines->value());
}

void ServerHostPanel::showStatus(const server::ServerHostStatus& status)
{
    m_read->setEnabled(true);
    m_hasRead = true;
    m_last = status;
    render();
    const QStringList stopped = status.stoppedDaemons();
    for (const QString& name : stopped) {
        if (!m_stopped.contains(name))
            emit daemonStopped(m_source, name);
    }
    m_stopped = QSet<QString>(stopped.begin(), stopped.end());
    armNext();
    emit refreshed();
}

void ServerHostPanel::render()
{
    const server::ServerHostStatus& status = m_last;
    const QStringList stopped = status.stoppedDaemons();
    QString state =
        !status.statusKnown ? tr("bin/status did not say whether the project is enabled.")
        : status.enabled
            ? tr("BOINC is ENABLED on %1.").arg(m_source)
            : tr("BOINC is DISABLED on %1: bin/stop ran, so no daemon is meant to run.").arg(m_source);
    if (!stopped.isEmpty())
        state += QLatin1Char(' ') + tr("Not running: %1.").arg(stopped.join(QStringLiteral(", ")));
    for (const QString& w : status.warnings)
        state += QLatin1Char('\n') + w;
    m_status->setText(state);

    m_daemons->setRowCount(int(status.daemons.size()));
    for (int row = 0; row < status.daemons.size(); ++row) {
        const server::ServerHostDaemon& d = status.daemons.at(row);
        const QString running = d.state == server::ServerHostDaemon::State::Running      ? tr("Running")
                                : d.state == server::ServerHostDaemon::State::NotRunning ? tr("Not running")
                                                                                         : tr("Not started");
        setRow(m_daemons, row,
               {d.name(), d.pid ? QString::number(d.pid) : QString(), running,
                d.disabled ? tr("Disabled") : QString(), d.command},
               stopped.contains(d.name()));
    }
    m_tasks->setRowCount(int(status.tasks.size()));
    for (int row = 0; row < status.tasks.size(); ++row) {
        const server::ServerHostTask& t = status.tasks.at(row);
        setRow(m_tasks, row,
               {t.command, t.lastRun == QLatin1String("?") ? tr("never") : t.lastRun, t.period,
                t.nextRun == QLatin1String("NOW") ? tr("now") : t.nextRun,
                t.disabled ? tr("Disabled") : QString()},
               false);
    }

    const QString shown = m_logChoice->currentText();
    {
        const QSignalBlocker block(m_logChoice);
        m_logChoice->clear();
        for (const server::ServerLogTail& log : status.logs)
            m_logChoice->addItem(log.path);
        m_logChoice->setCurrentIndex(qMax(0, m_logChoice->findText(shown)));
    }
    showLog(m_logChoice->currentIndex());
}

void ServerHostPanel::showFailure(const QString& message, const submit::SshError& error)
{
    m_read->setEnabled(true);
    m_status->setText(message);
    if (HostKeyDialog::handles(error)) {
        auto* dialog = new HostKeyDialog(submit::SshEndpoint::fromTarget(m_form->target()), error, this);
        connect(dialog, &HostKeyDialog::trusted, this, &ServerHostPanel::read);
        connect(dialog, &HostKeyDialog::notTrusted, this, [this](const QString& why) {
            if (!why.isEmpty())
                m_status->setText(tr("Could not add the host key: %1").arg(why));
        });
        dialog->open();
    } else {
        armNext();
    }
    emit refreshed();
}

void ServerHostPanel::showLog(int index)
{
    if (index < 0 || index >= m_last.logs.size()) {
        m_log->setPlainText(m_hasRead && m_last.logs.isEmpty()
                                ? tr("No daemon log under log_*/ in the project directory.")
                                : QString());
        return;
    }
    m_log->setPlainText(m_last.logs.at(index).text);
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

void ServerHostPanel::selectLogOf(int daemonRow)
{
    if (daemonRow < 0 || daemonRow >= m_last.daemons.size())
        return;
    const QString name = m_last.daemons.at(daemonRow).name();
    for (int i = 0; i < m_last.logs.size(); ++i) {
        if (m_last.logs.at(i).daemonName() == name) {
            m_logChoice->setCurrentIndex(i);
            return;
        }
    }
}

void ServerHostPanel::armNext()
{
    if (m_hasRead)
        m_refreshes->answered();
}

} // namespace bdm::gui
