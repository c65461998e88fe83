#pragma once

#include "readiness/ClientFacts.h"
#include "readiness/RunGuard.h"

#include <QObject>
#include <functional>
#include <memory>

namespace bdm::boinc {
class GuiRpcConnection;
class GuiRpcClient;
} // namespace bdm::boinc

namespace bdm::readiness {

struct ClientProbeOptions
{
    boinc::RpcEndpoint endpoint;
    boinc::PasswordLookup password;
    int timeoutMs = 30000;
    // Re-check: ask the client to run its detection again (reset_host_info) before reading.
    bool resetHostInfo = false;
    // The client runs its detection (including `podman run hello-world`, which may pull) inside
    // that one request, so it gets far longer than an ordinary reply.
    int resetTimeoutMs = 180000;
    // Read when get_cc_config is refused (no password): the data directory's cc_config.xml.
    QString configFile;
};

// Asks one client, on its own connection, for its version, host info and config options.
class ClientProbe : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const ClientFacts&)>;

    explicit ClientProbe(QObject* parent = nullptr);
    ~ClientProbe() override;

    // The handler runs once, later, on this thread; not at all once `context` is gone.
    void run(const ClientProbeOptions& options, const QObject* context, Handler handler);

private:
    void readVersion();
    void resetThenRead();
    void readHostInfo();
    void readConfig();
    void readConfigFile(const QString& whyNotRpc);
    void deliver();

    ClientProbeOptions m_options;
    ClientFacts m_facts;
    std::unique_ptr<boinc::GuiRpcConnection> m_connection;
    std::unique_ptr<boinc::GuiRpcClient> m_client;
    const QObject* m_context = nullptr;
    RunGuard m_run;
    Handler m_handler;
};

} // namespace bdm::readiness
