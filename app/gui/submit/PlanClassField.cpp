#include "gui/submit/PlanClassField.h"

#include "readiness/PlanClassFleetTally.h"
#include "readiness/PlanClassSpecFile.h"
#include "submit/ServerPlanClassReader.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bdm::gui {

PlanClassField::PlanClassField(QWidget* parent)
    : QWidget(parent), m_combo(new QComboBox(this)), m_read(new QPushButton(this)),
      m_status(new QLabel(this)), m_reader(new submit::ServerPlanClassReader(this))
{
    m_combo->setObjectName(QStringLiteral("planClassComboBox"));
    m_read->setObjectName(QStringLiteral("readPlanClassesPushButton"));
    m_status->setObjectName(QStringLiteral("planClassStatusLabel"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    // Common names until the server's own plan_class_spec.xml is read.
    for (const char* name : {"", "docker", "docker_test", "docker_nvidia_cuda"})
        m_combo->addItem(QLatin1String(name));
    m_status->setWordWrap(true);
    m_status->hide();
    setFocusProxy(m_combo);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_combo, 1);
    row->addWidget(m_read);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_read, &QPushButton::clicked, this, &PlanClassField::readFromServer);
    connect(m_reader, &submit::ServerPlanClassReader::finished, this, &PlanClassField::onRead);
    connect(m_reader, &submit::ServerPlanClassReader::failed, this, &PlanClassField::onFailed);
    retranslate();
}

PlanClassField::~PlanClassField() = default;

QString PlanClassField::text() const
{
    return m_combo->currentText().trimmed();
}

void PlanClassField::setText(const QString& text)
{
    m_combo->setCurrentText(text);
}

void PlanClassField::retranslate()
{
    m_read->setText(tr("Read &from server"));
    m_read->setToolTip(tr("Read the project's plan_class_spec.xml over SSH"));
}

void PlanClassField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlanClassField::readFromServer()
{
    const submit::SubmitTarget target = m_target ? m_target() : submit::SubmitTarget{};
    m_read->setEnabled(false);
    m_status->setText(tr("Reading the plan classes from %1…").arg(target.host));
    m_status->show();
    m_reader->read(target);
}

void PlanClassField::onRead(const readiness::PlanClassSpecFile& file)
{
    m_read->setEnabled(true);
    const QString kept = text();
    m_combo->clear();
    m_combo->addItem(QString());
    for (const readiness::PlanClassSpec& c : file.classes) {
        m_combo->addItem(c.name);
        m_combo->setItemData(m_combo->count() - 1, readiness::PlanClassFleetTally::needs(c), Qt::ToolTipRole);
    }
    m_combo->setCurrentText(kept);
    QString status = tr("%n plan class(es) on the server.", nullptr, int(file.classes.size()));
    if (!file.warnings.isEmpty())
        status += QLatin1Char(' ') + file.warnings.join(QLatin1Char(' '));
    if (!kept.isEmpty() && m_combo->findText(kept) < 0)
        status += QLatin1Char(' ') + tr("\"%1\" is not among them.").arg(kept);
    m_status->setText(status);
}

void PlanClassField::onFailed(const QString& message, const submit::SshError& error)
{
    Q_UNUSED(error);
    m_read->setEnabled(true);
    m_status->setText(tr("Could not read the plan classes: %1").arg(message));
}

} // namespace bdm::gui
