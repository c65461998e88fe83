#include "readiness/ClientProbe.h"

#include "boinc/GuiRpcClient.h"
#include "boinc/GuiRpcConnection.h"
#include "readiness/ReadinessTr.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPointer>

namespace bdm::readiness {

using boinc::RpcError;
using boinc::RpcResult;

ClientProbe::ClientProbe(QObject* parent) : QObject(parent), m_run(this) {}

ClientProbe::~ClientProbe() = default;

void ClientProbe::run(const ClientProbeOptions& options, const QObject* context, Handler handler)
{
    m_options = options;
    m_facts = ClientFacts{};
    m_facts.endpoint = options.endpoint;
    m_facts.password = options.password;
    m_facts.resetRequested = options.resetHostInfo;
    m_context = context;
    m_handler = std::move(handler);
    // Replies of an earlier run must not reach this one.
    m_run.start();
    m_client.reset();
    m_connection = std::make_unique<boinc::GuiRpcConnection>();
    m_connection->setEndpoint(options.endpoint);
    m_connection->setPassword(options.password.password);
    m_connection->setReplyTimeout(options.timeoutMs);
    m_client = std::make_unique<boinc::GuiRpcClient>(*m_connection);
    readVersion();
}

void ClientProbe::readVersion()
{
    m_client->exchangeVersions(m_run.context(),
                               m_run.bind([this](const RpcResult<boinc::ClientVersion>& reply) {
                                   if (!reply.ok()) {
                                       m_facts.error = reply.error;
                                       deliver();
                                       return;
                                   }
                                   m_facts.version = reply.value;
                                   if (m_options.resetHostInfo)
                                       resetThenRead();
                                   else
                                       readHostInfo();
                               }));
}

void ClientProbe::resetThenRead()
{
    m_connection->setReplyTimeout(m_options.resetTimeoutMs);
    m_client->resetHostInfo(m_run.context(), m_run.bind([this](const RpcError& error) {
        m_connection->setReplyTimeout(m_options.timeoutMs);
        m_facts.resetError = error;
        // A refused reset (no password) still leaves the last detection to read.
        if (error.kind == RpcError::Unreachable || error.kind == RpcError::Timeout) {
            m_facts.error = error;
            deliver();
            return;
        }
        readHostInfo();
    }));
}

void ClientProbe::readHostInfo()
{
    m_client->getHostInfo(m_run.context(), m_run.bind([this](const RpcResult<boinc::HostInfo>& reply) {
        if (!reply.ok()) {
            m_facts.error = reply.error;
            deliver();
            return;
        }
        m_facts.hostInfo = reply.value;
        readConfig();
    }));
}

void ClientProbe::readConfig()
{
    m_client->getCcConfig(m_run.context(), m_run.bind([this](const RpcResult<QString>& reply) {
        if (reply.ok()) {
            m_facts.config = ClientConfigFlags::parse(reply.value.toUtf8(), QStringLiteral("get_cc_config"));
            if (m_facts.config.known) {
                deliver();
                return;
            }
            readConfigFile(Readiness::tr("the client's get_cc_config reply was not a "
                                         "<cc_config> document"));
            return;
        }
        readConfigFile(reply.error.message);
    }));
}

void ClientProbe::readConfigFile(const QString& whyNotRpc)
{
    const QString path = m_options.configFile;
    QFile file(path);
    if (path.isEmpty()) {
        m_facts.configError = whyNotRpc;
    } else if (!QFileInfo::exists(path)) {
        // No cc_config.xml means every option is at its default: nothing disabled.
        m_facts.config.known = true;
        m_facts.config.source = path;
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_facts.configError =
            Readiness::tr("%1; and %2 is not readable: %3").arg(whyNotRpc, path, file.errorString());
    } else {
        m_facts.config = ClientConfigFlags::parse(file.read(1024 * 1024), path);
        if (!m_facts.config.known)
            m_facts.configError = Readiness::tr("%1 is not a <cc_config> document").arg(path);
    }
    deliver();
}

void ClientProbe::deliver()
{
    // Nothing else of this run may reach the handler after this.
    m_run.stop();
    m_connection->disconnectFromClient();
    Handler handler = std::move(m_handler);
    m_handler = nullptr;
    QPointer<const QObject> context(m_context);
    const ClientFacts facts = m_facts;
    QMetaObject::invokeMethod(
        this,
        [handler, context, facts] {
            if (context && handler)
                handler(facts);
        },
        Qt::QueuedConnection);
}

} // namespace bdm::readiness
