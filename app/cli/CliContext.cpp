#include "CliContext.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

namespace bdm::cli {

using boinc::RpcError;

namespace {
// Gives lupdate and the program the same translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

CliContext::CliContext() : m_out(stdout), m_err(stderr) {}

CliContext::~CliContext() = default;

void CliContext::addCommonOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("host"), Cli::tr("BOINC client to talk to (default 127.0.0.1:31416)."),
                      Cli::tr("HOST[:PORT]")});
    parser.addOption({QStringLiteral("password-file"),
                      Cli::tr("File holding the GUI RPC password (default: found in "
                              "the BOINC data directory)."),
                      Cli::tr("FILE")});
    parser.addOption({QStringLiteral("timeout"), Cli::tr("Seconds to wait for each reply (default 30)."),
                      Cli::tr("SECONDS")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON document on stdout.")});
}

bool CliContext::readCommonOptions(const QCommandLineParser& parser)
{
    m_json = parser.isSet(QStringLiteral("json"));
    QString why;
    const auto endpoint = boinc::RpcEndpoint::parse(parser.value(QStringLiteral("host")), &why);
    if (!endpoint) {
        usageError(Cli::tr("--host: %1").arg(why));
        return false;
    }
    m_endpoint = *endpoint;
    int timeoutMs = boinc::GuiRpcConnection::defaultTimeoutMs;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            usageError(Cli::tr("--timeout: give a number of seconds between 0 and 3600"));
            return false;
        }
        timeoutMs = static_cast<int>(seconds * 1000);
    }
    const QString passwordFile = parser.value(QStringLiteral("password-file"));
    m_password = boinc::PasswordLocator().lookupFor(m_endpoint, passwordFile);
    if (!passwordFile.isEmpty() && !m_password.found) {
        usageError(Cli::tr("--password-file: %1").arg(m_password.error));
        return false;
    }
    m_connection = std::make_unique<boinc::GuiRpcConnection>();
    m_connection->setEndpoint(m_endpoint);
    m_connection->setPassword(m_password.password);
    m_connection->setReplyTimeout(timeoutMs);
    m_timeoutMs = timeoutMs;
    m_client = std::make_unique<boinc::GuiRpcClient>(*m_connection);
    return true;
}

void CliContext::printJson(const boinc::Json& document)
{
    m_out.flush();
    const std::string text = document.dump(2) + '\n';
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

int CliContext::reportRpcError(const RpcError& error)
{
    QString line = error.message;
    int code = ExitError;
    switch (error.kind) {
    case RpcError::Unreachable:
        line += Cli::tr(". Is the BOINC client running? Start it (e.g. sudo systemctl start boinc-client) or "
                        "pass --host.");
        break;
    case RpcError::Timeout:
        line += Cli::tr(". The client may be busy or hung; try again or raise --timeout.");
        break;
    case RpcError::AuthenticationFailed:
        line += m_password.path.isEmpty()
                    ? Cli::tr(". Give the right password with --password-file.")
                    : Cli::tr(" (password read from %1). Give the right one with --password-file.")
                          .arg(m_password.path);
        break;
    case RpcError::Unauthorized:
        if (!m_password.error.isEmpty())
            line += QStringLiteral(". ") + m_password.error;
        else if (m_password.found && m_password.password.isEmpty())
            line += Cli::tr(". %1 is empty, but this client has a password: give its gui_rpc_auth.cfg with "
                            "--password-file.")
                        .arg(m_password.path);
        else
            line += Cli::tr(". Give the GUI RPC password with --password-file.");
        break;
    case RpcError::Server:
        code = ExitFailed;
        line = Cli::tr("the BOINC client refused: %1").arg(error.message);
        break;
    case RpcError::Protocol:
        line += Cli::tr(". Is %1 a BOINC client's GUI RPC port?").arg(m_endpoint.toString());
        break;
    case RpcError::Cancelled:
    case RpcError::None:
        break;
    }
    m_err << QStringLiteral("boinc-docker: ") << line << Qt::endl;
    return code;
}

void CliContext::processArguments(QCommandLineParser& parser, const QStringList& args)
{
    if (!parser.parse(args)) {
        std::fputs(qPrintable(QStringLiteral("boinc-docker: %1\n").arg(parser.errorText())), stderr);
        std::exit(ExitError);
    }
    parser.process(args);
}

int CliContext::usageError(const QString& message)
{
    m_err << QStringLiteral("boinc-docker: ") << message << Qt::endl;
    return ExitError;
}

int CliContext::exec()
{
    const int code = QCoreApplication::exec();
    m_out.flush();
    m_err.flush();
    return code;
}

void CliContext::finish(int code)
{
    m_exitCode = code;
    m_out.flush();
    // Queued: a handler may run before the event loop has started, and exit() is ignored then.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

} // namespace bdm::cli
