#include "gui/tasks/TaskDetailPanel.h"

#include "boinc/TaskStatus.h"
#include "gui/CellText.h"
#include "gui/tasks/ContainerLogView.h"
#include "gui/widgets/StatsChart.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QThreadPool>
#include <QVBoxLayout>

namespace bdm::gui {
namespace {

struct SlotFiles
{
    QString path;
    std::optional<QString> stderrTail;
    std::optional<double> fractionDone;
};

// Runs on a pool thread: the slot may be on a slow disk, and the GUI must not wait for it.
SlotFiles readSlotFiles(const QString& slotPath, qint64 tailBytes)
{
    SlotFiles files{slotPath, {}, {}};
    QFile err(QDir(slotPath).filePath(QStringLiteral("stderr.txt")));
    if (err.open(QIODevice::ReadOnly)) {
        if (err.size() > tailBytes)
            err.seek(err.size() - tailBytes);
        files.stderrTail = QString::fromUtf8(err.readAll());
    }
    QFile fraction(QDir(slotPath).filePath(QStringLiteral("fraction_done")));
    if (fraction.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const double value = fraction.readAll().trimmed().toDouble(&ok);
        if (ok)
            files.fractionDone = value;
    }
    return files;
}

} // namespace

TaskDetailPanel::TaskDetailPanel(QWidget* parent)
    : QTabWidget(parent), m_chart(new StatsChart(this)), m_logs(new ContainerLogView(this)),
      m_properties(new QLabel(this)), m_fractionDone(new QLabel(this)), m_stderr(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("taskDetailPanel"));
    m_properties->setObjectName(QStringLiteral("taskPropertiesLabel"));
    m_properties->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_properties->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_properties->setTextFormat(Qt::RichText);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_properties);
    scroll->setWidgetResizable(true);

    m_stderr->setObjectName(QStringLiteral("slotStderrView"));
    m_stderr->setReadOnly(true);
    m_stderr->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_fractionDone->setObjectName(QStringLiteral("slotFractionDoneLabel"));
    auto* slot = new QWidget(this);
    auto* slotLayout = new QVBoxLayout(slot);
    slotLayout->addWidget(m_fractionDone);
    slotLayout->addWidget(m_stderr);

    addTab(m_chart, {});
    addTab(m_logs, {});
    addTab(scroll, {});
    addTab(slot, {});
    retranslate();
    showRow(std::nullopt, {});
}

void TaskDetailPanel::setEngine(engine::ContainerEngine* engine)
{
    m_logs->setEngine(engine);
}

void TaskDetailPanel::showRow(const std::optional<monitor::JoinRow>& row, const boinc::CcStatus& status)
{
    const bool sameRow = row && m_row && row->key == m_row->key;
    m_row = row;
    if (!row) {
        m_properties->setText(tr("Select a task to see its details."));
        m_logs->follow({});
        m_chart->clear();
        m_stderr->clear();
        m_fractionDone->clear();
        m_slotPath.clear();
        return;
    }
    m_properties->setText(row->task ? propertiesHtml(*row->task, status)
                                    : tr("Container %1 belongs to no task of this client.")
                                          .arg(row->container ? row->container->name : QString()));
    m_logs->follow(row->container ? row->container->id : QString());
    if (!sameRow)
        m_chart->clear();

    const QString slotPath = row->task && row->task->activeTask ? row->task->activeTask->slotPath : QString();
    if (slotPath.isEmpty()) {
        m_slotPath.clear();
        m_fractionDone->setText(tr("The task has no slot directory (it is not running)."));
        m_stderr->clear();
        return;
    }
    if (slotPath != m_slotPath || !m_sinceSlotRead.isValid() || m_sinceSlotRead.hasExpired(slotRereadMs))
        readSlot(slotPath);
}

