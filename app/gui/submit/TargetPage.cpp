#include "gui/submit/TargetPage.h"

#include "gui/submit/ProjectSignIn.h"
#include "gui/widgets/SshTargetForm.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bdm::gui {
namespace {

// The combo's items, as "transport:mode" so one value names both.
constexpr const char* transportB2d = "ssh:boinc2docker";
constexpr const char* transportCreateWork = "ssh:create_work";
constexpr const char* transportWebRpc = "webrpc:submit_batch";
constexpr int defaultSshPort = 22;

} // namespace

TargetPage::TargetPage(QWidget* parent)
    : SubmitWizardPage(parent), m_transport(new QComboBox(this)), m_transportLabel(new QLabel(this)),
      m_openSpec(new QPushButton(this)), m_sshGroup(new QGroupBox(this)), m_webGroup(new QGroupBox(this)),
      m_ssh(new SshTargetForm(m_sshGroup)), m_projectUrl(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_keychainNote(new QLabel(this)), m_forgetLogin(new QPushButton(this)), m_forgetStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("targetWizardPage"));
    m_transport->setObjectName(QStringLiteral("transportComboBox"));
    m_openSpec->setObjectName(QStringLiteral("openSpecPushButton"));
    m_projectUrl->setObjectName(QStringLiteral("projectUrlLineEdit"));
    m_email->setObjectName(QStringLiteral("emailLineEdit"));
    m_forgetLogin->setObjectName(QStringLiteral("forgetLoginPushButton"));
    m_forgetStatus->setObjectName(QStringLiteral("forgetLoginStatusLabel"));
    m_transport->addItem(QString(), QLatin1String(transportB2d));
    m_transport->addItem(QString(), QLatin1String(transportCreateWork));
    m_transport->addItem(QString(), QLatin1String(transportWebRpc));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setTextFormat(Qt::PlainText);

    auto* top = new QHBoxLayout;
    top->addWidget(m_transportLabel);
    top->addWidget(m_transport, 1);
    top->addWidget(m_openSpec);
    m_transportLabel->setBuddy(m_transport);

    auto* ssh = new QVBoxLayout(m_sshGroup);
    ssh->addWidget(m_ssh);

    auto* web = new QFormLayout(m_webGroup);
    m_projectUrlLabel = formLabel(web, m_projectUrl, m_webGroup);
    m_emailLabel = formLabel(web, m_email, m_webGroup);
    web->addRow(m_keychainNote);
    auto* forget = new QHBoxLayout;
    forget->addWidget(m_forgetLogin);
    forget->addWidget(m_forgetStatus, 1);
    web->addRow(forget);
    m_forgetStatus->setTextFormat(Qt::PlainText);
    m_forgetStatus->setWordWrap(true);
    m_forgetLogin->hide();
    m_forgetStatus->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_sshGroup);
    layout->addWidget(m_webGroup);
    layout->addStretch(1);

    connect(m_transport, &QComboBox::currentIndexChanged, this, &TargetPage::updateTransport);
    connect(m_openSpec, &QPushButton::clicked, this, &TargetPage::openSpecRequested);
    connect(m_forgetLogin, &QPushButton::clicked, this, &TargetPage::forgetLogin);
    connect(m_projectUrl, &QLineEdit::textChanged, this, [this] {
        m_forgetLogin->setEnabled(!projectUrl().isEmpty());
        m_forgetStatus->hide();
    });
    connect(m_projectUrl, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_ssh, &SshTargetForm::changed, this, &QWizardPage::completeChanged);
    retranslate();
    updateTransport();
}

