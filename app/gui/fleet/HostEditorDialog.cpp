#include "gui/fleet/HostEditorDialog.h"

#include "boinc/RpcEndpoint.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bdm::gui {

HostEditorDialog::HostEditorDialog(QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_address(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_passwordFile(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("hostEditorDialog"));
    setWindowTitle(tr("Add computer"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_address->setObjectName(QStringLiteral("addressLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordFile->setObjectName(QStringLiteral("passwordFileLineEdit"));
    m_error->setObjectName(QStringLiteral("addressErrorLabel"));
    m_address->setPlaceholderText(tr("192.168.1.20 or 192.168.1.20:31416"));
    m_name->setPlaceholderText(tr("the address, if left empty"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    m_passwordFile->setPlaceholderText(tr("optional: a gui_rpc_auth.cfg readable here"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link);"));

    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browsePushButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_passwordFile, 1);
    fileRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(QString(), m_error);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password &file:"), fileRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_address, &QLineEdit::textChanged, this, &HostEditorDialog::validate);
    connect(browse, &QPushButton::clicked, this, &HostEditorDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    validate();
}

void HostEditorDialog::setEntry(const monitor::HostEntry& entry)
{
    m_editing = true;
    m_id = entry.id;
    setWindowTitle(tr("Edit computer"));
    m_name->setText(entry.name);
    m_address->setText(entry.address);
    m_passwordFile->setText(entry.passwordFile);
    m_password->clear();
    m_password->setPlaceholderText(tr("unchanged if left empty"));
    validate();
}

monitor::HostEntry HostEditorDialog::entry() const
{
    monitor::HostEntry e;
    e.id = m_id;
    e.address = m_address->text().trimmed();
    e.name = m_name->text().trimmed().isEmpty() ? e.address : m_name->text().trimmed();
    e.passwordFile = m_passwordFile->text().trimmed();
    return e;
}

std::optional<QString> HostEditorDialog::password() const
{
    if (m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

QString HostEditorDialog::addressError() const
{
    const QString text = m_address->text().trimmed();
    if (text.isEmpty())
        return tr("Give the computer's address, e.g. 192.168.1.20:31416.");
    QString error;
    if (!boinc::RpcEndpoint::parse(text, &error))
        return error.isEmpty() ? tr("This is not an address.") : error;
    return {};
}

void HostEditorDialog::validate()
{
    const QString error = addressError();
    // No scolding before anything was typed: the empty field only disables OK.
    m_error->setText(m_address->text().trimmed().isEmpty() ? QString() : error);
    m_error->setVisible(!m_error->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void HostEditorDialog::browse()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("GUI RPC password file"), m_passwordFile->text());
    if (!file.isEmpty())
        m_passwordFile->setText(file);
}

} // namespace bdm::gui
