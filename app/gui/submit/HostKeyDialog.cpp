#include "gui/submit/HostKeyDialog.h"

#include "submit/SshHostKeyScan.h"

#include <QDir>
#include <QEvent>
#include <QPushButton>

namespace bdm::gui {

HostKeyDialog::HostKeyDialog(const submit::SshEndpoint& endpoint, const submit::SshError& error,
                             QWidget* parent)
    : QMessageBox(parent), m_endpoint(endpoint), m_error(error)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_error.kind == submit::SshError::Kind::HostKeyUnknown) {
        setIcon(QMessageBox::Warning);
        m_trust = addButton(QString(), QMessageBox::AcceptRole);
        m_trust->setObjectName(QStringLiteral("trustHostKeyPushButton"));
        addButton(QMessageBox::Cancel);
        setDefaultButton(QMessageBox::Cancel);
        setEscapeButton(QMessageBox::Cancel);
    } else {
        setIcon(QMessageBox::Critical);
        addButton(QMessageBox::Close);
        setDefaultButton(QMessageBox::Close);
    }
    retranslate();
    connect(this, &QMessageBox::finished, this, &HostKeyDialog::decide);
}

HostKeyDialog::~HostKeyDialog() = default;

bool HostKeyDialog::handles(const submit::SshError& error)
{
    return error.kind == submit::SshError::Kind::HostKeyUnknown ||
           error.kind == submit::SshError::Kind::HostKeyChanged;
}

void HostKeyDialog::retranslate()
{
    const QString host = m_endpoint.hostName();
    const QString port = QString::number(m_endpoint.port);
    const QString file = QDir::toNativeSeparators(m_endpoint.effectiveKnownHostsFile());
    if (m_trust) {
        setWindowTitle(tr("Unknown SSH server"));
        setText(tr("The SSH server %1 (port %2) is not among the known servers yet.").arg(host, port));
        setInformativeText(
            tr("It offered these host keys:\n\n%1\n\nTrust it only if a fingerprint matches the one the "
               "server's administrator gives you (ssh-keygen -lf on the server's host key). Trusting adds "
               "the key to %2.")
                .arg(m_error.fingerprints.join(QLatin1Char('\n')), file));
        m_trust->setText(tr("&Trust and continue"));
        return;
    }
    setWindowTitle(tr("SSH host key has changed"));
    setText(tr("WARNING: the host key of the SSH server %1 (port %2) has CHANGED since it was trusted.")
                .arg(host, port));
    setInformativeText(tr("This can mean that someone is intercepting the connection (a man-in-the-middle "
                          "attack). Nothing was sent. Ask the server's administrator whether the key was "
                          "really replaced before you remove the old key from %1.")
                           .arg(file));
}

void HostKeyDialog::decide()
{
    if (!m_trust || clickedButton() != m_trust) {
        emit notTrusted({});
        return;
    }
    QString why;
    if (!submit::SshHostKeyScan::accept(m_endpoint, m_error.scannedKeys, &why)) {
        emit notTrusted(
            why.isEmpty()
                ? tr("The host key could not be added to %1.").arg(m_endpoint.effectiveKnownHostsFile())
                : why);
        return;
    }
    emit trusted();
}

void HostKeyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMessageBox::changeEvent(event);
}

} // namespace bdm::gui
