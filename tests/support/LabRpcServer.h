#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace bdm::lab {

// The fake BOINC remote submission server (fake-rpc-server/fake_submit_server.py, Debian's
// python3) on https://127.0.0.1:<free port>/proj/, with a throwaway CA and a server
// certificate for 127.0.0.1 made with the openssl CLI at start, and a second, unrelated CA for
// tests that must see an unknown issuer refused. The test drives the server's state (job
// statuses, outputs, connection drops, slow replies) through its control port. Stopped by PID.
//
// Accounts: alice (submit access) and bob (no submit access); see the constants.
class LabRpcServer
{
public:
    static constexpr const char* aliceEmail = "alice@example.org";
    static constexpr const char* alicePassword = "secret";
    static constexpr const char* aliceAuthenticator = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    static constexpr const char* bobAuthenticator = "b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0";
    static constexpr const char* appName = "docker_app";

    LabRpcServer();
    ~LabRpcServer(); // stop()
    LabRpcServer(const LabRpcServer&) = delete;
    LabRpcServer& operator=(const LabRpcServer&) = delete;

    bool start();
    QString errorString() const;
    bool stop();
    bool isRunning() const;
    qint64 pid() const;

    quint16 port() const { return m_port; }
    QString projectUrl() const;  // https://127.0.0.1:PORT/proj/
    QString caFile() const;      // PEM of the CA that signed the server's certificate
    QString otherCaFile() const; // PEM of a CA that did not
    QString logTail() const;

    // POST /control on the control port; an object with "error" when it failed.
    QJsonObject control(const QJsonObject& command);
    QJsonObject state();
    bool setSwitch(const QString& name, const QJsonValue& value);
    bool setJob(const QString& workunit, const QString& status, const QStringList& outputs = {},
                int exitStatus = 0);
    // How many requests of `operation` ("submit_batch", "upload_files", ...) the server saw.
    int requestCount(const QString& operation);

private:
    bool makeCertificates();
    bool openssl(const QStringList& arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_root;
    QString m_openssl;
    QString m_error;
    quint16 m_port = 0;
    quint16 m_controlPort = 0;
};

} // namespace bdm::lab
