#include "gui/GuiSettings.h"

namespace bdm::gui {
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString lastPageKey = QStringLiteral("mainWindow/lastPage");

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

} // namespace bdm::gui
