#pragma once

#include "boinc/ClientVersion.h"
#include "boinc/ConnectionState.h"
#include "boinc/PasswordLocator.h"
#include "gui/AppServices.h"
#include "gui/GuiSettings.h"

#include <QMainWindow>

class QAction;
class QMenu;
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

namespace bdm::boinc {
class GuiRpcClient;
class GuiRpcConnection;
} // namespace bdm::boinc
namespace bdm::engine {
class EngineConnector;
}

namespace bdm::gui {

class ElidedLabel;

// The window: a navigation list on the left, one page per entry, and the state of the
// connection to the local BOINC client in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // In the order of the navigation list and of Ctrl+1..Ctrl+6.
    enum class Page
    {
        Readiness,
        Tasks,
        Fleet,
        Submit,
        Jobs,
        Server
    };
    static constexpr int pageCount = 6;

    explicit MainWindow(const AppServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // Stable names for --page and the settings file: "readiness", "tasks", ...
    static QString pageName(Page page);
    static std::optional<Page> pageFromName(const QString& name);

signals:
    // The Tasks page's engine saw the OOM killer end a task's container on `host`.
    void containerOomKilled(const QString& host, const QString& containerName);
    // The Server page saw a project's daemon stop (source: the project URL or user@host:/dir).
    void serverDaemonStopped(const QString& source, const QString& daemon);
    // View > Language: "zh_CN", "en", or empty for the system's language. Already saved in the
    // settings; the receiver installs the catalogues, and every page retranslates itself.
    void languageChosen(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addPages();
    void onPageChanged(int row);
    void onConnectionStateChanged(boinc::ConnectionState state);
    void updateStatus();
    void retranslate();
    void fitNavigation();
    void showAbout();
    void addLanguageMenu();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppServices m_services;
    boinc::GuiRpcClient& m_client;
    boinc::PasswordLookup m_password;
    GuiSettings m_settings;
    QMenu* m_languageMenu = nullptr;
    QAction* m_systemLanguage = nullptr;
    ElidedLabel* m_statusLabel;
    boinc::ClientVersion m_version;
};

} // namespace bdm::gui
