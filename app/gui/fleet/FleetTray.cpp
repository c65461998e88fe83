#include "gui/fleet/FleetTray.h"

#include "monitor/Fleet.h"
#include "monitor/FleetAlerts.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace bdm::gui {

FleetTray::FleetTray(monitor::Fleet& fleet, QWidget* window, QObject* parent)
    : QObject(parent), m_fleet(fleet), m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/boinc-docker-manager.svg")), this);
        m_menu = new QMenu;
        QAction* show = m_menu->addAction(tr("Show window"));
        connect(show, &QAction::triggered, this, &FleetTray::showWindow);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                showWindow();
        });
        m_icon->show();
    }
    for (const QString& id : fleet.hostIds())
        m_previous.insert(id, fleet.session(id)->snapshot());
    m_toolTipTimer.setSingleShot(true);
    m_toolTipTimer.setInterval(0);
    connect(&m_toolTipTimer, &QTimer::timeout, this, &FleetTray::updateToolTip);
    connect(&fleet, &monitor::Fleet::hostChanged, this,
            [this](const QString& id, int) { onHostChanged(id); });
    connect(&fleet, &monitor::Fleet::hostAdded, this, [this](const QString& id, int) { onHostChanged(id); });
    connect(&fleet, &monitor::Fleet::hostRemoved, this, [this](const QString& id) {
        m_previous.remove(id);
        m_toolTipTimer.start();
    });
    updateToolTip();
}

FleetTray::~FleetTray()
{
    delete m_menu; // a tray menu has no parent widget
}

QString FleetTray::toolTipText() const
{
    int connected = 0;
    int containers = 0;
    const QList<monitor::HostSummary> all = m_fleet.summaries();
    for (const monitor::HostSummary& s : all) {
        if (s.state == boinc::ConnectionState::Connected) {
            ++connected;
            containers += s.containerTasksRunning.value_or(0);
        }
    }
    return tr("%n host(s), %1 connected, %2 container tasks running", nullptr, int(all.size()))
        .arg(connected)
        .arg(containers);
}

void FleetTray::onHostChanged(const QString& id)
{
    const monitor::HostSession* session = m_fleet.session(id);
    if (!session)
        return;
    const monitor::HostSnapshot& now = session->snapshot();
    const auto it = m_previous.find(id);
    if (it != m_previous.end()) {
        for (const monitor::FleetAlert& alert : monitor::FleetAlerts::compare(id, m_fleet.name(id), *it, now))
            raise(alert);
    }
    m_previous.insert(id, now);
    m_toolTipTimer.start();
}

void FleetTray::reportOomKill(const QString& host, const QString& container)
{
    const QString name = m_fleet.name(host);
    raise(monitor::FleetAlerts::containerOomKilled(host, name.isEmpty() ? host : name, container));
}

void FleetTray::reportStoppedDaemon(const QString& projectUrl, const QString& daemon)
{
    raise(monitor::FleetAlerts::serverDaemonStopped(projectUrl, daemon));
}

void FleetTray::raise(const monitor::FleetAlert& alert)
{
    if (m_icon)
        m_icon->showMessage(alert.title, alert.message,
                            alert.kind == monitor::FleetAlert::HostLost ? QSystemTrayIcon::Warning
                                                                        : QSystemTrayIcon::Critical);
    emit alerted(alert);
}

void FleetTray::updateToolTip()
{
    if (m_icon)
        m_icon->setToolTip(toolTipText());
}

void FleetTray::showWindow()
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace bdm::gui
