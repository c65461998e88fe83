#pragma once

#include "server/ServerStatus.h"

#include <QDialog>
#include <QList>
#include <QSet>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace bdm::server {
class ServerStatusClient;
}

namespace bdm::gui {

class CountsChart;

// A project server's health for its admins: server_status.php's daemons (where each runs, and
// whether), its queues, and the queues over time while the window is open. It reads the page
// again every ten minutes, as often as the server rewrites it.
class ServerStatusDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int refreshMs = 10 * 60 * 1000;

    explicit ServerStatusDialog(QWidget* parent = nullptr);
    ~ServerStatusDialog() override;

    void setCaCertificatesFile(const QString& path); // tests: a self-signed project
    void load(const QString& projectUrl);
    QTableWidget* daemonTable() const { return m_daemons; }
    QString statusText() const;
    CountsChart* chart() const { return m_chart; }

signals:
    void refreshed(); // after each fetch, answered or not
    // Once per daemon each time it goes from running (or unknown) to not running.
    void daemonStopped(const QString& projectUrl, const QString& daemon);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Sample
    {
        qint64 timeMs = 0;
        double ready = 0;
        double inProgress = 0;
        double waitingValidation = 0;
        double waitingAssimilation = 0;
    };

    void retranslate();
    void showStatus(const server::ServerStatus& status);
    void updateChart();

    QLineEdit* m_url;
    QPushButton* m_refresh;
    QLabel* m_status;
    QTableWidget* m_daemons;
    QTableWidget* m_counts;
    CountsChart* m_chart;
    QTimer* m_timer;
    server::ServerStatusClient* m_client;
    QString m_project;
    QList<Sample> m_samples;
    QSet<QString> m_stopped;
};

} // namespace bdm::gui
