#include "gui/widgets/SshTargetForm.h"

#include "gui/submit/PathField.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace bdm::gui {

SshTargetForm::SshTargetForm(QWidget* parent)
    : QWidget(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_identity(new PathField(PathField::Kind::OpenFile, this)),
      m_knownHosts(new PathField(PathField::Kind::OpenFile, this)), m_projectDir(new QLineEdit(this)),
      m_container(new QLineEdit(this)), m_containerUser(new QLineEdit(this)), m_hostLabel(new QLabel(this)),
      m_portLabel(new QLabel(this)), m_identityLabel(new QLabel(this)), m_knownHostsLabel(new QLabel(this)),
      m_projectDirLabel(new QLabel(this)), m_containerLabel(new QLabel(this)),
      m_containerUserLabel(new QLabel(this))
{
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_identity->setObjectName(QStringLiteral("identityFileField"));
    m_knownHosts->setObjectName(QStringLiteral("knownHostsField"));
    m_projectDir->setObjectName(QStringLiteral("projectDirLineEdit"));
    m_container->setObjectName(QStringLiteral("dockerExecLineEdit"));
    m_containerUser->setObjectName(QStringLiteral("dockerExecUserLineEdit"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_identityLabel->setBuddy(m_identity->lineEdit());
    m_knownHostsLabel->setBuddy(m_knownHosts->lineEdit());
    m_projectDirLabel->setBuddy(m_projectDir);
    m_containerLabel->setBuddy(m_container);
    m_containerUserLabel->setBuddy(m_containerUser);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_projectDirLabel, m_projectDir);
    form->addRow(m_identityLabel, m_identity);
    form->addRow(m_knownHostsLabel, m_knownHosts);
    form->addRow(m_containerLabel, m_container);
    form->addRow(m_containerUserLabel, m_containerUser);

    for (QLineEdit* e : {m_host, m_projectDir, m_container, m_containerUser})
        connect(e, &QLineEdit::textChanged, this, &SshTargetForm::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &SshTargetForm::changed);
    for (PathField* p : {m_identity, m_knownHosts})
        connect(p, &PathField::pathChanged, this, &SshTargetForm::changed);
    retranslate();
}

submit::SubmitTarget SshTargetForm::target(const submit::SubmitTarget& base) const
{
    submit::SubmitTarget t = base;
    t.transport = QStringLiteral("ssh");
    t.host = m_host->text().trimmed();
    t.port = m_port->value();
    t.identityFile = m_identity->path().trimmed();
    t.knownHostsFile = m_knownHosts->path().trimmed();
    t.projectDir = m_projectDir->text().trimmed();
    t.dockerExec = m_container->text().trimmed();
    t.dockerExecUser = m_containerUser->text().trimmed();
    return t;
}

void SshTargetForm::setTarget(const submit::SubmitTarget& target)
{
    m_host->setText(target.host);
    m_port->setValue(target.port);
    m_identity->setPath(target.identityFile);
    m_knownHosts->setPath(target.knownHostsFile);
    m_projectDir->setText(target.projectDir);
    m_container->setText(target.dockerExec);
    m_containerUser->setText(target.dockerExecUser);
}

void SshTargetForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SshTargetForm::retranslate()
{
    m_hostLabel->setText(tr("SSH ho&st:"));
    m_host->setPlaceholderText(tr("user@project.example.org"));
    m_portLabel->setText(tr("SSH &port:"));
    m_projectDirLabel->setText(tr("Project &directory:"));
    m_projectDir->setPlaceholderText(tr("/home/boincadm/project/myproject"));
    m_identityLabel->setText(tr("&Identity file:"));
    m_identity->setPlaceholderText(tr("optional: else your SSH keys and agent"));
    m_identity->setDialogTitle(tr("SSH identity file"));
    m_knownHostsLabel->setText(tr("&Known hosts file:"));
    m_knownHosts->setPlaceholderText(tr("optional: else ~/.ssh/known_hosts"));
    m_knownHosts->setDialogTitle(tr("known_hosts file"));
    m_containerLabel->setText(tr("Docker e&xec container:"));
    m_container->setPlaceholderText(tr("optional: the server's container, e.g. apache"));
    m_containerUserLabel->setText(tr("Container &user:"));
    m_containerUser->setPlaceholderText(tr("optional, e.g. boincadm"));
}

} // namespace bdm::gui
