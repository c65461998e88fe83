#include "LabRpcServer.h"

#include "LabTools.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>

namespace bdm::lab {
namespace {

constexpr int startTimeoutMs = 15000;
constexpr int controlTimeoutMs = 10000;

} // namespace

LabRpcServer::LabRpcServer() = default;

LabRpcServer::~LabRpcServer()
{
    stop();
}

QString LabRpcServer::errorString() const
{
    return m_error;
}

QString LabRpcServer::projectUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1/proj/").arg(m_port);
}

QString LabRpcServer::caFile() const
{
    return m_root + QStringLiteral("/ca.pem");
}

QString LabRpcServer::otherCaFile() const
{
    return m_root + QStringLiteral("/other-ca.pem");
}

QString LabRpcServer::logTail() const
{
    return tailOfFile(m_root + QStringLiteral("/server.log"), 30);
}

bool LabRpcServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 LabRpcServer::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool LabRpcServer::openssl(const QStringList& arguments)
{
    const RunResult r = runProcess(m_openssl, arguments, RunOptions{30000, m_root, {}, {}});
    if (!r.succeeded()) {
        m_error = QStringLiteral("openssl %1: %2").arg(arguments.value(0), r.describe());
        return false;
    }
    return true;
}

bool LabRpcServer::makeCertificates()
{
    const auto makeCa = [this](const QString& name, const QString& cn) {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                        name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + cn, QStringLiteral("-addext"),
                        QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    };
    if (!makeCa(QStringLiteral("ca"), QStringLiteral("BDM lab test CA")) ||
        !makeCa(QStringLiteral("other-ca"), QStringLiteral("BDM lab unrelated CA"))) {
        return false;
    }
    QString error;
    if (!writeFile(m_root + QStringLiteral("/server-ext.cnf"),
                   "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                   "extendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n",
                   &error)) {
        m_error = error;
        return false;
    }
    return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                    QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1")}) &&
           openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server-ext.cnf")});
}

bool LabRpcServer::start()
{
    if (isRunning()) {
        m_error = QStringLiteral("the lab RPC server is already running");
        return false;
    }
    m_error.clear();
    const QString python = findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &m_error);
    m_openssl = findProgram(QStringLiteral("openssl"), QStringLiteral("openssl"), &m_error);
    if (!m_error.isEmpty())
        return false;
    m_dir = std::make_unique<QTemporaryDir>(labTempRoot() + QStringLiteral("/bdm-rpc-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    m_root = QFileInfo(m_dir->path()).canonicalFilePath();
    if (!makeCertificates())
        return false;
    m_port = freeTcpPort();
    m_controlPort = freeTcpPort();
    if (m_port == 0 || m_controlPort == 0 || m_port == m_controlPort) {
        m_error = QStringLiteral("no free TCP ports on 127.0.0.1");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(m_root + QStringLiteral("/server.log"));
    m_process->setStandardErrorFile(m_root + QStringLiteral("/server.log"), QIODevice::Append);
    m_process->start(python, {QStringLiteral(BDM_TEST_SUPPORT_DIR "/fake-rpc-server/fake_submit_server.py"),
                              QStringLiteral("--port"), QString::number(m_port),
                              QStringLiteral("--control-port"), QString::number(m_controlPort),
                              QStringLiteral("--cert"), m_root + QStringLiteral("/server.pem"),
                              QStringLiteral("--key"), m_root + QStringLiteral("/server.key")});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(python, m_process->errorString());
        return false;
    }
    const bool up = waitUntil(
        [this] {
            if (!isRunning())
                return true;
            QTcpSocket s;
            s.connectToHost(QStringLiteral("127.0.0.1"), m_port);
            return s.waitForConnected(200) && !state().contains(QLatin1String("error"));
        },
        startTimeoutMs, 100);
    if (!up || !isRunning()) {
        m_error = QStringLiteral("the fake RPC server did not come up: %1").arg(logTail());
        stop();
        return false;
    }
    return true;
}

bool LabRpcServer::stop()
{
    if (!isRunning())
        return true;
    terminateProcesses({m_process->processId()}, 3000);
    return m_process->waitForFinished(5000);
}

QJsonObject LabRpcServer::control(const QJsonObject& command)
{
    const auto failure = [](const QString& why) {
        return QJsonObject{{QStringLiteral("error"), why}};
    };
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), m_controlPort);
    if (!s.waitForConnected(controlTimeoutMs))
        return failure(s.errorString());
    const QByteArray body = QJsonDocument(command).toJson(QJsonDocument::Compact);
    s.write(
        "POST /control HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n"
        "Content-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray reply;
    while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(controlTimeoutMs))
        reply += s.readAll();
    reply += s.readAll();
    const qsizetype split = reply.indexOf("\r\n\r\n");
    if (split < 0)
        return failure(QStringLiteral("no reply from the control port"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.mid(split + 4), &pe);
    if (!doc.isObject())
        return failure(pe.errorString());
    return doc.object();
}

QJsonObject LabRpcServer::state()
{
    return control({{QStringLiteral("cmd"), QStringLiteral("state")}});
}

bool LabRpcServer::setSwitch(const QString& name, const QJsonValue& value)
{
    return control({{QStringLiteral("cmd"), QStringLiteral("set")}, {name, value}})
        .value(QLatin1String("ok"))
        .toBool();
}

bool LabRpcServer::setJob(const QString& workunit, const QString& status, const QStringList& outputs,
                          int exitStatus)
{
    QJsonObject c{{QStringLiteral("cmd"), QStringLiteral("set_job")},
                  {QStringLiteral("wu"), workunit},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("exit_status"), exitStatus}};
    if (!outputs.isEmpty())
        c.insert(QStringLiteral("outputs"), QJsonArray::fromStringList(outputs));
    return control(c).value(QLatin1String("ok")).toBool();
}

int LabRpcServer::requestCount(const QString& operation)
{
    int n = 0;
    for (const QJsonValue& r : state().value(QLatin1String("requests")).toArray()) {
        if (r.toArray().at(1).toString() == operation)
            ++n;
    }
    return n;
}

} // namespace bdm::lab
