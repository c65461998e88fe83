#pragma once

#include "boinc/GuiRpcClient.h"
#include "boinc/GuiRpcConnection.h"
#include "common/SecretStore.h"
#include "engine/CurlWorker.h"
#include "engine/EngineConnector.h"
#include "gui/AppServices.h"
#include "monitor/Fleet.h"
#include "monitor/HostBook.h"
#include "monitor/HostSession.h"
#include "monitor/TaskHistoryStore.h"
#include "submit/JobJournal.h"

#include <QSettings>
#include <QTemporaryDir>
#include <memory>

namespace bdm::test {

// Everything app/main.cpp lends the window, for a client at `endpoint` and an engine at a socket
// nobody listens on (the GUI tests must not probe this machine's real Podman or Docker). The
// settings and the history live in a temporary directory.
class GuiTestServices
{
public:
    explicit GuiTestServices(const boinc::RpcEndpoint& endpoint)
        : m_settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat),
          m_book(m_settings), m_localHost(QStringLiteral("local"))
    {
        engine::DiscoveryEnvironment environment = engine::DiscoveryEnvironment::fromSystem();
        environment.engineOverride =
            QStringLiteral("unix://%1").arg(m_dir.filePath(QStringLiteral("none.sock")));
        m_connector = std::make_unique<engine::EngineConnector>(m_transport, environment);
        m_connection.setEndpoint(endpoint);
        m_connection.setAutoReconnect(true);
        m_client = std::make_unique<boinc::GuiRpcClient>(m_connection);
        m_localHost.setEndpoint(endpoint);
        m_history.open(m_dir.filePath(QStringLiteral("history.sqlite")));
        m_journal.open(m_dir.filePath(QStringLiteral("jobs.sqlite")));
    }

    gui::AppServices services()
    {
        return gui::AppServices{*m_client,    boinc::PasswordLookup{},
                                *m_connector, m_transport,
                                m_localHost,  m_history,
                                m_fleet,      m_book,
                                m_secrets,    &m_journal};
    }
    boinc::GuiRpcConnection& connection() { return m_connection; }
    monitor::HostSession& localHost() { return m_localHost; }
    submit::JobJournal& journal() { return m_journal; }

private:
    QTemporaryDir m_dir;
    QSettings m_settings;
    engine::CurlWorker m_transport;
    std::unique_ptr<engine::EngineConnector> m_connector;
    boinc::GuiRpcConnection m_connection;
    std::unique_ptr<boinc::GuiRpcClient> m_client;
    monitor::HostBook m_book;
    monitor::HostSession m_localHost;
    monitor::TaskHistoryStore m_history;
    monitor::Fleet m_fleet;
    common::SecretStore m_secrets;
    submit::JobJournal m_journal;
};

} // namespace bdm::test
