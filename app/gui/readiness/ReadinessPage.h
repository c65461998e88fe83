#pragma once

#include "boinc/ClientVersion.h"
#include "boinc/HostInfo.h"
#include "boinc/PasswordLocator.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace bdm::boinc {
class GuiRpcClient;
}
namespace bdm::engine {
class EngineConnector;
}

namespace bdm::gui {

class ConnectionGate;
class EngineDiscoveryPanel;

// For now a short, honest summary of what the local client reports about itself and its
// container engine, and below it (whether or not the client answers) the container engine
// found on this computer. The rest of the readiness checklist (GPU, plan classes) comes later.
class ReadinessPage : public QWidget
{
    Q_OBJECT

public:
    ReadinessPage(boinc::GuiRpcClient& client, const boinc::PasswordLookup& password,
                  engine::EngineConnector& engineConnector, QWidget* parent = nullptr);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showReport();
    void retranslate();
    QLabel* addRow(QWidget* owner, QFormLayout* form, QLabel** caption);

    boinc::GuiRpcClient& m_client;
    ConnectionGate* m_gate;
    QLabel* m_heading;
    QLabel* m_clientCaption;
    QLabel* m_clientValue;
    QLabel* m_computerCaption;
    QLabel* m_computerValue;
    QLabel* m_systemCaption;
    QLabel* m_systemValue;
    QLabel* m_engineCaption;
    QLabel* m_engineValue;
    QLabel* m_notBuilt;
    EngineDiscoveryPanel* m_enginePanel;

    bool m_haveVersion = false;
    bool m_haveHost = false;
    QString m_error;
    boinc::ClientVersion m_version;
    boinc::HostInfo m_host;
};

} // namespace bdm::gui
