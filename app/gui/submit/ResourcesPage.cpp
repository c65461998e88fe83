#include "gui/submit/ResourcesPage.h"

#include "gui/submit/PlanClassField.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace bdm::gui {
namespace {

constexpr double secondsPerMinute = 60;
constexpr double secondsPerDay = 86400;
constexpr double bytesPerMb = 1024.0 * 1024.0;
constexpr int maxMb = 1024 * 1024;
constexpr int maxReplicas = 100;
constexpr int maxPriority = 1000000;

QSpinBox* mbSpin(QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(0, maxMb);
    spin->setSingleStep(256);
    return spin;
}

} // namespace

ResourcesPage::ResourcesPage(QWidget* parent)
    : SubmitWizardPage(parent), m_name(new QLineEdit(this)), m_planClass(new PlanClassField(this)),
      m_runtime(new QDoubleSpinBox(this)), m_memory(mbSpin(this)), m_disk(mbSpin(this)),
      m_deadline(new QDoubleSpinBox(this)), m_quorum(new QSpinBox(this)), m_results(new QSpinBox(this)),
      m_priority(new QSpinBox(this)), m_batch(new QCheckBox(this)), m_columns(new QLineEdit(this)),
      m_table(new QTableWidget(this)), m_addRow(new QPushButton(this)), m_removeRow(new QPushButton(this))
{
    setObjectName(QStringLiteral("resourcesWizardPage"));
    m_name->setObjectName(QStringLiteral("jobNameLineEdit"));
    m_runtime->setObjectName(QStringLiteral("runtimeSpinBox"));
    m_memory->setObjectName(QStringLiteral("memorySpinBox"));
    m_disk->setObjectName(QStringLiteral("diskSpinBox"));
    m_deadline->setObjectName(QStringLiteral("deadlineSpinBox"));
    m_quorum->setObjectName(QStringLiteral("quorumSpinBox"));
    m_results->setObjectName(QStringLiteral("resultsSpinBox"));
    m_priority->setObjectName(QStringLiteral("prioritySpinBox"));
    m_batch->setObjectName(QStringLiteral("batchCheckBox"));
    m_columns->setObjectName(QStringLiteral("parameterNamesLineEdit"));
    m_table->setObjectName(QStringLiteral("parameterTableWidget"));
    m_addRow->setObjectName(QStringLiteral("addRowPushButton"));
    m_removeRow->setObjectName(QStringLiteral("removeRowPushButton"));

    m_runtime->setRange(0, 1e6);
    m_runtime->setDecimals(1);
    m_deadline->setRange(0, 365);
    m_deadline->setDecimals(1);
    m_quorum->setRange(1, maxReplicas);
    m_results->setRange(1, maxReplicas);
    m_priority->setRange(-maxPriority, maxPriority);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto* left = new QFormLayout;
    m_nameLabel = formLabel(left, m_name, this);
    m_planClassLabel = formLabel(left, m_planClass, this);
    m_runtimeLabel = formLabel(left, m_runtime, this);
    m_deadlineLabel = formLabel(left, m_deadline, this);
    auto* right = new QFormLayout;
    m_memoryLabel = formLabel(right, m_memory, this);
    m_diskLabel = formLabel(right, m_disk, this);
    m_quorumLabel = formLabel(right, m_quorum, this);
    m_resultsLabel = formLabel(right, m_results, this);
    m_priorityLabel = formLabel(right, m_priority, this);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(16);
    columns->addLayout(right, 2);

    auto* batchRow = new QHBoxLayout;
    m_columnsLabel = new QLabel(this);
    m_columnsLabel->setBuddy(m_columns);
    batchRow->addWidget(m_columnsLabel);
    batchRow->addWidget(m_columns, 1);
    batchRow->addWidget(m_addRow);
    batchRow->addWidget(m_removeRow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addSpacing(8);
    layout->addWidget(m_batch);
    layout->addLayout(batchRow);
    layout->addWidget(m_table, 1);

    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_batch, &QCheckBox::toggled, this, &ResourcesPage::updateBatch);
    connect(m_columns, &QLineEdit::editingFinished, this, &ResourcesPage::applyColumns);
    connect(m_addRow, &QPushButton::clicked, this, [this] {
        applyColumns();
        m_table->insertRow(m_table->rowCount());
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    });
    connect(m_removeRow, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    retranslate();
    updateBatch();
}

void ResourcesPage::retranslate()
{
    setTitle(tr("Resources"));
    setSubTitle(tr("Name the job and say what it needs. Zero leaves a value to the server's default."));
    m_nameLabel->setText(tr("Job &name:"));
    m_name->setPlaceholderText(tr("letters, digits, _ . and -"));
    m_planClassLabel->setText(tr("&Plan class:"));
    m_runtimeLabel->setText(tr("&Run time estimate:"));
    m_runtime->setSuffix(tr(" min"));
    m_runtime->setSpecialValueText(tr("server default"));
    m_deadlineLabel->setText(tr("&Deadline after sending:"));
    m_deadline->setSuffix(tr(" days"));
    m_deadline->setSpecialValueText(tr("server default"));
    m_memoryLabel->setText(tr("&Memory:"));
    m_memory->setSuffix(tr(" MB"));
    m_memory->setSpecialValueText(tr("server default"));
    m_diskLabel->setText(tr("D&isk:"));
    m_disk->setSuffix(tr(" MB"));
    m_disk->setSpecialValueText(tr("server default"));
    m_quorumLabel->setText(tr("&Quorum:"));
    m_resultsLabel->setText(tr("Replica&s:"));
    m_priorityLabel->setText(tr("Priori&ty:"));
    m_batch->setText(
        tr("&Batch: one job per row of a parameter table ({name} in the command takes the row's value)"));
    m_columnsLabel->setText(tr("Param&eters:"));
    m_columns->setPlaceholderText(tr("names separated by spaces, e.g. seed size"));
    m_addRow->setText(tr("Add ro&w"));
    m_removeRow->setText(tr("Remo&ve row"));
}

void ResourcesPage::updateBatch()
{
    const bool on = m_batch->isChecked();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_columnsLabel, m_columns, m_table, m_addRow, m_removeRow})
        w->setEnabled(on);
    emit completeChanged();
}

