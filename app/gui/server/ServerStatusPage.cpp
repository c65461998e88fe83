#include "gui/server/ServerStatusPage.h"

#include "gui/GuiSettings.h"
#include "gui/StatusColours.h"
#include "gui/server/ServerHostPanel.h"
#include "gui/widgets/CountsChart.h"
#include "gui/widgets/ReadOnlyTable.h"
#include "gui/widgets/RefreshWhileVisible.h"
#include "server/ServerStatusClient.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bdm::gui {
namespace {

QString hours(double h)
{
    return h < 0 ? QString() : QLocale().toString(h, 'f', 2);
}

} // namespace

ServerStatusPage::ServerStatusPage(QWidget* parent)
    : QWidget(parent), m_url(new QLineEdit(this)), m_refresh(new QPushButton(this)),
      m_status(new QLabel(this)), m_daemons(makeReadOnlyTable(3, QStringLiteral("daemonTableWidget"), this)),
      m_counts(makeReadOnlyTable(2, QStringLiteral("countTableWidget"), this)),
      m_apps(makeReadOnlyTable(4, QStringLiteral("appTableWidget"), this)), m_chart(new CountsChart(this)),
      m_client(new server::ServerStatusClient(this)), m_tabs(new QTabWidget(this)),
      m_host(new ServerHostPanel(this))
{
    m_tabs->setObjectName(QStringLiteral("serverTabWidget"));
    setObjectName(QStringLiteral("serverStatusPage"));
    m_url->setObjectName(QStringLiteral("serverUrlLineEdit"));
    m_refresh->setObjectName(QStringLiteral("refreshServerStatusPushButton"));
    m_status->setObjectName(QStringLiteral("serverStatusLabel"));
    m_chart->setObjectName(QStringLiteral("serverQueuesChart"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_url->setText(GuiSettings().serverStatusUrl());
    m_refreshes =
        new RefreshWhileVisible(this, refreshMs, [this] { return !m_project.isEmpty() && !m_fetching; });

    auto* urlLabel = new QLabel(this);
    urlLabel->setObjectName(QStringLiteral("urlLabel"));
    urlLabel->setBuddy(m_url);
    auto* top = new QHBoxLayout;
    top->addWidget(urlLabel);
    top->addWidget(m_url, 1);
    top->addWidget(m_refresh);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_counts);
    right->addWidget(m_apps);
    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(m_daemons);
    tables->addWidget(right);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tables);
    split->addWidget(m_chart);
    auto* statusTab = new QWidget(this);
    auto* statusLayout = new QVBoxLayout(statusTab);
    statusLayout->addLayout(top);
    statusLayout->addWidget(m_status);
    statusLayout->addWidget(split, 1);
    m_tabs->addTab(statusTab, QString());
    m_tabs->addTab(m_host, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_host, &ServerHostPanel::daemonStopped, this, &ServerStatusPage::daemonStopped);

    connect(m_refresh, &QPushButton::clicked, this, [this] { load(m_url->text().trimmed()); });
    connect(m_url, &QLineEdit::returnPressed, this, [this] { load(m_url->text().trimmed()); });
    connect(m_refreshes, &RefreshWhileVisible::due, this, &ServerStatusPage::fetchNow);
    connect(m_client, &server::ServerStatusClient::fetched, this, &ServerStatusPage::showStatus);
    connect(m_client, &server::ServerStatusClient::failed, this, &ServerStatusPage::showFailure);
    retranslate();
}

ServerStatusPage::~ServerStatusPage() = default;

void ServerStatusPage::setCaCertificatesFile(const QString& path)
{
    m_client->addCaCertificatesFile(path, nullptr);
}

QString ServerStatusPage::statusText() const
{
    return m_status->text();
}

bool ServerStatusPage::autoRefreshArmed() const
{
    return m_refreshes->isArmed();
}

void ServerStatusPage::retranslate()
{
    findChild<QLabel*>(QStringLiteral("urlLabel"))->setText(tr("Project &URL:"));
    m_url->setPlaceholderText(tr("https://project.example.org/myproject/"));
    m_refresh->setText(tr("&Refresh"));
    m_tabs->setTabText(0, tr("Status &web page"));
    m_tabs->setTabText(1, tr("Pro&ject host (SSH)"));
    m_daemons->setHorizontalHeaderLabels({tr("Daemon"), tr("Host"), tr("State")});
    m_daemons->setAccessibleName(tr("Daemons"));
    m_counts->setAccessibleName(tr("Database counts"));
    m_apps->setAccessibleName(tr("Tasks by app"));
    m_counts->setHorizontalHeaderLabels({tr("Count"), tr("Value")});
    m_apps->setHorizontalHeaderLabels(
        {tr("App"), tr("Unsent"), tr("In progress"), tr("Average run time (h)")});
    if (m_project.isEmpty())
        m_status->setText(tr("Give the project's URL: its server_status.php shows its daemons and queues."));
    updateChart();
}

void ServerStatusPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServerStatusPage::load(const QString& projectUrl)
{
    if (projectUrl.isEmpty())
        return;
    if (projectUrl != m_project) {
        m_history.clear();
        m_stopped.clear();
    }
    m_project = projectUrl;
    m_url->setText(projectUrl);
    GuiSettings().setServerStatusUrl(projectUrl);
    m_status->setText(tr("Reading %1…").arg(server::ServerStatusClient::statusUrl(projectUrl).toString()));
    fetchNow();
}

void ServerStatusPage::fetchNow()
{
    m_refreshes->reading();
    m_fetching = true;
    m_refresh->setEnabled(false);
    m_client->fetch(m_project);
}

void ServerStatusPage::armNext()
{
    m_fetching = false;
    m_refresh->setEnabled(true);
    m_refreshes->answered();
}

void ServerStatusPage::showFailure(const QString& message)
{
    m_status->setText(message);
    armNext();
    emit refreshed();
}

void ServerStatusPage::showStatus(const server::ServerStatus& status)
{
    m_daemons->setRowCount(int(status.daemons.size()));
    QSet<QString> stoppedNow;
    for (int row = 0; row < status.daemons.size(); ++row) {
        const server::ServerDaemon& d = status.daemons[row];
        auto* command = new QTableWidgetItem(d.command);
        auto* host = new QTableWidgetItem(d.host);
        auto* state = new QTableWidgetItem(d.stateText);
        if (d.state == server::ServerDaemon::State::NotRunning) {
            for (QTableWidgetItem* item : {command, host, state})
                item->setForeground(QBrush(StatusColours::trouble(m_daemons->palette())));
            QFont bold = state->font();
            bold.setBold(true);
            state->setFont(bold);
            const QString name =
                d.host.isEmpty() ? d.command : d.command + QStringLiteral(" (") + d.host + QLatin1Char(')');
            stoppedNow.insert(name);
            if (!m_stopped.contains(name))
                emit daemonStopped(m_project, name);
        }
        m_daemons->setItem(row, 0, command);
        m_daemons->setItem(row, 1, host);
        m_daemons->setItem(row, 2, state);
    }
    m_stopped = stoppedNow;
    m_counts->setRowCount(int(status.counts.size()));
    for (int row = 0; row < status.counts.size(); ++row) {
        m_counts->setItem(row, 0, new QTableWidgetItem(status.counts[row].first));
        m_counts->setItem(row, 1,
                          new QTableWidgetItem(QLocale().toString(status.counts[row].second, 'g', 12)));
    }
    m_apps->setRowCount(int(status.apps.size()));
    for (int row = 0; row < status.apps.size(); ++row) {
        const server::ServerAppTasks& a = status.apps[row];
        m_apps->setItem(row, 0, new QTableWidgetItem(a.name));
        m_apps->setItem(row, 1, new QTableWidgetItem(QLocale().toString(a.unsent)));
        m_apps->setItem(row, 2, new QTableWidgetItem(QLocale().toString(a.inProgress)));
        m_apps->setItem(row, 3, new QTableWidgetItem(hours(a.avgRuntimeHours)));
    }
    m_history.add(status, QDateTime::currentDateTimeUtc());
    updateChart();
    const QString when = status.updateTime.isValid()
                             ? QLocale().toString(status.updateTime.toLocalTime(), QLocale::ShortFormat)
                             : QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    const QStringList stopped = status.stoppedDaemons();
    m_status->setText(
        stopped.isEmpty()
            ? tr("All daemons running; status of %1.").arg(when)
            : tr("Not running: %1 (status of %2).").arg(stopped.join(QStringLiteral(", ")), when));
    armNext();
    emit refreshed();
}

void ServerStatusPage::updateChart()
{
    QList<CountsChart::Line> lines{{tr("Results ready to send"), {}},
                                   {tr("Results in progress"), {}},
                                   {tr("Workunits waiting for validation"), {}}};
    for (const server::ServerStatusHistory::Sample& s : m_history.samples()) {
        const auto t = static_cast<double>(s.time.toMSecsSinceEpoch());
        lines[0].points.append({t, s.readyToSend});
        lines[1].points.append({t, s.inProgress});
        lines[2].points.append({t, s.waitingForValidation});
    }
    m_chart->setLines(lines);
}

} // namespace bdm::gui
