#include "boinc/GuiRpcClient.h"

#include "boinc/ReplyParsers.h"

#include <QCoreApplication>

namespace bdm::boinc {
namespace {

QByteArray element(const char* name, const QString& value)
{
    return QByteArrayLiteral("<") + name + '>' + escapeXml(value) + QByteArrayLiteral("</") + name + '>';
}

} // namespace

GuiRpcClient::GuiRpcClient(GuiRpcConnection& connection, QObject* parent)
    : QObject(parent), m_connection(connection)
{}

template <class T>
void GuiRpcClient::query(const QByteArray& operation, const char* name,
                         std::function<T(const XmlElement&)> parse, const QObject* context,
                         Handler<T> handler)
{
    m_connection.send(operation, context,
                      [name, parse = std::move(parse),
                       handler = std::move(handler)](const RpcError& error, const XmlElement& reply) {
                          RpcResult<T> result;
                          if (!error.ok()) {
                              result.error = error;
                          } else if (name == nullptr) {
                              result.value = parse(reply);
                          } else if (const XmlElement e = reply.child(name)) {
                              result.value = parse(e);
                          } else {
                              result.error = RpcError::make(
                                  RpcError::Protocol,
                                  QCoreApplication::translate("GuiRpcClient", "the reply has no <%1> element")
                                      .arg(QLatin1String(name)));
                          }
                          handler(result);
                      });
}

void GuiRpcClient::command(const QByteArray& operation, const QObject* context, Done done)
{
    m_connection.send(
        operation, context, [done = std::move(done)](const RpcError& error, const XmlElement& reply) {
            if (!error.ok()) {
                done(error);
            } else if (reply.has("success")) {
                done({}); // read_cc_config adds a dump of all results after <success/>; it is ignored
            } else {
                done(RpcError::make(RpcError::Protocol,
                                    QCoreApplication::translate(
                                        "GuiRpcClient", "the client answered neither success nor error")));
            }
        });
}

void GuiRpcClient::exchangeVersions(const QObject* context, Handler<ClientVersion> handler)
{
    const QByteArray op =
        QByteArrayLiteral("<exchange_versions>\n<major>8</major>\n<minor>2</minor>\n<release>0</release>\n"
                          "<name>boinc-docker-manager</name>\n</exchange_versions>");
    query<ClientVersion>(op, "server_version", &parse::serverVersion, context, std::move(handler));
}

void GuiRpcClient::getState(const QObject* context, Handler<ClientState> handler)
{
    query<ClientState>("<get_state/>", "client_state", &parse::clientState, context, std::move(handler));
}

void GuiRpcClient::getResults(bool activeOnly, const QObject* context, Handler<QList<Result>> handler)
{
    const QByteArray op =
        activeOnly ? QByteArrayLiteral("<get_results>\n<active_only>1</active_only>\n</get_results>")
                   : QByteArrayLiteral("<get_results>\n<active_only>0</active_only>\n</get_results>");
    query<QList<Result>>(op, "results", &parse::results, context, std::move(handler));
}

void GuiRpcClient::getHostInfo(const QObject* context, Handler<HostInfo> handler)
{
    query<HostInfo>("<get_host_info/>", "host_info", &parse::hostInfo, context, std::move(handler));
}

void GuiRpcClient::getCcStatus(const QObject* context, Handler<CcStatus> handler)
{
    query<CcStatus>("<get_cc_status/>", "cc_status", &parse::ccStatus, context, std::move(handler));
}

void GuiRpcClient::getMessages(int afterSeqno, const QObject* context, Handler<QList<Message>> handler)
{
    const QByteArray op =
        "<get_messages>\n<seqno>" + QByteArray::number(afterSeqno) + "</seqno>\n</get_messages>";
    query<QList<Message>>(op, "msgs", &parse::messages, context, std::move(handler));
}

void GuiRpcClient::getNotices(int afterSeqno, bool publicOnly, const QObject* context,
                              Handler<QList<Notice>> handler)
{
    const QByteArray tag = publicOnly ? "get_notices_public" : "get_notices";
    const QByteArray op =
        "<" + tag + ">\n<seqno>" + QByteArray::number(afterSeqno) + "</seqno>\n</" + tag + ">";
    query<QList<Notice>>(op, "notices", &parse::notices, context, std::move(handler));
}

void GuiRpcClient::getProjectStatus(const QObject* context, Handler<QList<Project>> handler)
{
    query<QList<Project>>("<get_project_status/>", "projects", &parse::projects, context, std::move(handler));
}

void GuiRpcClient::getDiskUsage(const QObject* context, Handler<DiskUsage> handler)
{
    query<DiskUsage>("<get_disk_usage/>", "disk_usage_summary", &parse::diskUsage, context,
                     std::move(handler));
}

void GuiRpcClient::getOldResults(const QObject* context, Handler<QList<OldResult>> handler)
{
    query<QList<OldResult>>("<get_old_results/>", "old_results", &parse::oldResults, context,
                            std::move(handler));
}

void GuiRpcClient::getCcConfig(const QObject* context, Handler<QString> handler)
{
    const auto raw = [](const XmlElement& reply) {
        const XmlElement cc = reply.child("cc_config");
        if (cc.isNull())
            return QString();
        return QStringLiteral("<cc_config>") + QString::fromUtf8(cc.raw()) + QStringLiteral("</cc_config>");
    };
    query<QString>("<get_cc_config/>", nullptr, raw, context, std::move(handler));
}

void GuiRpcClient::resultOp(ResultOp op, const QString& projectUrl, const QString& resultName,
                            const QObject* context, Done done)
{
    const char* tag = op == ResultOp::Suspend  ? "suspend_result"
                      : op == ResultOp::Resume ? "resume_result"
                                               : "abort_result";
    const QByteArray body = QByteArrayLiteral("<") + tag + ">\n" + element("project_url", projectUrl) + '\n' +
                            element("name", resultName) + QByteArrayLiteral("\n</") + tag + '>';
    command(body, context, std::move(done));
}

void GuiRpcClient::projectOp(ProjectOp op, const QString& projectUrl, const QObject* context, Done done)
{
    const char* tag = "project_suspend";
    switch (op) {
    case ProjectOp::Suspend:
        tag = "project_suspend";
        break;
    case ProjectOp::Resume:
        tag = "project_resume";
        break;
    case ProjectOp::Update:
        tag = "project_update";
        break;
    case ProjectOp::NoMoreWork:
        tag = "project_nomorework";
        break;
    case ProjectOp::AllowMoreWork:
        tag = "project_allowmorework";
        break;
    case ProjectOp::DetachWhenDone:
        tag = "project_detach_when_done";
        break;
    case ProjectOp::DontDetachWhenDone:
        tag = "project_dont_detach_when_done";
        break;
    }
    const QByteArray body = QByteArrayLiteral("<") + tag + ">\n" + element("project_url", projectUrl) +
                            QByteArrayLiteral("\n</") + tag + '>';
    command(body, context, std::move(done));
}

void GuiRpcClient::setMode(ModeKind kind, RunMode mode, double durationSeconds, const QObject* context,
                           Done done)
{
    const char* tag = kind == ModeKind::Run   ? "set_run_mode"
                      : kind == ModeKind::Gpu ? "set_gpu_mode"
                                              : "set_network_mode";
    const char* modeTag = mode == RunMode::Always  ? "<always/>"
                          : mode == RunMode::Auto  ? "<auto/>"
                          : mode == RunMode::Never ? "<never/>"
                                                   : "<restore/>";
    const QByteArray body = QByteArrayLiteral("<") + tag + ">\n" + modeTag + "\n<duration>" +
                            QByteArray::number(durationSeconds, 'f', 6) +
                            QByteArrayLiteral("</duration>\n</") + tag + '>';
    command(body, context, std::move(done));
}

void GuiRpcClient::resetHostInfo(const QObject* context, Done done)
{
    command("<reset_host_info/>", context, std::move(done));
}

void GuiRpcClient::readCcConfig(const QObject* context, Done done)
{
    command("<read_cc_config/>", context, std::move(done));
}

void GuiRpcClient::runBenchmarks(const QObject* context, Done done)
{
    command("<run_benchmarks/>", context, std::move(done));
}

void GuiRpcClient::quit(const QObject* context, Done done)
{
    command("<quit/>", context, std::move(done));
}

} // namespace bdm::boinc
