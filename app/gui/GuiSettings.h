#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace bdm::gui {

// The window's own settings, each key named once here. Only layout lives here: passwords and
// other secrets never go into QSettings (they belong in the OS keychain).
class GuiSettings
{
public:
    GuiSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    // The page shown last, by its stable name ("tasks", ...), so a reordered menu keeps it.
    QString lastPage() const;
    void setLastPage(const QString& name);

private:
    QSettings m_settings;
};

} // namespace bdm::gui
