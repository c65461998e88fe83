#pragma once

#include "submit/JobSpec.h"

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
    // The plan_class_spec.xml (file or URL) judged last on the Readiness page.
    QString planClassSource() const;
    void setPlanClassSource(const QString& source);
    // The project whose server status was looked at last.
    QString serverStatusUrl() const;
    void setServerStatusUrl(const QString& url);
    // The project host the Server page reads over SSH (no secrets: keys stay in the agent or
    // their files), and how many lines of each daemon log it shows.
    submit::SubmitTarget serverHost() const;
    void setServerHost(const submit::SubmitTarget& target);
    int serverLogLines(int fallback) const;
    void setServerLogLines(int lines);
    // The language chosen in View > Language ("zh_CN", "en"); empty: the system's.
    QString language() const;
    void setLanguage(const QString& name);
    // The Tasks page's table header (order, widths, hidden columns, sort), filter text and the
    // split between the table and the detail panel.
    QByteArray tasksHeaderState() const;
    void setTasksHeaderState(const QByteArray& state);
    QString tasksFilter() const;
    void setTasksFilter(const QString& text);
    QByteArray tasksSplitterState() const;
    void setTasksSplitterState(const QByteArray& state);

private:
    QSettings m_settings;
};

} // namespace bdm::gui
