#include "gui/submit/CommandPage.h"

#include "gui/submit/CommandLine.h"
#include "gui/submit/PathField.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace bdm::gui {

CommandPage::CommandPage(QWidget* parent)
    : SubmitWizardPage(parent), m_kinds(new QButtonGroup(this)), m_commandRadio(new QRadioButton(this)),
      m_scriptRadio(new QRadioButton(this)), m_composeRadio(new QRadioButton(this)),
      m_command(new QLineEdit(this)), m_argvPreview(new QLabel(this)),
      m_script(new PathField(PathField::Kind::OpenFile, this)), m_template(new QPushButton(this)),
      m_compose(new PathField(PathField::Kind::OpenFile, this)), m_progressNote(new QLabel(this))
{
    setObjectName(QStringLiteral("commandWizardPage"));
    m_commandRadio->setObjectName(QStringLiteral("commandRadioButton"));
    m_scriptRadio->setObjectName(QStringLiteral("scriptRadioButton"));
    m_composeRadio->setObjectName(QStringLiteral("composeRadioButton"));
    m_command->setObjectName(QStringLiteral("commandLineEdit"));
    m_argvPreview->setObjectName(QStringLiteral("argvPreviewLabel"));
    m_script->setObjectName(QStringLiteral("scriptField"));
    m_template->setObjectName(QStringLiteral("newFromTemplatePushButton"));
    m_compose->setObjectName(QStringLiteral("composeField"));
    m_kinds->addButton(m_commandRadio, static_cast<int>(Kind::Command));
    m_kinds->addButton(m_scriptRadio, static_cast<int>(Kind::Script));
    m_kinds->addButton(m_composeRadio, static_cast<int>(Kind::Compose));
    m_commandRadio->setChecked(true);
    m_argvPreview->setTextFormat(Qt::PlainText);
    m_argvPreview->setWordWrap(true);
    m_argvPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressNote->setTextFormat(Qt::PlainText);
    m_progressNote->setWordWrap(true);
    m_script->setNameFilter(QStringLiteral("*.sh"));
    m_compose->setNameFilter(QStringLiteral("*.yml *.yaml"));

    // Each radio button is the label of its field: its mnemonic picks the kind.
    constexpr int indent = 24;
    auto* grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, indent);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_commandRadio, 0, 0, 1, 3);
    grid->addWidget(m_command, 1, 1, 1, 2);
    grid->addWidget(m_argvPreview, 2, 1, 1, 2);
    grid->addWidget(m_scriptRadio, 3, 0, 1, 3);
    grid->addWidget(m_script, 4, 1);
    grid->addWidget(m_template, 4, 2);
    grid->addWidget(m_composeRadio, 5, 0, 1, 3);
    grid->addWidget(m_compose, 6, 1, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(12);
    layout->addWidget(m_progressNote);
    layout->addStretch(1);

    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateKind();
    });
    connect(m_command, &QLineEdit::textChanged, this, &CommandPage::updateKind);
    connect(m_script, &PathField::pathChanged, this, &QWizardPage::completeChanged);
    connect(m_compose, &PathField::pathChanged, this, &QWizardPage::completeChanged);
    connect(m_template, &QPushButton::clicked, this, &CommandPage::newFromTemplate);
    retranslate();
    updateKind();
}

void CommandPage::retranslate()
{
    setTitle(tr("Command"));
    setSubTitle(tr("What the container runs in the job's working directory, where every input file is."));
    m_commandRadio->setText(tr("&Command line:"));
    m_command->setPlaceholderText(tr("python3 analyse.py --input data.csv"));
    m_scriptRadio->setText(tr("Bash &script:"));
    m_script->setPlaceholderText(tr("a script shipped with the job and run with bash"));
    m_script->setDialogTitle(tr("Job script"));
    m_template->setText(tr("&New from template…"));
    m_composeRadio->setText(tr("Compose &file:"));
    m_compose->setPlaceholderText(tr("compose.yaml run with docker compose"));
    m_compose->setDialogTitle(tr("Compose file"));
    m_progressNote->setText(
        tr("Progress: a line \"PROGRESS 0.42\" on the command's output sets the fraction done BOINC shows."));
    updateKind();
}

