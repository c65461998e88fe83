#include "gui/jobs/JobDetailPanel.h"

#include "gui/jobs/JobsModel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bdm::gui {
namespace {

enum StatusColumn
{
    WorkunitColumn,
    StateColumn,
    DetailColumn,
    OutputsColumn,
    StatusColumnCount
};

} // namespace

JobDetailPanel::JobDetailPanel(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_statuses(new QTreeWidget(this)), m_spec(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("jobDetailPanel"));
    m_summary->setObjectName(QStringLiteral("jobSummaryLabel"));
    m_statuses->setObjectName(QStringLiteral("workunitStatusTree"));
    m_spec->setObjectName(QStringLiteral("jobSpecView"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statuses->setRootIsDecorated(false);
    m_statuses->setAlternatingRowColors(true);
    m_statuses->setColumnCount(StatusColumnCount);
    m_statuses->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statuses->header()->setStretchLastSection(true);
    m_spec->setReadOnly(true);
    m_spec->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_spec->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_statuses, QString());
    m_tabs->addTab(m_spec, QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    retranslate();
    clear();
}

void JobDetailPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Workunits"));
    m_tabs->setTabText(1, tr("Spec"));
    m_statuses->setHeaderLabels({tr("Workunit"), tr("State"), tr("Detail"), tr("Output files")});
}

QString JobDetailPanel::stateText(submit::JobStatus::State state)
{
    switch (state) {
    case submit::JobStatus::State::Unknown:
        return tr("Unknown");
    case submit::JobStatus::State::Queued:
        return tr("Queued");
    case submit::JobStatus::State::InProgress:
        return tr("In progress");
    case submit::JobStatus::State::Done:
        return tr("Done");
    case submit::JobStatus::State::Error:
        return tr("Error");
    case submit::JobStatus::State::Aborted:
        return tr("Aborted");
    }
    return {};
}

void JobDetailPanel::clear()
{
    m_summary->setText(tr("Select a job to see its workunits and spec."));
    m_statuses->clear();
    m_spec->clear();
}

void JobDetailPanel::setEntry(const submit::JournalEntry& entry, const QList<submit::JobStatus>& statuses)
{
    QStringList lines;
    lines << tr("%1 — %2, %3").arg(entry.key, JobsModel::stageText(entry.stage), entry.target);
    lines << tr("Created %1, last changed %2")
                 .arg(QLocale().toString(entry.created.toLocalTime(), QLocale::ShortFormat),
                      QLocale().toString(entry.updated.toLocalTime(), QLocale::ShortFormat));
    if (!entry.batchId.isEmpty())
        lines << tr("Batch %1").arg(entry.batchId);
    if (!entry.lastError.isEmpty())
        lines << tr("Last error: %1").arg(entry.lastError);
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_statuses->clear();
    // Workunits never queried are listed too, as unknown, so the list is the whole job.
    QStringList listed;
    for (const submit::JobStatus& s : statuses) {
        auto* item = new QTreeWidgetItem(m_statuses);
        item->setText(WorkunitColumn, s.workunit);
        item->setText(StateColumn, stateText(s.state));
        item->setText(DetailColumn, s.detail);
        item->setText(OutputsColumn, s.outputFiles.join(QStringLiteral(", ")));
        listed << s.workunit;
    }
    for (const QString& wu : entry.workunits) {
        if (listed.contains(wu))
            continue;
        auto* item = new QTreeWidgetItem(m_statuses);
        item->setText(WorkunitColumn, wu);
        item->setText(StateColumn, tr("Not queried yet"));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(entry.specJson.toUtf8());
    m_spec->setPlainText(doc.isNull() ? entry.specJson
                                      : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QString JobDetailPanel::specText() const
{
    return m_spec->toPlainText();
}

void JobDetailPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bdm::gui
