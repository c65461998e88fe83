#include "readiness/SocketAccess.h"

#include <QFileInfo>
#include <sys/stat.h>

namespace bdm::readiness {

namespace {

// The rwx triple that applies to `user` for a file with this owner, group and mode.
uint bitsFor(const ServiceUser& user, const struct stat& st)
{
    const uint mode = st.st_mode & 07777;
    if (user.uid == st.st_uid)
        return (mode >> 6) & 7;
    if (user.groupIds.contains(st.st_gid))
        return (mode >> 3) & 7;
    return mode & 7;
}

} // namespace

SocketAccess SocketAccess::check(const SystemRoot& root, const QString& socketPath, const ServiceUser& user)
{
    SocketAccess a;
    a.path = socketPath;
    struct stat st = {};
    if (::stat(root.path(socketPath).toLocal8Bit().constData(), &st) != 0)
        return a;
    a.exists = true;
    a.owner = st.st_uid;
    a.group = st.st_gid;
    a.mode = st.st_mode & 07777;
    if (user.exists && user.uid == 0) {
        a.usable = true;
        return a;
    }
    if (!user.exists) {
        a.blocker = socketPath;
        return a;
    }
    // Directories from the top down: the first one the user may not enter is the answer.
    QStringList parts = socketPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    parts.removeLast();
    QString dir;
    for (const QString& part : parts) {
        dir += QLatin1Char('/') + part;
        struct stat ds = {};
        if (::stat(root.path(dir).toLocal8Bit().constData(), &ds) == 0 && !(bitsFor(user, ds) & 1)) {
            a.blocker = dir;
            return a;
        }
    }
    a.usable = (bitsFor(user, st) & 2) != 0;
    if (!a.usable)
        a.blocker = socketPath;
    return a;
}

} // namespace bdm::readiness
