#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bdm::readiness {

enum class SelinuxMode
{
    Off, // no SELinux, or disabled
    Permissive,
    Enforcing
};

// The user the BOINC client runs as, and what decides whether it may run containers: the
// docker group (Docker), and for rootless Podman subordinate ids and a lingering systemd
// session (BOINC issues #6649, #7071).
struct ServiceUser
{
    QString name;
    bool fromProcess = false; // found as the owner of a running `boinc` process
    qint64 pid = 0;           // that process, when there is one
    QString dataDir;          // its working directory (the BOINC data dir), when readable
    bool exists = false;      // in /etc/passwd
    uint uid = 0;
    uint gid = 0;
    QString home;
    QStringList groups; // primary first
    QList<uint> groupIds;
    qint64 subuids = 0; // sum of the /etc/subuid ranges
    qint64 subgids = 0;
    bool lingering = false; // /var/lib/systemd/linger/<name>

    // Rootless Podman maps a container's 65536 ids onto the user's subordinate range.
    static constexpr qint64 neededSubordinateIds = 65536;
    bool inGroup(const QString& group) const { return groups.contains(group); }
    bool hasSubordinateIds() const
    {
        return subuids >= neededSubordinateIds && subgids >= neededSubordinateIds;
    }
};

} // namespace bdm::readiness
