#include "gui/submit/SubmitPage.h"

#include "gui/submit/NewAppDialog.h"
#include "gui/submit/SubmitWizard.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace bdm::gui {

SubmitPage::SubmitPage(submit::JobJournal* journal, SubmitBackendMaker backends, QWidget* parent)
    : QWidget(parent), m_wizard(new SubmitWizard(journal, std::move(backends), this))
{
    setObjectName(QStringLiteral("submitPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    // The page itself has no margins (the wizard fills it); the button must not touch the edge.
    bar->setContentsMargins(0, 6, 9, 0);
    auto* newApp = new QPushButton(this);
    m_newApp = newApp;
    newApp->setObjectName(QStringLiteral("newAppButton"));
    bar->addStretch();
    bar->addWidget(newApp);
    layout->addLayout(bar);
    layout->addWidget(m_wizard);
    connect(newApp, &QPushButton::clicked, this, [this] {
        auto* dialog = new NewAppDialog(m_wizard->spec().target, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // A QDialog stays hidden as a child until told otherwise, unlike other widgets.
    m_wizard->show();

    // Page-wide: they work from any field of any step, and nowhere else in the window.
    auto* open = new QAction(this);
    open->setObjectName(QStringLiteral("openSpecAction"));
    open->setShortcut(QKeySequence::Open);
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* save = new QAction(this);
    save->setObjectName(QStringLiteral("saveSpecAction"));
    save->setShortcut(QKeySequence::Save);
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(open);
    addAction(save);
    connect(open, &QAction::triggered, m_wizard, &SubmitWizard::openSpecWithDialog);
    connect(save, &QAction::triggered, m_wizard, &SubmitWizard::saveSpecWithDialog);
    connect(m_wizard, &SubmitWizard::jobsRequested, this, &SubmitPage::jobsRequested);
    connect(m_wizard, &SubmitWizard::submissionFinished, this, &SubmitPage::submissionFinished);
    retranslate();
}

void SubmitPage::retranslate()
{
    m_newApp->setText(tr("New Docker &app…"));
    m_newApp->setToolTip(
        tr("Create an app and its plan class on the project server (boinc2docker --new_app)"));
}

void SubmitPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SubmitPage::loadSpec(const submit::JobSpec& spec)
{
    m_wizard->setSpec(spec);
}

} // namespace bdm::gui
