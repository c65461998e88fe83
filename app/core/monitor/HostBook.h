#pragma once

#include "monitor/HostEntry.h"

#include <QList>
#include <QString>

class QSettings;

namespace bdm::monitor {

// The hosts configured in the GUI, kept in QSettings (group "fleet/hosts"): id, name, address
// and password file only, never a password. The CLI reads the same list.
class HostBook
{
public:
    // The settings the GUI uses (organization and application "boinc-docker-manager").
    static QString settingsOrganization() { return QStringLiteral("boinc-docker-manager"); }
    static QString settingsApplication() { return QStringLiteral("boinc-docker-manager"); }

    explicit HostBook(QSettings& settings);

    QList<HostEntry> entries() const;
    // Adds a host under a new id (entry.id is ignored) and returns it as stored.
    HostEntry add(const HostEntry& entry);
    bool update(const HostEntry& entry); // by id; false when there is none
    bool remove(const QString& id);
    // Writes the whole list at once (ids kept), e.g. after reordering.
    void replaceAll(const QList<HostEntry>& entries);

private:
    void write(const QList<HostEntry>& entries);

    QSettings& m_settings;
};

} // namespace bdm::monitor
