#include "gui/GuiSettings.h"

namespace bdm::gui {
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString lastPageKey = QStringLiteral("mainWindow/lastPage");
const QString planClassSourceKey = QStringLiteral("readiness/planClassSource");
const QString serverStatusUrlKey = QStringLiteral("server/statusUrl");
const QString tasksHeaderKey = QStringLiteral("tasks/headerState");
const QString tasksFilterKey = QStringLiteral("tasks/filter");
const QString tasksSplitterKey = QStringLiteral("tasks/splitterState");

} // namespace

GuiSettings::GuiSettings() = default;

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
