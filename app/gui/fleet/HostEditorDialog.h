#pragma once

#include "monitor/HostEntry.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bdm::gui {

// Adds or edits one host: name, address (host[:port], checked with RpcEndpoint::parse as it is
// typed), GUI RPC password (for the keychain) and an optional password file. When editing, an
// empty password field keeps the stored password.
class HostEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HostEditorDialog(QWidget* parent = nullptr);

    // Fills the fields from an existing host; the id is kept for entry().
    void setEntry(const monitor::HostEntry& entry);
    monitor::HostEntry entry() const;
    // The password typed, or nullopt when the field was left empty.
    std::optional<QString> password() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* passwordFileEdit() const { return m_passwordFile; }
    QString addressError() const;

private:
    void validate();
    void browse();

    QString m_id;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QLineEdit* m_password;
    QLineEdit* m_passwordFile;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_editing = false;
};

} // namespace bdm::gui
