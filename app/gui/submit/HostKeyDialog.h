#pragma once

#include "submit/SshEndpoint.h"
#include "submit/SshError.h"

#include <QMessageBox>

class QPushButton;

namespace bdm::gui {

// What an SSH server's host key problem means for the user. An unknown key is shown with the
// host, port, every offered key's fingerprint and the known_hosts file it would go to, and is
// added there only when the user presses "Trust and continue" (Cancel is the default). A
// changed key is an alarm with no way to accept it here: the user must check with the
// server's administrator. Opened with open(); one decision, then it deletes itself.
class HostKeyDialog : public QMessageBox
{
    Q_OBJECT

public:
    HostKeyDialog(const submit::SshEndpoint& endpoint, const submit::SshError& error,
                  QWidget* parent = nullptr);
    ~HostKeyDialog() override;

    // Whether the error is one this dialog explains.
    static bool handles(const submit::SshError& error);

    // Null for a changed key.
    QPushButton* trustButton() const { return m_trust; }

signals:
    // The keys are in known_hosts now: the caller retries what failed.
    void trusted();
    // Not trusted (cancelled, a changed key, or the file could not be written: why non-empty).
    void notTrusted(const QString& why);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void decide();

    submit::SshEndpoint m_endpoint;
    submit::SshError m_error;
    QPushButton* m_trust = nullptr;
};

} // namespace bdm::gui
