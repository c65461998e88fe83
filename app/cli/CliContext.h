#pragma once

#include "boinc/GuiRpcClient.h"
#include "boinc/GuiRpcConnection.h"
#include "boinc/PasswordLocator.h"
#include "boinc/TaskJson.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

namespace bdm::cli {

// Exit codes of DESIGN.md: 0 success, 1 the thing asked about is not true or failed,
// 2 usage, connection, authentication or protocol error.
enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitError = 2
};

// What every subcommand shares: the common options, the GUI RPC client built from them, output
// streams, and the event loop that the asynchronous core runs in.
class CliContext
{
public:
    CliContext();
    ~CliContext();

    // QCommandLineParser::process(), but an unknown option or a missing value is a usage error
    // with DESIGN.md's exit status 2 (process() itself exits with 1); --help and --version as
    // process() handles them.
    static void processArguments(QCommandLineParser& parser, const QStringList& args);
    // Adds --host, --password-file, --timeout and --json to a subcommand's parser.
    static void addCommonOptions(QCommandLineParser& parser);
    // Reads them back; false (with a message on stderr) for a usage error.
    bool readCommonOptions(const QCommandLineParser& parser);

    bool json() const { return m_json; }
    // For commands that do not take the client's common options.
    void setJson(bool json) { m_json = json; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    boinc::GuiRpcClient& client() { return *m_client; }
    const boinc::RpcEndpoint& endpoint() const { return m_endpoint; }
    const boinc::PasswordLookup& password() const { return m_password; }
    int timeoutMs() const { return m_timeoutMs; }

    void printJson(const boinc::Json& document);
    // Prints the one-line reason and what to do, and gives the exit code for it.
    int reportRpcError(const boinc::RpcError& error);
    int usageError(const QString& message);

    // Runs the event loop until finish() is called.
    int exec();
    void finish(int code);

private:
    bool m_json = false;
    QTextStream m_out;
    QTextStream m_err;
    boinc::RpcEndpoint m_endpoint;
    boinc::PasswordLookup m_password;
    std::unique_ptr<boinc::GuiRpcConnection> m_connection;
    std::unique_ptr<boinc::GuiRpcClient> m_client;
    int m_exitCode = ExitOk;
    int m_timeoutMs = boinc::GuiRpcConnection::defaultTimeoutMs;
};

} // namespace bdm::cli
