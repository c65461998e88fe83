#include "readiness/UserDatabase.h"

namespace bdm::readiness {

UserDatabase::UserDatabase(const SystemRoot& root) : m_root(root)
{
    for (const QString& line : root.lines(QStringLiteral("/etc/passwd"))) {
        const QStringList f = line.split(QLatin1Char(':'));
        if (f.size() < 7 || line.startsWith(QLatin1Char('#')))
            continue;
        bool uidOk = false;
        bool gidOk = false;
        PasswdEntry e{f.at(0), f.at(2).toUInt(&uidOk), f.at(3).toUInt(&gidOk), f.at(5), f.at(6)};
        if (uidOk && gidOk)
            m_users.append(e);
    }
    for (const QString& line : root.lines(QStringLiteral("/etc/group"))) {
        const QStringList f = line.split(QLatin1Char(':'));
        if (f.size() < 4 || line.startsWith(QLatin1Char('#')))
            continue;
        bool ok = false;
        Group g{f.at(0), f.at(2).toUInt(&ok), f.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts)};
        if (ok)
            m_groups.append(g);
    }
}

std::optional<PasswdEntry> UserDatabase::user(const QString& name) const
{
    for (const PasswdEntry& e : m_users) {
        if (e.name == name)
            return e;
    }
    return std::nullopt;
}

std::optional<PasswdEntry> UserDatabase::userByUid(uint uid) const
{
    for (const PasswdEntry& e : m_users) {
        if (e.uid == uid)
            return e;
    }
    return std::nullopt;
}

std::optional<uint> UserDatabase::groupId(const QString& group) const
{
    for (const Group& g : m_groups) {
        if (g.name == group)
            return g.gid;
    }
    return std::nullopt;
}

QString UserDatabase::groupName(uint gid) const
{
    for (const Group& g : m_groups) {
        if (g.gid == gid)
            return g.name;
    }
    return QString::number(gid);
}

QStringList UserDatabase::groupsOf(const PasswdEntry& user) const
{
    QStringList names{groupName(user.gid)};
    for (const Group& g : m_groups) {
        if (g.members.contains(user.name) && !names.contains(g.name))
            names.append(g.name);
    }
    return names;
}

QList<uint> UserDatabase::groupIdsOf(const PasswdEntry& user) const
{
    QList<uint> ids{user.gid};
    for (const Group& g : m_groups) {
        if (g.members.contains(user.name) && !ids.contains(g.gid))
            ids.append(g.gid);
    }
    return ids;
}

qint64 UserDatabase::subordinateIds(const QString& file, const PasswdEntry& user) const
{
    qint64 total = 0;
    for (const QString& line : m_root.lines(file)) {
        const QStringList f = line.trimmed().split(QLatin1Char(':'));
        if (f.size() != 3 || (f.at(0) != user.name && f.at(0) != QString::number(user.uid)))
            continue;
        bool ok = false;
        const qint64 count = f.at(2).toLongLong(&ok);
        if (ok && count > 0)
            total += count;
    }
    return total;
}

} // namespace bdm::readiness
