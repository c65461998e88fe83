#include "gui/readiness/ReadinessPage.h"

#include "boinc/GuiRpcClient.h"
#include "gui/GuiSettings.h"
#include "gui/readiness/CheckTreeModel.h"
#include "gui/readiness/EngineDiscoveryPanel.h"
#include "gui/readiness/VerdictBanner.h"
#include "readiness/ReadinessRunner.h"
#include "readiness/ReportFile.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace bdm::gui {

using readiness::CheckStatus;

ReadinessPage::ReadinessPage(const AppServices& services, QWidget* parent)
    : QWidget(parent), m_services(services),
      m_runner(new readiness::ReadinessRunner(services.engineConnector, services.transport, this)),
      m_model(new CheckTreeModel(this)), m_banner(new VerdictBanner(this))
{
    setObjectName(QStringLiteral("readinessPage"));
    auto makeButton = [this](const char* name) {
        auto* button = new QPushButton(this);
        button->setObjectName(QLatin1String(name));
        return button;
    };
    m_checkAgain = makeButton("checkAgainButton");
    m_checkAgain->setShortcut(QKeySequence::Refresh);
    m_activeTests = makeButton("activeTestsButton");
    m_copyReport = makeButton("copyReportButton");
    m_export = makeButton("exportReportButton");
    m_cancel = makeButton("cancelChecksButton");
    m_planJudge = makeButton("judgePlanClassesButton");
    m_copyFix = makeButton("copyFixButton");

    m_planCaption = new QLabel(this);
    m_planSource = new QLineEdit(this);
    m_planSource->setObjectName(QStringLiteral("planClassSource"));
    m_planSource->setClearButtonEnabled(true);
    m_planSource->setText(GuiSettings().planClassSource());
    m_planCaption->setBuddy(m_planSource);
    m_planBrowse = new QToolButton(this);
    m_planBrowse->setText(QStringLiteral("…"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checksProgress"));
    m_progress->setMaximumWidth(240);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("checksProgressText"));

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("checkTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);

    m_fixCaption = new QLabel(this);
    m_fix = new QPlainTextEdit(this);
    m_fix->setObjectName(QStringLiteral("fixText"));
    m_fix->setReadOnly(true);
    m_fix->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fix->setMaximumHeight(72);
    m_fixCaption->setBuddy(m_fix);

    m_engineToggle = new QToolButton(this);
    m_engineToggle->setObjectName(QStringLiteral("engineDetailsToggle"));
    m_engineToggle->setCheckable(true);
    m_engineToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_engineToggle->setArrowType(Qt::RightArrow);
    m_engineToggle->setAutoRaise(true);
    m_enginePanel = new EngineDiscoveryPanel(services.engineConnector, this);
    m_enginePanel->setVisible(false);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_checkAgain);
    actions->addWidget(m_activeTests);
    actions->addStretch(1);
    actions->addWidget(m_copyReport);
    actions->addWidget(m_export);

    auto* plans = new QHBoxLayout;
    plans->addWidget(m_planCaption);
    plans->addWidget(m_planSource, 1);
    plans->addWidget(m_planBrowse);
    plans->addWidget(m_planJudge);

    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress);
    progress->addWidget(m_progressText, 1);
    progress->addWidget(m_cancel);

    auto* fix = new QHBoxLayout;
    fix->addWidget(m_fix, 1);
    fix->addWidget(m_copyFix, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(m_banner);
    layout->addLayout(actions);
    layout->addLayout(plans);
    layout->addLayout(progress);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_fixCaption);
    layout->addLayout(fix);
    layout->addWidget(m_engineToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_enginePanel);

    connect(m_runner, &readiness::ReadinessRunner::progress, this, &ReadinessPage::onProgress);
    connect(m_runner, &readiness::ReadinessRunner::finished, this, &ReadinessPage::onFinished);
    connect(m_checkAgain, &QPushButton::clicked, this, [this] { runChecks(true, false); });
    connect(m_activeTests, &QPushButton::clicked, this, [this] { runChecks(false, true); });
    connect(m_planJudge, &QPushButton::clicked, this, [this] { runChecks(false, false); });
    connect(m_planSource, &QLineEdit::returnPressed, this, [this] { runChecks(false, false); });
    connect(m_planBrowse, &QToolButton::clicked, this, &ReadinessPage::browsePlanClasses);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        setBusy(false);
        m_banner->showReport(m_model->report());
        m_progressText->setText(tr("Cancelled."));
    });
    connect(m_copyReport, &QPushButton::clicked, this, &ReadinessPage::copyReport);
    connect(m_export, &QPushButton::clicked, this, &ReadinessPage::exportReport);
    connect(m_copyFix, &QPushButton::clicked, this, &ReadinessPage::copyFix);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReadinessPage::onSelectionChanged);
    connect(m_engineToggle, &QToolButton::toggled, this, [this](bool on) {
        m_engineToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_enginePanel->setVisible(on);
    });
    auto* copyShortcut = new QShortcut(QKeySequence::Copy, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &ReadinessPage::copyFix);

    setBusy(false);
    m_progress->setVisible(false);
    onSelectionChanged();
    retranslate();
}

ReadinessPage::~ReadinessPage() = default;

