#pragma once

#include "common/SecretResult.h"
#include "monitor/HostEntry.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace bdm::common {
class SecretStore;
}
namespace bdm::monitor {
class Fleet;
class HostBook;
class HostPasswords;
} // namespace bdm::monitor

namespace bdm::gui {

class PlanClassesDialog;

class EmptyState;
class FleetHostModel;
class FleetTaskPanel;

// Many BOINC clients at once: one row per host (added, edited and removed here, kept in the
// HostBook, passwords in the keychain), and every host's tasks in one table below. Each host
// polls on its own schedule in the Fleet; nothing here waits for a host.
class FleetPage : public QWidget
{
    Q_OBJECT

public:
    // Loads the book's hosts into the fleet (password from the keychain or password file, asked
    // for asynchronously) and starts the fleet if it is not running. All three outlive the page.
    FleetPage(monitor::Fleet& fleet, monitor::HostBook& book, common::SecretStore& secrets,
              QWidget* parent = nullptr);
    ~FleetPage() override;

    // Stores the host (never the password) and adds it to the fleet; a given password goes to
    // the keychain and, whatever the keychain says, to the session for as long as this runs.
    // Returns the new id, or empty when the address is not valid.
    QString addHost(const monitor::HostEntry& entry, const std::optional<QString>& password = std::nullopt);
    bool editHost(const monitor::HostEntry& entry, const std::optional<QString>& password = std::nullopt);
    // Asks first when `confirm`; also deletes the keychain entry.
    bool removeHost(const QString& id, bool confirm = true);
    // The dialogs behind the buttons (modal; tests drive them from a timer).
    void openAddDialog();
    void openEditDialog(const QString& id);
    // The project's plan classes and how many of these hosts each would get work on (non-modal).
    void openPlanClasses();
    PlanClassesDialog* planClassesDialog() const { return m_planClassesDialog; }

    FleetHostModel* hostModel() const { return m_hostModel; }
    QTableView* hostView() const { return m_hostView; }
    FleetTaskPanel* taskPanel() const { return m_tasks; }
    QString noticeText() const;

signals:
    // After each keychain write, for the page's owner and tests.
    void passwordStored(const QString& hostId, const bdm::common::SecretResult& result);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildFleetView();
    void loadBook();
    void storePassword(const QString& id, const QString& name, const QString& password);
    void setNotice(const QString& text);
    QString selectedHostId() const;
    void updateContent();
    void retranslate();

    monitor::Fleet* m_fleet = nullptr;
    monitor::HostBook* m_book = nullptr;
    common::SecretStore* m_secrets = nullptr;
    monitor::HostPasswords* m_passwords = nullptr;
    EmptyState* m_empty;
    FleetHostModel* m_hostModel = nullptr;
    QSortFilterProxyModel* m_hostProxy = nullptr;
    QTableView* m_hostView = nullptr;
    FleetTaskPanel* m_tasks = nullptr;
    QStackedWidget* m_content = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_planClasses = nullptr;
    PlanClassesDialog* m_planClassesDialog = nullptr;
    QLabel* m_notice = nullptr;
};

} // namespace bdm::gui
