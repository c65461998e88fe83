#include "server/ServerHostReader.h"

#include "server/BinStatusParser.h"
#include "server/ServerTr.h"
#include "submit/RemoteShell.h"
#include "submit/SshResult.h"
#include "submit/SshRunner.h"

#include <QRandomGenerator>

namespace bdm::server {
namespace {

constexpr int noDirExit = 3;
constexpr int noStatusExit = 4;

} // namespace

ServerHostReader::ServerHostReader(QObject* parent) : QObject(parent) {}

ServerHostReader::~ServerHostReader() = default;

void ServerHostReader::setEndpoint(const submit::SshEndpoint& endpoint)
{
    m_endpoint = endpoint;
}

void ServerHostReader::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

bool ServerHostReader::isReading() const
{
    return m_runner && m_runner->isRunning();
}

QString ServerHostReader::targetProblem(const submit::SubmitTarget& target)
{
    if (target.host.trimmed().isEmpty())
        return Server::tr("Give the project host for SSH (user@host).");
    if (!submit::RemoteShell::trimmedDirectory(target.projectDir).startsWith(QLatin1Char('/')))
        return Server::tr(
            "Give the project's absolute directory on the server (e.g. /home/boincadm/projects/myproject).");
    return {};
}

void ServerHostReader::read(const submit::SubmitTarget& target, int logLines)
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
        m_runner.release()->deleteLater();
    }
    if (const QString why = targetProblem(target); !why.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, why] { emit failed(why, submit::SshError{}); }, Qt::QueuedConnection);
        return;
    }
    m_dir = submit::RemoteShell::trimmedDirectory(target.projectDir);
    m_marker = "bdm-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16) +
               QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    const QString marker = QString::fromLatin1(m_marker);
    // Each part ends with an extra newline so a log without a final one cannot swallow the next
    // section's heading; the parser takes it off again. File names are printed with any newline
    // turned into '?', so a hostile name cannot forge a heading either.
    QString script = QStringLiteral("cd -- %1 || exit %2\n"
                                    "[ -e bin/status ] || exit %3\n"
                                    "echo '%4 status'\n"
                                    "bin/status -v 2>&1; rc=$?\n"
                                    "echo; echo \"%4 status-exit $rc\"\n")
                         // One pass: a '%' in the directory must not be taken for a placeholder.
                         .arg(submit::RemoteShell::quote(m_dir), QString::number(noDirExit),
                              QString::number(noStatusExit), marker);
    if (logLines > 0)
        script +=
            QStringLiteral("n=0\n"
                           "for f in log_*/*.log; do\n"
                           "  [ -f \"$f\" ] || continue\n"
                           "  n=$((n+1)); [ \"$n\" -le %2 ] || break\n"
                           "  printf '%1 log %s\\n' \"$(printf '%s' \"$f\" | tr '\\n' '?')\"\n"
                           "  tail -n %3 -- \"$f\" 2>&1; echo\n"
                           "done\n")
                .arg(marker, QString::number(maxLogFiles), QString::number(qMin(logLines, maxLogLines)));
    script += QStringLiteral("exit 0\n");
    m_runner =
        std::make_unique<submit::SshRunner>(m_endpoint.value_or(submit::SshEndpoint::fromTarget(target)));
    connect(m_runner.get(), &submit::SshRunner::finished, this, &ServerHostReader::onFinished);
    m_runner->run(submit::RemoteShell::wrap(script, target.dockerExec, target.dockerExecUser));
}

void ServerHostReader::onFinished(const submit::SshResult& result)
{
    if (!result.error.ok())
        return emit failed(result.error.message, result.error);
    const QString stderrText = QString::fromUtf8(result.standardError).trimmed();
    if (result.exitCode == noDirExit)
        return emit failed(
            Server::tr("There is no project directory %1 on the server: %2").arg(m_dir, stderrText),
            submit::SshError{});
    if (result.exitCode == noStatusExit)
        return emit failed(Server::tr("%1 has no bin/status: is it a BOINC project directory?").arg(m_dir),
                           submit::SshError{});
    if (result.exitCode != 0)
        return emit failed(Server::tr("Reading the server's status failed (exit status %1): %2")
                               .arg(result.exitCode)
                               .arg(stderrText),
                           submit::SshError{});
    emit finished(BinStatusParser::parseReply(result.standardOutput, m_marker));
}

} // namespace bdm::server
