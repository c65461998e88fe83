#include "gui/submit/FilesPage.h"

#include "gui/submit/InputFileList.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace bdm::gui {

FilesPage::FilesPage(QWidget* parent)
    : SubmitWizardPage(parent), m_inputsLabel(new QLabel(this)), m_inputs(new InputFileList(this)),
      m_addInput(new QPushButton(this)), m_removeInput(new QPushButton(this)),
      m_outputsLabel(new QLabel(this)), m_outputs(new QListWidget(this)), m_addOutput(new QPushButton(this)),
      m_removeOutput(new QPushButton(this))
{
    setObjectName(QStringLiteral("filesWizardPage"));
    m_inputs->setObjectName(QStringLiteral("inputsListWidget"));
    m_addInput->setObjectName(QStringLiteral("addInputPushButton"));
    m_removeInput->setObjectName(QStringLiteral("removeInputPushButton"));
    m_outputs->setObjectName(QStringLiteral("outputsListWidget"));
    m_addOutput->setObjectName(QStringLiteral("addOutputPushButton"));
    m_removeOutput->setObjectName(QStringLiteral("removeOutputPushButton"));
    m_inputsLabel->setBuddy(m_inputs);
    m_outputsLabel->setBuddy(m_outputs);
    m_outputs->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed);

    auto* removeOutput = new QAction(this);
    removeOutput->setShortcut(QKeySequence::Delete);
    removeOutput->setShortcutContext(Qt::WidgetShortcut);
    m_outputs->addAction(removeOutput);

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_inputsLabel, 0, 0, 1, 2);
    grid->addWidget(m_inputs, 1, 0);
    auto* inputButtons = new QVBoxLayout;
    inputButtons->addWidget(m_addInput);
    inputButtons->addWidget(m_removeInput);
    inputButtons->addStretch(1);
    grid->addLayout(inputButtons, 1, 1);
    grid->addWidget(m_outputsLabel, 2, 0, 1, 2);
    grid->addWidget(m_outputs, 3, 0);
    auto* outputButtons = new QVBoxLayout;
    outputButtons->addWidget(m_addOutput);
    outputButtons->addWidget(m_removeOutput);
    outputButtons->addStretch(1);
    grid->addLayout(outputButtons, 3, 1);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(3, 2);

    connect(m_addInput, &QPushButton::clicked, this, &FilesPage::addInputs);
    connect(m_removeInput, &QPushButton::clicked, m_inputs, &InputFileList::removeSelected);
    connect(m_addOutput, &QPushButton::clicked, this, &FilesPage::addOutput);
    const auto removeOutputs = [this] {
        qDeleteAll(m_outputs->selectedItems());
        updateButtons();
    };
    connect(m_removeOutput, &QPushButton::clicked, this, removeOutputs);
    connect(removeOutput, &QAction::triggered, this, removeOutputs);
    connect(m_inputs, &QListWidget::itemSelectionChanged, this, &FilesPage::updateButtons);
    connect(m_outputs, &QListWidget::itemSelectionChanged, this, &FilesPage::updateButtons);
    connect(m_inputs, &InputFileList::pathsChanged, this, &FilesPage::updateButtons);
    retranslate();
    updateButtons();
}

void FilesPage::retranslate()
{
    setTitle(tr("Files"));
    setSubTitle(tr("Input files go into the job's working directory under their own names; the output files "
                   "are collected from there."));
    m_inputsLabel->setText(tr("&Input files (drop files here):"));
    m_addInput->setText(tr("&Add…"));
    m_removeInput->setText(tr("&Remove"));
    m_outputsLabel->setText(tr("&Output files (names the command writes):"));
    m_addOutput->setText(tr("Add ou&tput"));
    m_removeOutput->setText(tr("Re&move output"));
}

void FilesPage::updateButtons()
{
    m_removeInput->setEnabled(!m_inputs->selectedItems().isEmpty());
    m_removeOutput->setEnabled(!m_outputs->selectedItems().isEmpty());
}

void FilesPage::addInputs()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Input files"));
    m_inputs->addPaths(files);
}

void FilesPage::addOutput()
{
    auto* entry = new QListWidgetItem(m_outputs);
    entry->setFlags(entry->flags() | Qt::ItemIsEditable);
    m_outputs->setCurrentItem(entry);
    m_outputs->editItem(entry);
}

void FilesPage::load(const submit::JobSpec& spec)
{
    m_inputs->setPaths(spec.inputs);
    m_outputs->clear();
    for (const QString& name : spec.outputs) {
        auto* entry = new QListWidgetItem(name, m_outputs);
        entry->setFlags(entry->flags() | Qt::ItemIsEditable);
    }
    updateButtons();
}

void FilesPage::store(submit::JobSpec& spec) const
{
    spec.inputs = m_inputs->paths();
    spec.outputs.clear();
    for (int i = 0; i < m_outputs->count(); ++i) {
        const QString name = m_outputs->item(i)->text().trimmed();
        if (!name.isEmpty()) // a row added and left empty is not an output
            spec.outputs << name;
    }
}

void FilesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SubmitWizardPage::changeEvent(event);
}

} // namespace bdm::gui
