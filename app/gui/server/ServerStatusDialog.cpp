#include "gui/server/ServerStatusDialog.h"

#include "gui/GuiSettings.h"
#include "gui/widgets/CountsChart.h"
#include "server/ServerStatusClient.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace bdm::gui {
namespace {

// Samples kept for the chart: a day at one reading per ten minutes.
constexpr int maxSamples = 144;

QTableWidget* table(int columns, QWidget* parent)
{
    auto* t = new QTableWidget(0, columns, parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

ServerStatusDialog::ServerStatusDialog(QWidget* parent)
    : QDialog(parent), m_url(new QLineEdit(this)), m_refresh(new QPushButton(this)),
      m_status(new QLabel(this)), m_daemons(table(3, this)), m_counts(table(2, this)),
      m_chart(new CountsChart(this)), m_timer(new QTimer(this)),
      m_client(new server::ServerStatusClient(this))
{
    setObjectName(QStringLiteral("serverStatusDialog"));
    m_url->setObjectName(QStringLiteral("serverUrlLineEdit"));
    m_refresh->setObjectName(QStringLiteral("refreshServerStatusPushButton"));
    m_daemons->setObjectName(QStringLiteral("daemonTableWidget"));
    m_counts->setObjectName(QStringLiteral("countTableWidget"));
    m_status->setObjectName(QStringLiteral("serverStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_refresh->setDefault(true);
    m_url->setText(GuiSettings().serverStatusUrl());
    m_timer->setInterval(refreshMs);

    auto* urlLabel = new QLabel(this);
    urlLabel->setObjectName(QStringLiteral("urlLabel"));
    urlLabel->setBuddy(m_url);
    auto* top = new QHBoxLayout;
    top->addWidget(urlLabel);
    top->addWidget(m_url, 1);
    top->addWidget(m_refresh);
    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(m_daemons);
    tables->addWidget(m_counts);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tables);
    split->addWidget(m_chart);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, [this] { load(m_url->text().trimmed()); });
    connect(m_url, &QLineEdit::returnPressed, this, [this] { load(m_url->text().trimmed()); });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_project.isEmpty())
            m_client->fetch(m_project);
    });
    connect(m_client, &server::ServerStatusClient::fetched, this, &ServerStatusDialog::showStatus);
    connect(m_client, &server::ServerStatusClient::failed, this, [this](const QString& message) {
        m_refresh->setEnabled(true);
        m_status->setText(message);
        emit refreshed();
    });
    retranslate();
    resize(820, 560);
}

ServerStatusDialog::~ServerStatusDialog() = default;

void ServerStatusDialog::setCaCertificatesFile(const QString& path)
{
    m_client->addCaCertificatesFile(path, nullptr);
}

QString ServerStatusDialog::statusText() const
{
    return m_status->text();
}

void ServerStatusDialog::retranslate()
{
    setWindowTitle(tr("Project server status"));
    findChild<QLabel*>(QStringLiteral("urlLabel"))->setText(tr("Project &URL:"));
    m_url->setPlaceholderText(tr("https://project.example.org/myproject/"));
    m_refresh->setText(tr("&Refresh"));
    m_daemons->setHorizontalHeaderLabels({tr("Daemon"), tr("Host"), tr("State")});
    m_counts->setHorizontalHeaderLabels({tr("Count"), tr("Value")});
    if (m_project.isEmpty())
        m_status->setText(tr("Give the project's URL: its server_status.php shows its daemons and queues."));
    updateChart();
}

void ServerStatusDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ServerStatusDialog::load(const QString& projectUrl)
{
    if (projectUrl.isEmpty())
        return;
    if (projectUrl != m_project) {
        m_samples.clear();
        m_stopped.clear();
    }
    m_project = projectUrl;
    m_url->setText(projectUrl);
    GuiSettings().setServerStatusUrl(projectUrl);
    m_refresh->setEnabled(false);
    m_status->setText(tr("Reading %1…").arg(server::ServerStatusClient::statusUrl(projectUrl).toString()));
    m_client->fetch(projectUrl);
    m_timer->start();
}

void ServerStatusDialog::showStatus(const server::ServerStatus& status)
{
    m_refresh->setEnabled(true);
    m_daemons->setRowCount(int(status.daemons.size()));
    QSet<QString> stoppedNow;
    for (int row = 0; row < status.daemons.size(); ++row) {
        const server::ServerDaemon& d = status.daemons[row];
        auto* state = new QTableWidgetItem(d.stateText);
        if (d.state == server::ServerDaemon::State::NotRunning) {
            // The palette's link colour stands out in light and dark themes alike.
            state->setForeground(palette().color(QPalette::Link));
            QFont bold = state->font();
            bold.setBold(true);
            state->setFont(bold);
            stoppedNow.insert(d.command);
            if (!m_stopped.contains(d.command))
                emit daemonStopped(m_project, d.command + (d.host.isEmpty() ? QString()
                                                                            : QStringLiteral(" (") + d.host +
                                                                                  QLatin1Char(')')));
        }
        m_daemons->setItem(row, 0, new QTableWidgetItem(d.command));
        m_daemons->setItem(row, 1, new QTableWidgetItem(d.host));
        m_daemons->setItem(row, 2, state);
    }
    m_stopped = stoppedNow;
    m_counts->setRowCount(int(status.counts.size()));
    for (int row = 0; row < status.counts.size(); ++row) {
        m_counts->setItem(row, 0, new QTableWidgetItem(status.counts[row].first));
        m_counts->setItem(row, 1,
                          new QTableWidgetItem(QLocale().toString(status.counts[row].second, 'g', 12)));
    }
    Sample s;
    s.timeMs = (status.updateTime.isValid() ? status.updateTime : QDateTime::currentDateTimeUtc())
                   .toMSecsSinceEpoch();
    s.ready = status.count(QStringLiteral("results_ready_to_send"), 0);
    s.inProgress = status.count(QStringLiteral("results_in_progress"), 0);
    s.waitingValidation = status.count(QStringLiteral("workunits_waiting_for_validation"), 0);
    s.waitingAssimilation = status.count(QStringLiteral("workunits_waiting_for_assimilation"), 0);
    // The page changes about every ten minutes: a reading of the same update is not a new point.
    if (m_samples.isEmpty() || m_samples.constLast().timeMs != s.timeMs)
        m_samples.append(s);
    while (m_samples.size() > maxSamples)
        m_samples.removeFirst();
    updateChart();
    const QString when = status.updateTime.isValid()
                             ? QLocale().toString(status.updateTime.toLocalTime(), QLocale::ShortFormat)
                             : tr("an unknown time");
    const QStringList stopped = status.stoppedDaemons();
    m_status->setText(
        stopped.isEmpty()
            ? tr("All daemons running; status of %1.").arg(when)
            : tr("Not running: %1 (status of %2).").arg(stopped.join(QStringLiteral(", ")), when));
    emit refreshed();
}

void ServerStatusDialog::updateChart()
{
    QList<CountsChart::Line> lines{{tr("Results ready to send"), {}},
                                   {tr("Results in progress"), {}},
                                   {tr("Workunits waiting for validation"), {}},
                                   {tr("Workunits waiting for assimilation"), {}}};
    for (const Sample& s : std::as_const(m_samples)) {
        const auto t = static_cast<double>(s.timeMs);
        lines[0].points.append({t, s.ready});
        lines[1].points.append({t, s.inProgress});
        lines[2].points.append({t, s.waitingValidation});
        lines[3].points.append({t, s.waitingAssimilation});
    }
    m_chart->setLines(lines);
}

} // namespace bdm::gui