void TargetPage::retranslate()
{
    setTitle(tr("Project server"));
    setSubTitle(tr("Where the jobs go, and how this computer reaches the project server."));
    m_transportLabel->setText(tr("&Transport:"));
    m_transport->setItemText(0, tr("SSH + boinc2docker"));
    m_transport->setItemText(1, tr("SSH + create_work"));
    m_transport->setItemText(2, tr("HTTPS remote submission"));
    m_openSpec->setText(tr("&Open spec…"));
    m_openSpec->setToolTip(tr("Load a saved job spec into every page (%1)")
                               .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    m_sshGroup->setTitle(tr("SSH"));
    m_webGroup->setTitle(tr("Remote submission"));
    m_projectUrlLabel->setText(tr("Project &URL:"));
    m_projectUrl->setPlaceholderText(tr("https://project.example.org/myproject/"));
    m_emailLabel->setText(tr("Account &email:"));
    m_email->setPlaceholderText(tr("to look up the account's authenticator"));
    m_keychainNote->setText(
        tr("The account's authenticator is kept in the system keychain, never in the job spec or the "
           "settings."));
    m_forgetLogin->setText(tr("&Forget stored login"));
    m_forgetLogin->setToolTip(
        tr("Delete this project's account key from the keychain; the next submission asks you to sign in"));
}

void TargetPage::setSignIn(ProjectSignIn* signIn)
{
    if (m_signIn)
        disconnect(m_signIn, nullptr, this, nullptr);
    m_signIn = signIn;
    m_forgetLogin->setVisible(m_signIn != nullptr);
    m_forgetLogin->setEnabled(!projectUrl().isEmpty());
    if (!m_signIn)
        return;
    connect(m_signIn, &ProjectSignIn::forgotten, this,
            [this](const QString& url, bool ok, const QString& message) {
                m_forgetStatus->setText(
                    ok ? tr("The stored login for %1 was deleted.").arg(url)
                       : tr("Could not delete the stored login for %1: %2").arg(url, message));
                m_forgetStatus->show();
                m_forgetLogin->setEnabled(!projectUrl().isEmpty());
            });
}

QString TargetPage::forgetLoginStatus() const
{
    return m_forgetStatus->isHidden() ? QString() : m_forgetStatus->text();
}

QString TargetPage::projectUrl() const
{
    QString url = m_projectUrl->text().trimmed();
    if (!url.isEmpty() && !url.endsWith(QLatin1Char('/')))
        url += QLatin1Char('/');
    return url;
}

void TargetPage::forgetLogin()
{
    const QString url = projectUrl();
    if (!m_signIn || url.isEmpty())
        return;
    m_forgetLogin->setEnabled(false);
    m_signIn->forget(url);
}

bool TargetPage::isWebRpc() const
{
    return m_transport->currentData().toString().startsWith(QLatin1String("webrpc"));
}

void TargetPage::updateTransport()
{
    m_sshGroup->setVisible(!isWebRpc());
    m_webGroup->setVisible(isWebRpc());
    emit completeChanged();
}

bool TargetPage::isComplete() const
{
    if (isWebRpc())
        return !m_projectUrl->text().trimmed().isEmpty();
    const submit::SubmitTarget t = m_ssh->target();
    return !t.host.isEmpty() && !t.projectDir.isEmpty();
}

void TargetPage::load(const submit::JobSpec& spec)
{
    const submit::SubmitTarget& t = spec.target;
    const QString key = t.transport == QLatin1String("webrpc")   ? QLatin1String(transportWebRpc)
                        : t.mode == QLatin1String("create_work") ? QLatin1String(transportCreateWork)
                                                                 : QLatin1String(transportB2d);
    m_transport->setCurrentIndex(std::max(0, m_transport->findData(key)));
    submit::SubmitTarget ssh = t;
    ssh.port = t.port > 0 ? t.port : defaultSshPort;
    m_ssh->setTarget(ssh);
    m_projectUrl->setText(t.projectUrl);
    m_email->setText(t.email);
    updateTransport();
}

void TargetPage::store(submit::JobSpec& spec) const
{
    submit::SubmitTarget& t = spec.target;
    const QStringList parts = m_transport->currentData().toString().split(QLatin1Char(':'));
    // Only the chosen transport's fields go into the spec; the other group's fields keep what
    // was typed, so switching back and forth loses nothing.
    const submit::SubmitTarget base = t;
    t = {};
    t.transport = parts.value(0);
    t.mode = parts.value(1);
    if (isWebRpc()) {
        t.authenticatorFile = base.authenticatorFile;
        t.projectUrl = projectUrl();
        t.email = m_email->text().trimmed();
        return;
    }
    t = m_ssh->target(t);
}

void TargetPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SubmitWizardPage::changeEvent(event);
}

} // namespace bdm::gui
