#pragma once

#include "boinc/CcStatus.h"
#include "boinc/ClientState.h"
#include "boinc/DiskUsage.h"
#include "boinc/GuiRpcConnection.h"
#include "boinc/Message.h"
#include "boinc/RpcError.h"

#include <QObject>
#include <functional>

namespace bdm::boinc {

// The typed GUI RPC operations, on top of one GuiRpcConnection. Each call takes a context object
// (the handler is dropped if it dies first) and a handler that receives the parsed value or the
// error, never both.
class GuiRpcClient : public QObject
{
    Q_OBJECT

public:
    template <class T> using Handler = std::function<void(const RpcResult<T>&)>;
    using Done = std::function<void(const RpcError&)>;

    enum class ResultOp
    {
        Suspend,
        Resume,
        Abort
    };
    enum class ProjectOp
    {
        Suspend,
        Resume,
        Update,
        NoMoreWork,
        AllowMoreWork,
        DetachWhenDone,
        DontDetachWhenDone
    };
    enum class ModeKind
    {
        Run,
        Gpu,
        Network
    };

    explicit GuiRpcClient(GuiRpcConnection& connection, QObject* parent = nullptr);
    GuiRpcConnection& connection() const { return m_connection; }

    void exchangeVersions(const QObject* context, Handler<ClientVersion> handler);
    void getState(const QObject* context, Handler<ClientState> handler);
    void getResults(bool activeOnly, const QObject* context, Handler<QList<Result>> handler);
    void getHostInfo(const QObject* context, Handler<HostInfo> handler);
    void getCcStatus(const QObject* context, Handler<CcStatus> handler);
    void getMessages(int afterSeqno, const QObject* context, Handler<QList<Message>> handler);
    // Private notices need authentication; the public ones do not.
    void getNotices(int afterSeqno, bool publicOnly, const QObject* context, Handler<QList<Notice>> handler);
    void getProjectStatus(const QObject* context, Handler<QList<Project>> handler);
    void getDiskUsage(const QObject* context, Handler<DiskUsage> handler);
    void getOldResults(const QObject* context, Handler<QList<OldResult>> handler);
    // cc_config.xml as the client holds it (raw XML text; empty when the file does not exist).
    void getCcConfig(const QObject* context, Handler<QString> handler);

    void resultOp(ResultOp op, const QString& projectUrl, const QString& resultName, const QObject* context,
                  Done done);
    void projectOp(ProjectOp op, const QString& projectUrl, const QObject* context, Done done);
    // duration 0 makes the change permanent; RunMode::Restore ends a temporary mode.
    void setMode(ModeKind kind, RunMode mode, double durationSeconds, const QObject* context, Done done);
    void resetHostInfo(const QObject* context, Done done);
    void readCcConfig(const QObject* context, Done done);
    void runBenchmarks(const QObject* context, Done done);
    void quit(const QObject* context, Done done);

private:
    template <class T>
    void query(const QByteArray& operation, const char* element, std::function<T(const XmlElement&)> parse,
               const QObject* context, Handler<T> handler);
    void command(const QByteArray& operation, const QObject* context, Done done);

    GuiRpcConnection& m_connection;
};

} // namespace bdm::boinc
