#include "gui/fleet/PlanClassesDialog.h"

#include "engine/CurlWorker.h"
#include "gui/GuiSettings.h"
#include "monitor/Fleet.h"
#include "monitor/FleetPlanClassHosts.h"
#include "readiness/PlanClassFleetTally.h"
#include "readiness/PlanClassLoader.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bdm::gui {

PlanClassesDialog::PlanClassesDialog(monitor::Fleet& fleet, QWidget* parent)
    : QDialog(parent), m_fleet(&fleet), m_source(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_load(new QPushButton(this)), m_status(new QLabel(this)), m_table(new QTableWidget(0, 3, this)),
      m_transport(std::make_unique<engine::CurlWorker>())
{
    setObjectName(QStringLiteral("planClassesDialog"));
    m_source->setObjectName(QStringLiteral("planClassSourceLineEdit"));
    m_load->setObjectName(QStringLiteral("loadPlanClassesPushButton"));
    m_table->setObjectName(QStringLiteral("planClassTableWidget"));
    m_status->setObjectName(QStringLiteral("planClassStatusLabel"));
    m_status->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_load->setDefault(true);
    m_source->setText(GuiSettings().planClassSource());

    auto* sourceRow = new QHBoxLayout;
    auto* sourceLabel = new QLabel(this);
    sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    sourceLabel->setBuddy(m_source);
    sourceRow->addWidget(sourceLabel);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_browse);
    sourceRow->addWidget(m_load);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_load, &QPushButton::clicked, this, [this] { load(m_source->text().trimmed()); });
    connect(m_source, &QLineEdit::returnPressed, this, [this] { load(m_source->text().trimmed()); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("plan_class_spec.xml"), QString(),
                                       tr("XML files (*.xml);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
            m_source->setText(path);
            load(path);
        });
        dialog->open();
    });
    connect(m_fleet, &monitor::Fleet::hostChanged, this, &PlanClassesDialog::refreshCounts);
    connect(m_fleet, &monitor::Fleet::hostRemoved, this, &PlanClassesDialog::refreshCounts);
    retranslate();
    resize(760, 420);
}

PlanClassesDialog::~PlanClassesDialog() = default;

QString PlanClassesDialog::statusText() const
{
    return m_status->text();
}

void PlanClassesDialog::retranslate()
{
    setWindowTitle(tr("Plan classes and the fleet"));
    findChild<QLabel*>(QStringLiteral("sourceLabel"))->setText(tr("&Plan classes:"));
    m_source->setPlaceholderText(tr("plan_class_spec.xml: a file, or the project's URL of it"));
    m_browse->setText(tr("&Browse…"));
    m_load->setText(tr("&Load"));
    m_table->setHorizontalHeaderLabels({tr("Plan class"), tr("Hosts that qualify"), tr("Needs")});
    if (!m_file)
        m_status->setText(tr("Load the project's plan classes to see which hosts would get their jobs."));
    else
        refreshCounts();
}

void PlanClassesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PlanClassesDialog::load(const QString& fileOrUrl)
{
    if (fileOrUrl.isEmpty())
        return;
    GuiSettings().setPlanClassSource(fileOrUrl);
    m_source->setText(fileOrUrl);
    m_load->setEnabled(false);
    m_status->setText(tr("Reading %1…").arg(fileOrUrl));
    m_loader = std::make_unique<readiness::PlanClassLoader>(fileOrUrl, *m_transport);
    m_loader->start(this, [this](const readiness::PlanClassSpecFile& file) {
        m_load->setEnabled(true);
        if (file.ok())
            m_file = file;
        else
            m_status->setText(tr("Could not read the plan classes: %1").arg(file.error));
        if (file.ok())
            refreshCounts();
        emit loaded();
    });
}

void PlanClassesDialog::refreshCounts()
{
    if (!m_file)
        return;
    const QList<readiness::PlanClassFleetTally::Host> hosts = monitor::FleetPlanClassHosts::from(*m_fleet);
    const QList<readiness::PlanClassFleetCount> counts =
        readiness::PlanClassFleetTally::tally(*m_file, hosts);
    m_table->setRowCount(int(counts.size()));
    for (int row = 0; row < counts.size(); ++row) {
        const readiness::PlanClassFleetCount& c = counts[row];
        auto* name = new QTableWidgetItem(c.planClass);
        auto* count = new QTableWidgetItem(tr("%1 of %2").arg(c.qualifying).arg(c.judged));
        count->setData(Qt::UserRole, c.qualifying);
        QStringList tip;
        if (!c.qualifyingHosts.isEmpty())
            tip << tr("Qualify: %1").arg(c.qualifyingHosts.join(QStringLiteral(", ")));
        tip << c.refusals;
        count->setToolTip(tip.join(QLatin1Char('\n')));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, count);
        m_table->setItem(row, 2, new QTableWidgetItem(c.needs));
    }
    QString status = tr("%n plan class(es); ", nullptr, int(counts.size())) +
                     tr("%n host(s) have told their hardware.", nullptr, int(hosts.size()));
    if (!m_file->warnings.isEmpty())
        status += QLatin1Char(' ') + m_file->warnings.join(QLatin1Char(' '));
    m_status->setText(status);
}

} // namespace bdm::gui