void ResourcesPage::applyColumns()
{
    const QStringList names =
        m_columns->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    m_table->setColumnCount(static_cast<int>(names.size()));
    m_table->setHorizontalHeaderLabels(names);
}

void ResourcesPage::setParameterNames(const QStringList& names)
{
    m_columns->setText(names.join(QLatin1Char(' ')));
    applyColumns();
    m_batch->setChecked(true);
}

bool ResourcesPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty();
}

void ResourcesPage::setRuntimeEstimateSeconds(double seconds)
{
    // Rounded up to the spin box's step: a measured 3 s must not become "server default".
    const double minutes = std::ceil(seconds / secondsPerMinute * 10) / 10;
    m_runtime->setValue(std::max(minutes, 0.1));
}

double ResourcesPage::runtimeEstimateSeconds() const
{
    return m_runtime->value() * secondsPerMinute;
}

void ResourcesPage::load(const submit::JobSpec& spec)
{
    m_name->setText(spec.name);
    m_planClass->setText(spec.planClass);
    m_runtime->setValue(spec.resources.fpopsEst / fpopsPerSecond / secondsPerMinute);
    m_memory->setValue(static_cast<int>(std::lround(spec.resources.memoryBytes / bytesPerMb)));
    m_disk->setValue(static_cast<int>(std::lround(spec.resources.diskBytes / bytesPerMb)));
    m_deadline->setValue(spec.resources.delayBoundS / secondsPerDay);
    m_quorum->setValue(spec.replication.minQuorum);
    m_results->setValue(spec.replication.targetNresults);
    m_priority->setValue(spec.replication.priority);
    m_columns->setText(spec.parameterNames.join(QLatin1Char(' ')));
    applyColumns();
    m_table->setRowCount(static_cast<int>(spec.parameterRows.size()));
    for (int r = 0; r < spec.parameterRows.size(); ++r) {
        const QStringList& row = spec.parameterRows.at(r);
        for (int c = 0; c < row.size() && c < m_table->columnCount(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(row.at(c)));
    }
    m_batch->setChecked(!spec.parameterNames.isEmpty());
    updateBatch();
}

void ResourcesPage::store(submit::JobSpec& spec) const
{
    spec.name = m_name->text().trimmed();
    spec.planClass = m_planClass->text();
    // Unchanged spin boxes give back what a loaded spec had, not a value rounded to their step.
    const auto keep = [](double stored, double shown, double factor, double step) {
        return std::abs(stored / factor - shown) < step / 2 ? stored : shown * factor;
    };
    spec.resources.fpopsEst =
        keep(spec.resources.fpopsEst, m_runtime->value(), fpopsPerSecond * secondsPerMinute, 0.1);
    spec.resources.memoryBytes = keep(spec.resources.memoryBytes, m_memory->value(), bytesPerMb, 1);
    spec.resources.diskBytes = keep(spec.resources.diskBytes, m_disk->value(), bytesPerMb, 1);
    spec.resources.delayBoundS = keep(spec.resources.delayBoundS, m_deadline->value(), secondsPerDay, 0.1);
    spec.replication.minQuorum = m_quorum->value();
    spec.replication.targetNresults = m_results->value();
    spec.replication.priority = m_priority->value();
    spec.parameterNames.clear();
    spec.parameterRows.clear();
    if (!m_batch->isChecked() || m_table->columnCount() == 0)
        return;
    for (int c = 0; c < m_table->columnCount(); ++c)
        spec.parameterNames << m_table->horizontalHeaderItem(c)->text();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const QTableWidgetItem* cell = m_table->item(r, c);
            row << (cell ? cell->text() : QString());
        }
        spec.parameterRows << row;
    }
}

void ResourcesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SubmitWizardPage::changeEvent(event);
}

void ResourcesPage::setTargetSource(std::function<submit::SubmitTarget()> source)
{
    m_planClass->setTargetSource(std::move(source));
}

} // namespace bdm::gui
