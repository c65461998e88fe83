#pragma once

#include "submit/JobSpec.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace bdm::gui {

class PathField;

// The SSH fields of a project host, as a form: host, port, identity and known_hosts files,
// project directory, and the container to `docker exec` into for a containerised server. Each
// label's mnemonic moves focus to its field. Only these fields of a SubmitTarget are read or set.
class SshTargetForm : public QWidget
{
    Q_OBJECT

public:
    explicit SshTargetForm(QWidget* parent = nullptr);

    // transport "ssh" with these fields; other members as `base` has them.
    submit::SubmitTarget target(const submit::SubmitTarget& base = {}) const;
    void setTarget(const submit::SubmitTarget& target);
    QLineEdit* hostEdit() const { return m_host; }
    QLineEdit* projectDirEdit() const { return m_projectDir; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLineEdit* m_host;
    QSpinBox* m_port;
    PathField* m_identity;
    PathField* m_knownHosts;
    QLineEdit* m_projectDir;
    QLineEdit* m_container;
    QLineEdit* m_containerUser;
    QLabel* m_hostLabel;
    QLabel* m_portLabel;
    QLabel* m_identityLabel;
    QLabel* m_knownHostsLabel;
    QLabel* m_projectDirLabel;
    QLabel* m_containerLabel;
    QLabel* m_containerUserLabel;
};

} // namespace bdm::gui
