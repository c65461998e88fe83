#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace bdm::submit {
class WebRpcClient;
}

namespace bdm::gui {

// Signs in to a BOINC project for remote job submission: email and password go to the project's
// lookup_account.php (as a hash), and the account's authenticator comes back. The password is
// never stored; a refusal is shown in the server's words and the dialog stays open.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(const QString& projectUrl, const QString& email, const QString& caCertificatesFile,
                QWidget* parent = nullptr);
    ~LoginDialog() override;

    QString authenticator() const { return m_authenticator; }
    QString email() const;
    QString errorText() const;

    void accept() override; // signs in; closes only when the project says yes

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void fitHeight();

    QString m_projectUrl;
    QString m_authenticator;
    QLabel* m_intro;
    QLabel* m_emailLabel;
    QLineEdit* m_email;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_signIn;
    QPushButton* m_cancel;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<submit::WebRpcClient> m_client;
    bool m_busy = false;
};

} // namespace bdm::gui