void TaskDetailPanel::readSlot(const QString& slotPath)
{
    m_slotPath = slotPath;
    m_sinceSlotRead.start();
    QPointer<TaskDetailPanel> self(this);
    QThreadPool::globalInstance()->start([self, slotPath] {
        SlotFiles files = readSlotFiles(slotPath, slotFileTailBytes);
        // Delivered through the application object, which outlives the panel; the guard is
        // only read back on the GUI thread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, files = std::move(files)] {
                if (!self || self->m_slotPath != files.path)
                    return;
                if (files.stderrTail) {
                    if (self->m_stderr->toPlainText() != *files.stderrTail)
                        self->m_stderr->setPlainText(*files.stderrTail);
                } else {
                    self->m_stderr->setPlainText(
                        tr("%1 cannot be read here (the client may run on another computer, or as another "
                           "user).")
                            .arg(QDir(files.path).filePath(QStringLiteral("stderr.txt"))));
                }
                self->m_fractionDone->setText(
                    files.fractionDone
                        ? tr("fraction_done: %1").arg(QLocale().toString(*files.fractionDone, 'f', 4))
                        : tr("fraction_done: not written by this application"));
            },
            Qt::QueuedConnection);
    });
}

void TaskDetailPanel::setStats(const QList<monitor::StatsPoint>& points)
{
    m_chart->setPoints(points);
}

void TaskDetailPanel::pause()
{
    m_logs->stop();
}

QString TaskDetailPanel::propertiesText() const
{
    return m_properties->text();
}

QString TaskDetailPanel::slotText() const
{
    return m_stderr->toPlainText();
}

QString TaskDetailPanel::propertiesHtml(const boinc::Result& r, const boinc::CcStatus& status)
{
    QList<std::pair<QString, QString>> rows;
    const QString application = r.appUserFriendlyName.isEmpty() ? r.appName : r.appUserFriendlyName;
    rows.append(
        {tr("Application"),
         application + (r.planClass.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.planClass))});
    rows.append({tr("Workunit name"), r.wuName});
    rows.append({tr("State"), boinc::taskStatusText(r, status)});
    rows.append({tr("Received"), dateText(r.receivedTime)});
    rows.append({tr("Report deadline"), dateText(r.reportDeadline)});
    if (!r.resources.isEmpty())
        rows.append({tr("Resources"), r.resources});
    if (const auto& a = r.activeTask) {
        rows.append({tr("CPU time"), durationText(a->currentCpuTime)});
        rows.append(
            {tr("CPU time since checkpoint"), durationText(a->currentCpuTime - a->checkpointCpuTime)});
        rows.append({tr("Elapsed time"), durationText(a->elapsedTime)});
        rows.append({tr("Estimated time remaining"), durationText(r.estimatedRemaining)});
        rows.append(
            {tr("Fraction done"), QLocale().toString(a->fractionDone * 100, 'f', 3) + QStringLiteral(" %")});
        rows.append(
            {tr("Virtual memory size"), QLocale().formattedDataSize(static_cast<qint64>(a->swapSize))});
        rows.append(
            {tr("Working set size"), QLocale().formattedDataSize(static_cast<qint64>(a->workingSetSize))});
        rows.append({tr("Directory"), a->slotPath});
        rows.append({tr("Process ID"), QString::number(a->pid)});
        rows.append({tr("Progress rate"),
                     QLocale().toString(a->progressRate * 3600 * 100, 'f', 3) + tr(" % per hour")});
    } else if (r.state >= boinc::ResultComputeError) {
        rows.append({tr("CPU time"), durationText(r.finalCpuTime)});
        rows.append({tr("Elapsed time"), durationText(r.finalElapsedTime)});
        rows.append({tr("Exit status"), QString::number(r.exitStatus)});
    } else {
        rows.append({tr("Estimated time remaining"), durationText(r.estimatedRemaining)});
    }
    QString html = QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
    for (const auto& [name, value] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

void TaskDetailPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void TaskDetailPanel::retranslate()
{
    setTabText(0, tr("CPU and memory"));
    setTabText(1, tr("Container log"));
    setTabText(2, tr("Properties"));
    setTabText(3, tr("Slot"));
}

} // namespace bdm::gui
