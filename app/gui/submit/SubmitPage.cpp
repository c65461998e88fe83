#include "gui/submit/SubmitPage.h"

#include "gui/widgets/EmptyState.h"

#include <QEvent>
#include <QVBoxLayout>

namespace bdm::gui {

SubmitPage::SubmitPage(QWidget* parent) : QWidget(parent), m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("submitPage"));
    m_empty->setIcon(QIcon(QStringLiteral(":/icons/submit.svg")));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    retranslate();
}

void SubmitPage::retranslate()
{
    m_empty->setTitle(tr("No project server set up yet"));
    m_empty->setExplanation(tr(
        "The Submit page will turn a container image, a script and input files into BOINC jobs on a project "
        "server you run, over SSH or the web submission RPC. Setting up a project server here is not built "
        "yet."));
}

void SubmitPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bdm::gui
