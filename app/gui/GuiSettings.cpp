#include "gui/GuiSettings.h"

namespace bdm::gui {
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString lastPageKey = QStringLiteral("mainWindow/lastPage");
const QString planClassSourceKey = QStringLiteral("readiness/planClassSource");
const QString serverStatusUrlKey = QStringLiteral("server/statusUrl");
const QString serverHostKey = QStringLiteral("server/sshHost");
const QString serverLogLinesKey = QStringLiteral("server/logLines");
const QString languageKey = QStringLiteral("ui/language");
const QString tasksHeaderKey = QStringLiteral("tasks/headerState");
const QString tasksFilterKey = QStringLiteral("tasks/filter");
const QString tasksSplitterKey = QStringLiteral("tasks/splitterState");

} // namespace

GuiSettings::GuiSettings() = default;

submit::SubmitTarget GuiSettings::serverHost() const
{
    const QVariantMap m = m_settings.value(serverHostKey).toMap();
    submit::SubmitTarget t;
    t.transport = QStringLiteral("ssh");
    t.host = m.value(QStringLiteral("host")).toString();
    t.port = m.value(QStringLiteral("port"), 22).toInt();
    t.identityFile = m.value(QStringLiteral("identity_file")).toString();
    t.knownHostsFile = m.value(QStringLiteral("known_hosts_file")).toString();
    t.projectDir = m.value(QStringLiteral("project_dir")).toString();
    t.dockerExec = m.value(QStringLiteral("docker_exec")).toString();
    t.dockerExecUser = m.value(QStringLiteral("docker_exec_user")).toString();
    return t;
}

void GuiSettings::setServerHost(const submit::SubmitTarget& t)
{
    m_settings.setValue(serverHostKey, QVariantMap{{QStringLiteral("host"), t.host},
                                                   {QStringLiteral("port"), t.port},
                                                   {QStringLiteral("identity_file"), t.identityFile},
                                                   {QStringLiteral("known_hosts_file"), t.knownHostsFile},
                                                   {QStringLiteral("project_dir"), t.projectDir},
                                                   {QStringLiteral("docker_exec"), t.dockerExec},
                                                   {QStringLiteral("docker_exec_user"), t.dockerExecUser}});
}

int GuiSettings::serverLogLines(int fallback) const
{
    return m_settings.value(serverLogLinesKey, fallback).toInt();
}

void GuiSettings::setServerLogLines(int lines)
{
    m_settings.setValue(serverLogLinesKey, lines);
}

QString GuiSettings::language() const
{
    return m_settings.value(languageKey).toString();
}

void GuiSettings::setLanguage(const QString& name)
{
    if (name.isEmpty())
        m_settings.remove(languageKey);
    else
        m_settings.setValue(languageKey, name);
}

QByteArray GuiSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void GuiSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QString GuiSettings::lastPage() const
{
    return m_settings.value(lastPageKey).toString();
}

void GuiSettings::setLastPage(const QString& name)
{
    m_settings.setValue(lastPageKey, name);
}

QString GuiSettings::serverStatusUrl() const
{
    return m_settings.value(serverStatusUrlKey).toString();
}

void GuiSettings::setServerStatusUrl(const QString& url)
{
    m_settings.setValue(serverStatusUrlKey, url);
}

QString GuiSettings::planClassSource() const
{
    return m_settings.value(planClassSourceKey).toString();
}

void GuiSettings::setPlanClassSource(const QString& source)
{
    m_settings.setValue(planClassSourceKey, source);
}

QByteArray GuiSettings::tasksHeaderState() const
{
    return m_settings.value(tasksHeaderKey).toByteArray();
}

void GuiSettings::setTasksHeaderState(const QByteArray& state)
{
    m_settings.setValue(tasksHeaderKey, state);
}

QString GuiSettings::tasksFilter() const
{
    return m_settings.value(tasksFilterKey).toString();
}

void GuiSettings::setTasksFilter(const QString& text)
{
    m_settings.setValue(tasksFilterKey, text);
}

QByteArray GuiSettings::tasksSplitterState() const
{
    return m_settings.value(tasksSplitterKey).toByteArray();
}

void GuiSettings::setTasksSplitterState(const QByteArray& state)
{
    m_settings.setValue(tasksSplitterKey, state);
}

} // namespace bdm::gui
