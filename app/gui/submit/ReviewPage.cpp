#include "gui/submit/ReviewPage.h"

#include "gui/submit/ReviewFiles.h"
#include "submit/JobSpecValidator.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bdm::gui {

ReviewPage::ReviewPage(LocalTestPanel::SpecSource spec, QWidget* parent)
    : SubmitWizardPage(parent), m_spec(spec), m_problems(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_localTest(new LocalTestPanel(spec, this)), m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewWizardPage"));
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_tabs->setObjectName(QStringLiteral("generatedFilesTabWidget"));
    m_save->setObjectName(QStringLiteral("saveSpecPushButton"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setDocumentMode(true);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tabs);
    split->addWidget(m_localTest);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The generated files first: the local test's log is empty until a test runs.
    split->setSizes({600, 200});
    split->setChildrenCollapsible(false);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problems);
    layout->addWidget(split, 1);
    layout->addLayout(saveRow);

    connect(m_save, &QPushButton::clicked, this, &ReviewPage::saveSpecRequested);
    retranslate();
}

void ReviewPage::retranslate()
{
    setTitle(tr("Review"));
    setSubTitle(
        tr("Every file the submission generates, as it will be sent. Nothing has left this computer yet."));
    m_save->setText(tr("Sa&ve spec…"));
    m_save->setToolTip(tr("Save the job spec as JSON (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    if (isVisible())
        refresh();
}

void ReviewPage::initializePage()
{
    refresh();
}

void ReviewPage::refresh()
{
    const submit::JobSpec spec = m_spec();
    m_errors.clear();
    QStringList warnings;
    for (const submit::SpecProblem& p : submit::JobSpecValidator::check(spec))
        (p.warning ? warnings : m_errors) << p.text();

    QString buildError;
    const QList<ReviewFile> files =
        m_errors.isEmpty() ? ReviewFiles::build(spec, &buildError) : QList<ReviewFile>{};
    if (m_errors.isEmpty() && !buildError.isEmpty())
        m_errors << buildError;

    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget* tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete tab;
    }
    for (const ReviewFile& file : files) {
        auto* view = new QPlainTextEdit(m_tabs);
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        view->setPlainText(file.text);
        view->setObjectName(QStringLiteral("generatedFileView"));
        m_tabs->addTab(view, file.name);
    }
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);

    QStringList lines;
    if (!m_errors.isEmpty()) {
        lines << tr("Fix these before submitting:");
        for (const QString& e : std::as_const(m_errors))
            lines << QStringLiteral("• ") + e;
    }
    if (!warnings.isEmpty()) {
        lines << tr("Ignored by this transport:");
        for (const QString& w : std::as_const(warnings))
            lines << QStringLiteral("• ") + w;
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    m_problems->setStyleSheet(m_errors.isEmpty() ? QString() : QStringLiteral("color: palette(link);"));
    emit completeChanged();
}

bool ReviewPage::isComplete() const
{
    return m_errors.isEmpty();
}

void ReviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SubmitWizardPage::changeEvent(event);
}

} // namespace bdm::gui
