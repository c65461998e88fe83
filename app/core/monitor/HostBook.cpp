#include "monitor/HostBook.h"

#include <QSettings>
#include <QUuid>

namespace bdm::monitor {
namespace {

constexpr QLatin1String group("fleet/hosts");
constexpr QLatin1String idKey("id");
constexpr QLatin1String nameKey("name");
constexpr QLatin1String addressKey("address");
constexpr QLatin1String passwordFileKey("password_file");

} // namespace

HostBook::HostBook(QSettings& settings) : m_settings(settings) {}

QList<HostEntry> HostBook::entries() const
{
    QList<HostEntry> all;
    const int n = m_settings.beginReadArray(group);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        HostEntry e;
        e.id = m_settings.value(idKey).toString();
        e.name = m_settings.value(nameKey).toString();
        e.address = m_settings.value(addressKey).toString();
        e.passwordFile = m_settings.value(passwordFileKey).toString();
        if (!e.id.isEmpty())
            all.append(e);
    }
    m_settings.endArray();
    return all;
}

HostEntry HostBook::add(const HostEntry& entry)
{
    HostEntry stored = entry;
    stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<HostEntry> all = entries();
    all.append(stored);
    write(all);
    return stored;
}

bool HostBook::update(const HostEntry& entry)
{
    QList<HostEntry> all = entries();
    for (HostEntry& e : all) {
        if (e.id == entry.id) {
            e = entry;
            write(all);
            return true;
        }
    }
    return false;
}

bool HostBook::remove(const QString& id)
{
    QList<HostEntry> all = entries();
    const qsizetype removed = all.removeIf([&id](const HostEntry& e) { return e.id == id; });
    if (removed == 0)
        return false;
    write(all);
    return true;
}

void HostBook::replaceAll(const QList<HostEntry>& entries)
{
    write(entries);
}

void HostBook::write(const QList<HostEntry>& entries)
{
    m_settings.remove(group); // a shorter list must not leave old rows behind
    m_settings.beginWriteArray(group, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_settings.setArrayIndex(i);
        const HostEntry& e = entries[i];
        m_settings.setValue(idKey, e.id);
        m_settings.setValue(nameKey, e.name);
        m_settings.setValue(addressKey, e.address);
        if (!e.passwordFile.isEmpty())
            m_settings.setValue(passwordFileKey, e.passwordFile);
    }
    m_settings.endArray();
    m_settings.sync();
}

} // namespace bdm::monitor
