#include "gui/jobs/JobsPage.h"

#include "gui/widgets/EmptyState.h"

#include <QEvent>
#include <QVBoxLayout>

namespace bdm::gui {

JobsPage::JobsPage(QWidget* parent) : QWidget(parent), m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    m_empty->setIcon(QIcon(QStringLiteral(":/icons/jobs.svg")));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    retranslate();
}

void JobsPage::retranslate()
{
    m_empty->setTitle(tr("No jobs submitted from this computer yet"));
    m_empty->setExplanation(tr(
        "Jobs you submit from the Submit page will be listed here with their progress, and their results can "
        "be fetched from here."));
}

void JobsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bdm::gui
