#include "gui/submit/LoginDialog.h"

#include "submit/WebRpcClient.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace bdm::gui {

LoginDialog::LoginDialog(const QString& projectUrl, const QString& email, const QString& caCertificatesFile,
                         QWidget* parent)
    : QDialog(parent), m_projectUrl(projectUrl), m_intro(new QLabel(this)), m_emailLabel(new QLabel(this)),
      m_email(new QLineEdit(email, this)), m_passwordLabel(new QLabel(this)), m_password(new QLineEdit(this)),
      m_error(new QLabel(this)), m_network(std::make_unique<QNetworkAccessManager>()),
      m_client(std::make_unique<submit::WebRpcClient>(*m_network, QUrl(projectUrl)))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_email->setObjectName(QStringLiteral("emailLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_error->setObjectName(QStringLiteral("loginErrorLabel"));
    m_password->setEchoMode(QLineEdit::Password);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_emailLabel->setBuddy(m_email);
    m_passwordLabel->setBuddy(m_password);
    if (!caCertificatesFile.isEmpty()) {
        QString ignored;
        m_client->addCaCertificatesFile(caCertificatesFile, &ignored);
    }

    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_signIn->setObjectName(QStringLiteral("signInPushButton"));
    m_signIn->setDefault(true);
    auto* form = new QFormLayout;
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_passwordLabel, m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_email, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    retranslate();
    updateButtons();
    // Wrapped labels take their height from the width: give them a readable one.
    m_intro->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_error->setMinimumWidth(m_intro->minimumWidth());
    (email.isEmpty() ? m_email : m_password)->setFocus();
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::email() const
{
    return m_email->text().trimmed();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign in to %1").arg(m_projectUrl));
    m_intro->setText(tr("Remote job submission needs your account on %1. The password is sent only as "
                        "a hash and not kept; the account key the project returns is kept in the "
                        "system keychain.")
                         .arg(m_projectUrl));
    m_emailLabel->setText(tr("&Email:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_signIn->setText(tr("&Sign in"));
}

void LoginDialog::fitHeight()
{
    // A top-level window ignores its wrapped labels' height-for-width; grow to what they need.
    if (const int h = layout()->totalHeightForWidth(width()); h > height())
        resize(width(), h);
}

void LoginDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::updateButtons()
{
    m_signIn->setEnabled(!m_busy && !email().isEmpty() && !m_password->text().isEmpty());
    m_email->setEnabled(!m_busy);
    m_password->setEnabled(!m_busy);
}

void LoginDialog::accept()
{
    if (m_busy || email().isEmpty() || m_password->text().isEmpty())
        return;
    m_busy = true;
    m_error->setText(tr("Signing in…"));
    m_error->show();
    fitHeight();
    updateButtons();
    m_client->lookupAccount(email(), m_password->text(), this,
                            [this](const submit::SubmitError& error, const QString& authenticator) {
                                m_busy = false;
                                updateButtons();
                                if (!error.ok() || authenticator.isEmpty()) {
                                    QString text = error.message;
                                    if (!error.message.contains(error.serverText))
                                        text += QLatin1Char('\n') + error.serverText;
                                    m_error->setText(tr("Not signed in: %1").arg(text));
                                    fitHeight();
                                    m_password->selectAll();
                                    m_password->setFocus();
                                    return;
                                }
                                m_authenticator = authenticator;
                                QDialog::accept();
                            });
}

} // namespace bdm::gui