CommandPage::Kind CommandPage::kind() const
{
    return static_cast<Kind>(m_kinds->checkedId());
}

void CommandPage::setKind(Kind kind)
{
    m_kinds->button(static_cast<int>(kind))->setChecked(true);
}

void CommandPage::updateKind()
{
    m_command->setEnabled(kind() == Kind::Command);
    m_argvPreview->setEnabled(kind() == Kind::Command);
    m_script->setEnabled(kind() == Kind::Script);
    m_template->setEnabled(kind() == Kind::Script);
    m_compose->setEnabled(kind() == Kind::Compose);
    // The argv as it will be passed, one argument per bracket, so quoting mistakes show.
    const QStringList argv = CommandLine::split(m_command->text());
    QStringList shown;
    for (const QString& arg : argv)
        shown << QStringLiteral("[%1]").arg(arg);
    m_argvPreview->setText(argv.isEmpty() ? QString()
                                          : tr("Arguments: %1").arg(shown.join(QLatin1Char(' '))));
    emit completeChanged();
}

bool CommandPage::isComplete() const
{
    switch (kind()) {
    case Kind::Command:
        return !CommandLine::split(m_command->text()).isEmpty();
    case Kind::Script:
        return !m_script->path().isEmpty();
    case Kind::Compose:
        return !m_compose->path().isEmpty();
    }
    return false;
}

void CommandPage::load(const submit::JobSpec& spec)
{
    m_command->setText(CommandLine::join(spec.command));
    m_script->setPath(spec.script);
    m_compose->setPath(spec.composeFile);
    setKind(!spec.composeFile.isEmpty() ? Kind::Compose
            : !spec.script.isEmpty()    ? Kind::Script
                                        : Kind::Command);
    updateKind();
}

void CommandPage::store(submit::JobSpec& spec) const
{
    // One of the three: the other fields keep their text, but the spec holds only the chosen one.
    spec.command.clear();
    spec.script.clear();
    spec.composeFile.clear();
    switch (kind()) {
    case Kind::Command:
        spec.command = CommandLine::split(m_command->text());
        break;
    case Kind::Script:
        spec.script = m_script->path();
        break;
    case Kind::Compose:
        spec.composeFile = m_compose->path();
        break;
    }
}

QByteArray CommandPage::templateScript()
{
    return QByteArrayLiteral(
        "#!/bin/bash\n"
        "# Job script: runs inside the container, in the job's working directory.\n"
        "# Every input file is here under its original name; write every output file here too,\n"
        "# under the names listed on the Files page, or BOINC will not return it.\n"
        "#\n"
        "# Progress: print a line \"PROGRESS <fraction>\" (0 to 1) and BOINC shows it, e.g.\n"
        "#   echo \"PROGRESS 0.5\"\n"
        "# The job succeeds when this script exits with status 0.\n"
        "set -euo pipefail\n"
        "\n"
        "echo \"PROGRESS 0\"\n"
        "\n"
        "# Replace this with the work, e.g.:\n"
        "#   python3 analyse.py --input data.csv --output result.csv\n"
        "ls -l > result.txt\n"
        "\n"
        "echo \"PROGRESS 1\"\n");
}

bool CommandPage::writeTemplate(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(templateScript()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeUser);
    m_script->setPath(path);
    setKind(Kind::Script);
    return true;
}

void CommandPage::newFromTemplate()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New job script"), QStringLiteral("job.sh"),
                                                      tr("Bash scripts (*.sh)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeTemplate(path, &error))
        QMessageBox::warning(this, tr("New job script"), tr("Cannot write %1: %2").arg(path, error));
}

void CommandPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SubmitWizardPage::changeEvent(event);
}

} // namespace bdm::gui
