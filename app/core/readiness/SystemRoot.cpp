#include "readiness/SystemRoot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bdm::readiness {

bool SystemRoot::exists(const QString& absolute) const
{
    // QFileInfo::exists follows links; a dangling /dev link is still "there" for us.
    const QFileInfo info(path(absolute));
    return info.exists() || info.isSymLink();
}

std::optional<QByteArray> SystemRoot::read(const QString& absolute, qint64 maxBytes) const
{
    QFile file(path(absolute));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes;
    while (bytes.size() < maxBytes) {
        const QByteArray chunk = file.read(qMin<qint64>(65536, maxBytes - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    return bytes;
}

QStringList SystemRoot::lines(const QString& absolute) const
{
    const std::optional<QByteArray> bytes = read(absolute);
    if (!bytes)
        return {};
    QStringList out = QString::fromUtf8(*bytes).split(QLatin1Char('\n'));
    for (QString& line : out) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    if (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out;
}

QStringList SystemRoot::entries(const QString& absoluteDir, const QStringList& nameFilters) const
{
    const QDir dir(path(absoluteDir));
    return dir.entryList(nameFilters, QDir::Files | QDir::System | QDir::Dirs | QDir::NoDotAndDotDot,
                         QDir::Name);
}

QString SystemRoot::linkTarget(const QString& absolute) const
{
    // symLinkTarget() makes the target absolute against the link's directory; /proc/PID/cwd
    // is already absolute, and a test root's link points inside the root.
    QString target = QFileInfo(path(absolute)).symLinkTarget();
    if (!m_prefix.isEmpty() && target.startsWith(m_prefix))
        target = target.mid(m_prefix.size());
    return target;
}

} // namespace bdm::readiness
