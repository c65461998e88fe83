#pragma once

#include "readiness/SystemRoot.h"

#include <QList>
#include <QMap>
#include <optional>

namespace bdm::readiness {

struct PasswdEntry
{
    QString name;
    uint uid = 0;
    uint gid = 0;
    QString home;
    QString shell;
};

// /etc/passwd, /etc/group, /etc/subuid and /etc/subgid of a SystemRoot, read once. Local files
// only: users from LDAP/SSSD are not seen (BOINC's service user is a local system user).
class UserDatabase
{
public:
    explicit UserDatabase(const SystemRoot& root);

    std::optional<PasswdEntry> user(const QString& name) const;
    std::optional<PasswdEntry> userByUid(uint uid) const;
    std::optional<uint> groupId(const QString& group) const;
    QString groupName(uint gid) const;
    // Primary group first, then the supplementary groups that list the user, by name.
    QStringList groupsOf(const PasswdEntry& user) const;
    QList<uint> groupIdsOf(const PasswdEntry& user) const;
    // Sum of the ranges /etc/subuid (or subgid) gives the user, by name or by uid.
    qint64 subordinateIds(const QString& file, const PasswdEntry& user) const;

private:
    struct Group
    {
        QString name;
        uint gid = 0;
        QStringList members;
    };
    SystemRoot m_root;
    QList<PasswdEntry> m_users;
    QList<Group> m_groups;
};

} // namespace bdm::readiness
