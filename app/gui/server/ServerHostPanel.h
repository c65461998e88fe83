#pragma once

#include "server/ServerHostStatus.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bdm::submit {
struct SshError;
}

namespace bdm::server {
class ServerHostReader;
}

namespace bdm::gui {

class RefreshWhileVisible;
class SshTargetForm;

// The project host over SSH, for its admins: what `bin/status -v` says of each daemon and
// periodic task, and the last lines of each daemon's log. The host and directory are kept in the
// settings; while the panel is visible it reads again a minute after each answer. An unknown host
// key is shown for the user to accept before anything is read.
class ServerHostPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int refreshMs = 60 * 1000;

    explicit ServerHostPanel(QWidget* parent = nullptr);
    ~ServerHostPanel() override;

    SshTargetForm* targetForm() const { return m_form; }
    QPushButton* readButton() const { return m_read; }
    QTableWidget* daemonTable() const { return m_daemons; }
    QTableWidget* taskTable() const { return m_tasks; }
    QComboBox* logChooser() const { return m_logChoice; }
    QPlainTextEdit* logView() const { return m_log; }
    QString statusText() const;
    bool autoRefreshArmed() const;
    void read();

signals:
    void refreshed(); // after each read, answered or not
    // Once per daemon each time it goes from running (or unknown) to stopped; source is
    // "user@host:/project/dir".
    void daemonStopped(const QString& source, const QString& daemon);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showStatus(const server::ServerHostStatus& status);
    void render();
    void showFailure(const QString& message, const submit::SshError& error);
    void showLog(int index);
    void selectLogOf(int daemonRow);
    void armNext();

    SshTargetForm* m_form;
    QSpinBox* m_lines;
    QLabel* m_linesLabel;
    QPushButton* m_read;
    QLabel* m_status;
    QTableWidget* m_daemons;
    QTableWidget* m_tasks;
    QComboBox* m_logChoice;
    QLabel* m_logLabel;
    QPlainTextEdit* m_log;
    RefreshWhileVisible* m_refreshes;
    server::ServerHostReader* m_reader;
    server::ServerHostStatus m_last;
    QString m_source;
    QSet<QString> m_stopped;
    bool m_hasRead = false;
};

} // namespace bdm::gui
