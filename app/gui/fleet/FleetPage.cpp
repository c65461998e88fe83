#include "gui/fleet/FleetPage.h"

#include "gui/widgets/EmptyState.h"

#include <QEvent>
#include <QVBoxLayout>

namespace bdm::gui {

FleetPage::FleetPage(QWidget* parent) : QWidget(parent), m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("fleetPage"));
    m_empty->setIcon(QIcon(QStringLiteral(":/icons/fleet.svg")));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    retranslate();
}

void FleetPage::retranslate()
{
    m_empty->setTitle(tr("No other computers are watched yet"));
    m_empty->setExplanation(tr(
        "The Fleet page will list the BOINC clients on your other computers, with their tasks and containers "
        "side by side. Adding computers is not built yet; for now this program watches the client given with "
        "--host."));
}

void FleetPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bdm::gui
