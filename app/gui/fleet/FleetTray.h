#pragma once

#include "monitor/FleetAlert.h"
#include "monitor/HostSnapshot.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace bdm::monitor {
class Fleet;
}

namespace bdm::gui {

// The fleet in the system tray: a tooltip summary ("3 hosts, 2 connected, 5 container tasks
// running") and a notification for each alert FleetAlerts finds between a host's previous and
// new snapshot. Without a system tray (offscreen, some desktops) it still decides and emits
// alerts, so the window can show them; only the icon is missing.
class FleetTray : public QObject
{
    Q_OBJECT

public:
    // `window` is shown and raised when the icon is clicked; it may be null.
    FleetTray(monitor::Fleet& fleet, QWidget* window = nullptr, QObject* parent = nullptr);
    ~FleetTray() override;

    QString toolTipText() const;
    bool hasIcon() const { return m_icon != nullptr; }
    // For an engine's "oom" event on a task container. `host` is a fleet host's id, or the
    // address of a client outside the fleet (the Tasks page's), shown as it is.
    void reportOomKill(const QString& host, const QString& container);
    // A project server's daemon stopped (the server status window).
    void reportStoppedDaemon(const QString& projectUrl, const QString& daemon);

signals:
    void alerted(const bdm::monitor::FleetAlert& alert);

private:
    void onHostChanged(const QString& id);
    void raise(const monitor::FleetAlert& alert);
    void updateToolTip();
    void showWindow();

    monitor::Fleet& m_fleet;
    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_icon = nullptr;
    QMenu* m_menu = nullptr;
    QHash<QString, monitor::HostSnapshot> m_previous;
    QTimer m_toolTipTimer; // one tooltip update per burst of host changes
};

} // namespace bdm::gui
