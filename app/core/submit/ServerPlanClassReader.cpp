#include "submit/ServerPlanClassReader.h"

#include "submit/RemoteShell.h"
#include "submit/SshResult.h"
#include "submit/SshRunner.h"
#include "submit/SubmitTr.h"

namespace bdm::submit {
namespace {

constexpr int noFileExit = 3;
constexpr int tooBigExit = 4;

} // namespace

ServerPlanClassReader::ServerPlanClassReader(QObject* parent) : QObject(parent) {}

ServerPlanClassReader::~ServerPlanClassReader() = default;

void ServerPlanClassReader::setEndpoint(const SshEndpoint& endpoint)
{
    m_endpoint = endpoint;
}

void ServerPlanClassReader::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

void ServerPlanClassReader::read(const SubmitTarget& target)
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
        m_runner.release()->deleteLater();
    }
    const QString dir = RemoteShell::trimmedDirectory(target.projectDir);
    m_source = target.host + QLatin1Char(':') + dir + QStringLiteral("/plan_class_spec.xml");
    if (target.transport != QLatin1String("ssh") || target.host.isEmpty() ||
        !dir.startsWith(QLatin1Char('/'))) {
        const QString why = Submit::tr("Plan classes are read over SSH: give the host and the project's "
                                       "absolute directory on the Target page.");
        QMetaObject::invokeMethod(
            this, [this, why] { emit failed(why, SshError{}); }, Qt::QueuedConnection);
        return;
    }
    const QString file = RemoteShell::quote(dir + QStringLiteral("/plan_class_spec.xml"));
    const QString script =
        QStringLiteral("F=%1\n"
                       "[ -e \"$F\" ] || exit %2\n"
                       "[ $(($(wc -c < \"$F\"))) -le %3 ] || exit %4\n"
                       "cat -- \"$F\"\n")
            // One pass: a '%' in the path must not be taken for a placeholder.
            .arg(file, QString::number(noFileExit), QString::number(maxBytes), QString::number(tooBigExit));
    m_runner = std::make_unique<SshRunner>(m_endpoint.value_or(SshEndpoint::fromTarget(target)));
    connect(m_runner.get(), &SshRunner::finished, this, &ServerPlanClassReader::onFinished);
    m_runner->run(RemoteShell::wrap(script, target.dockerExec, target.dockerExecUser));
}

void ServerPlanClassReader::onFinished(const SshResult& result)
{
    if (!result.error.ok())
        return emit failed(result.error.message, result.error);
    if (result.exitCode == noFileExit) {
        readiness::PlanClassSpecFile none;
        none.source = m_source;
        none.warnings << Submit::tr("The project has no plan_class_spec.xml: only the scheduler's built-in "
                                    "plan classes exist there.");
        return emit finished(none);
    }
    if (result.exitCode == tooBigExit)
        return emit failed(Submit::tr("%1 is larger than 4 MiB; not read.").arg(m_source), SshError{});
    if (result.exitCode != 0)
        return emit failed(Submit::tr("Reading %1 failed: %2")
                               .arg(m_source, QString::fromUtf8(result.standardError).trimmed()),
                           SshError{});
    readiness::PlanClassSpecFile file = readiness::PlanClassSpecFile::parse(result.standardOutput, m_source);
    if (!file.ok())
        return emit failed(file.error, SshError{});
    emit finished(file);
}

} // namespace bdm::submit
