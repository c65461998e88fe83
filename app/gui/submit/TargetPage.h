#pragma once

#include "gui/submit/SubmitWizardPage.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bdm::gui {

class ProjectSignIn;
class SshTargetForm;

// Where the job goes: the transport (SSH with boinc2docker or create_work, or the HTTPS
// remote submission RPC) and how to reach the server. The project authenticator is not asked
// for here: it lives in the keychain, never in the spec or the settings.
class TargetPage : public SubmitWizardPage
{
    Q_OBJECT

public:
    explicit TargetPage(QWidget* parent = nullptr);

    void load(const submit::JobSpec& spec) override;
    void store(submit::JobSpec& spec) const override;
    bool isComplete() const override;

    QPushButton* openSpecButton() const { return m_openSpec; }
    // Offers "Forget stored login" for the remote-submission project (hidden without one).
    void setSignIn(ProjectSignIn* signIn);
    QPushButton* forgetLoginButton() const { return m_forgetLogin; }
    QString forgetLoginStatus() const;

signals:
    void openSpecRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateTransport();
    bool isWebRpc() const;
    QString projectUrl() const; // as stored in the spec (and named in the keychain)
    void forgetLogin();

    QComboBox* m_transport;
    QLabel* m_transportLabel;
    QPushButton* m_openSpec;
    QGroupBox* m_sshGroup;
    QGroupBox* m_webGroup;
    SshTargetForm* m_ssh;
    QLineEdit* m_projectUrl;
    QLineEdit* m_email;
    QLabel* m_projectUrlLabel;
    QLabel* m_emailLabel;
    QLabel* m_keychainNote;
    QPushButton* m_forgetLogin;
    QLabel* m_forgetStatus;
    ProjectSignIn* m_signIn = nullptr;
};

} // namespace bdm::gui