bool ReadinessPage::isRunning() const
{
    return m_runner->isRunning();
}

const readiness::ReadinessReport& ReadinessPage::report() const
{
    return m_model->report();
}

void ReadinessPage::runChecks(bool recheck, bool active)
{
    readiness::ReadinessOptions options;
    options.endpoint = m_services.client.connection().endpoint();
    options.password = m_services.password;
    options.recheck = recheck;
    options.active = active;
    options.planClasses = m_planSource->text().trimmed();
    GuiSettings().setPlanClassSource(options.planClasses);
    m_started = true;
    setBusy(true);
    m_runner->start(options);
}

void ReadinessPage::onProgress(const QString& step, int done, int total)
{
    m_progress->setVisible(true);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progressText->setText(step);
    m_banner->showRunning(step);
}

void ReadinessPage::onFinished(const readiness::ReadinessReport& report)
{
    m_haveReport = true;
    setBusy(false);
    m_progress->setVisible(false);
    m_progressText->setText(
        tr("Checked %1.").arg(QLocale().toString(report.created.toLocalTime(), QLocale::ShortFormat)));
    m_model->setReport(report);
    m_banner->showReport(report);
    // Groups open; checks that need attention open too, so their fix is on screen.
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        m_tree->expand(group);
        for (int c = 0; c < m_model->rowCount(group); ++c) {
            const QModelIndex check = m_model->index(c, 0, group);
            const auto status = CheckStatus(check.data(CheckTreeModel::StatusRole).toInt());
            if (status == CheckStatus::Fail || status == CheckStatus::Warn)
                m_tree->expand(check);
        }
    }
    onSelectionChanged();
    Q_EMIT checksFinished();
}

void ReadinessPage::onSelectionChanged()
{
    const QString fix = m_tree->currentIndex().data(CheckTreeModel::FixRole).toString();
    m_fix->setPlainText(fix);
    m_fix->setEnabled(!fix.isEmpty());
    m_copyFix->setEnabled(!fix.isEmpty());
    m_fix->setPlaceholderText(tr("Select a check to see what to do about it."));
}

void ReadinessPage::browsePlanClasses()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Plan classes of a project"), QString(),
                                     tr("Plan class specs (plan_class_spec.xml *.xml);;All files (*)"));
    if (!file.isEmpty()) {
        m_planSource->setText(file);
        runChecks(false, false);
    }
}

void ReadinessPage::copyReport()
{
    QApplication::clipboard()->setText(m_model->report().toMarkdown());
    m_progressText->setText(tr("Report copied as Markdown, ready to paste into a forum post."));
}

void ReadinessPage::exportReport()
{
    QString filter;
    const QString markdown = tr("Markdown (*.md)");
    const QString json = tr("JSON (*.json)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export readiness report"),
                                                      QStringLiteral("boinc-readiness.md"),
                                                      markdown + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!readiness::ReportFile::write(
            m_model->report(), path,
            filter == json ? readiness::ReportFile::Json : readiness::ReportFile::forPath(path), &error))
        QMessageBox::warning(this, tr("Export readiness report"), error);
    else
        m_progressText->setText(tr("Report saved to %1.").arg(path));
}

void ReadinessPage::copyFix()
{
    const QString fix = m_tree->currentIndex().data(CheckTreeModel::FixRole).toString();
    if (fix.isEmpty())
        return;
    QApplication::clipboard()->setText(fix);
    m_progressText->setText(tr("Fix copied."));
}

void ReadinessPage::setBusy(bool busy)
{
    m_checkAgain->setEnabled(!busy);
    m_activeTests->setEnabled(!busy);
    m_planJudge->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_copyReport->setEnabled(!busy && m_haveReport);
    m_export->setEnabled(!busy && m_haveReport);
}

void ReadinessPage::retranslate()
{
    m_tree->setAccessibleName(tr("Checks"));
    m_checkAgain->setText(tr("&Check again"));
    m_checkAgain->setToolTip(
        tr("Ask the BOINC client to detect Docker/Podman and GPUs again, then re-run every "
           "check (F5)"));
    m_activeTests->setText(tr("&Run container tests"));
    m_activeTests->setToolTip(
        tr("Run hello-world as the BOINC client's own test does, and for NVIDIA GPUs a CUDA "
           "container with --gpus all and with CDI. May download images."));
    m_copyReport->setText(tr("Copy &report"));
    m_export->setText(tr("&Export…"));
    m_cancel->setText(tr("Cancel"));
    m_planCaption->setText(tr("&Plan classes:"));
    m_planSource->setPlaceholderText(tr("A project's plan_class_spec.xml: file or https:// URL"));
    m_planBrowse->setToolTip(tr("Choose a plan_class_spec.xml file"));
    m_planJudge->setText(tr("&Judge"));
    m_fixCaption->setText(tr("&Fix for the selected check:"));
    m_copyFix->setText(tr("Cop&y fix"));
    m_engineToggle->setText(tr("Container engine discovery: every place tried"));
    if (!m_haveReport && !isRunning())
        m_progressText->setText(tr("Not checked yet."));
}

void ReadinessPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The first visit starts the passive checks; active tests and re-detection stay on request.
    if (!m_started)
        runChecks(false, false);
}

void ReadinessPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bdm::gui
