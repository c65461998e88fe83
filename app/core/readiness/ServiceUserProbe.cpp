#include "readiness/ServiceUserProbe.h"

#include "readiness/UserDatabase.h"

#include <algorithm>

namespace bdm::readiness {

std::optional<BoincProcess> ServiceUserProbe::findClient(const SystemRoot& root)
{
    QList<qint64> pids;
    for (const QString& name : root.entries(QStringLiteral("/proc"))) {
        bool ok = false;
        const qint64 pid = name.toLongLong(&ok);
        if (ok)
            pids.append(pid);
    }
    std::sort(pids.begin(), pids.end());
    for (const qint64 pid : pids) {
        const QString dir = QStringLiteral("/proc/%1").arg(pid);
        const std::optional<QByteArray> comm = root.read(dir + QStringLiteral("/comm"), 256);
        if (!comm || comm->trimmed() != "boinc")
            continue;
        BoincProcess p;
        p.pid = pid;
        // "Uid:\treal\teffective\tsaved\tfs": the real uid is the service user.
        for (const QString& line : root.lines(dir + QStringLiteral("/status"))) {
            if (line.startsWith(QLatin1String("Uid:"))) {
                p.uid = line.mid(4).simplified().section(QLatin1Char(' '), 0, 0).toUInt();
                break;
            }
        }
        if (const std::optional<PasswdEntry> user = UserDatabase(root).userByUid(p.uid))
            p.user = user->name;
        p.dataDir = root.linkTarget(dir + QStringLiteral("/cwd"));
        return p;
    }
    return std::nullopt;
}

ServiceUser ServiceUserProbe::examine(const SystemRoot& root, const QString& name)
{
    ServiceUser u;
    u.name = name;
    const UserDatabase db(root);
    const std::optional<PasswdEntry> entry = db.user(name);
    if (!entry)
        return u;
    u.exists = true;
    u.uid = entry->uid;
    u.gid = entry->gid;
    u.home = entry->home;
    u.groups = db.groupsOf(*entry);
    u.groupIds = db.groupIdsOf(*entry);
    u.subuids = db.subordinateIds(QStringLiteral("/etc/subuid"), *entry);
    u.subgids = db.subordinateIds(QStringLiteral("/etc/subgid"), *entry);
    u.lingering = root.exists(QStringLiteral("/var/lib/systemd/linger/") + name);
    return u;
}

ServiceUser ServiceUserProbe::examineClientUser(const SystemRoot& root, const QString& fallback)
{
    const std::optional<BoincProcess> client = findClient(root);
    if (!client || client->user.isEmpty())
        return examine(root, fallback);
    ServiceUser u = examine(root, client->user);
    u.fromProcess = true;
    u.pid = client->pid;
    u.dataDir = client->dataDir;
    return u;
}

SelinuxMode ServiceUserProbe::selinux(const SystemRoot& root)
{
    const std::optional<QByteArray> enforce = root.read(QStringLiteral("/sys/fs/selinux/enforce"), 16);
    if (!enforce)
        return SelinuxMode::Off;
    return enforce->trimmed() == "1" ? SelinuxMode::Enforcing : SelinuxMode::Permissive;
}

} // namespace bdm::readiness
