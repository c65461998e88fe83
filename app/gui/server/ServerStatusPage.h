#pragma once

#include "server/ServerStatus.h"
#include "server/ServerStatusHistory.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace bdm::server {
class ServerStatusClient;
}

namespace bdm::gui {

class CountsChart;
class RefreshWhileVisible;
class ServerHostPanel;

// The Server page: a BOINC project's health for its admins while jobs flow, in two tabs: the
// project's status web page, and the project host over SSH (ServerHostPanel). Its
// server_status.php?xml=1 gives the daemons (where each runs, and whether) and the queues; the
// queues are charted over the time the page has been watching. While the page is visible it reads
// the status again a minute after each answer (the daemons' states are live on the server; the
// counts are cached there for up to an hour).
class ServerStatusPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int refreshMs = 60 * 1000;

    explicit ServerStatusPage(QWidget* parent = nullptr);
    ~ServerStatusPage() override;

    void setCaCertificatesFile(const QString& path); // tests: a project with its own CA
    void load(const QString& projectUrl);
    QString projectUrl() const { return m_project; }
    QTableWidget* daemonTable() const { return m_daemons; }
    QTableWidget* countTable() const { return m_counts; }
    QString statusText() const;
    CountsChart* chart() const { return m_chart; }
    bool autoRefreshArmed() const;
    ServerHostPanel* hostPanel() const { return m_host; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void refreshed(); // after each fetch, answered or not
    // Once per daemon each time it goes from running (or unknown) to not running. source: the
    // project URL, or "user@host:/project/dir" for what bin/status says on the project host.
    void daemonStopped(const QString& source, const QString& daemon);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fetchNow();
    void armNext();
    void showStatus(const server::ServerStatus& status);
    void showFailure(const QString& message);
    void updateChart();

    QLineEdit* m_url;
    QPushButton* m_refresh;
    QLabel* m_status;
    QTableWidget* m_daemons;
    QTableWidget* m_counts;
    QTableWidget* m_apps;
    CountsChart* m_chart;
    RefreshWhileVisible* m_refreshes;
    server::ServerStatusClient* m_client;
    QString m_project;
    server::ServerStatusHistory m_history;
    QSet<QString> m_stopped;
    QTabWidget* m_tabs;
    ServerHostPanel* m_host;
    bool m_fetching = false;
};

} // namespace bdm::gui
