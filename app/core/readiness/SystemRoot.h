#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace bdm::readiness {

// Every absolute system path the local probes read (/etc/passwd, /proc/..., /dev/nvidia0) goes
// through here, so tests can put a whole fake machine under a temporary directory.
class SystemRoot
{
public:
    explicit SystemRoot(QString prefix = {}) : m_prefix(std::move(prefix)) {}

    const QString& prefix() const { return m_prefix; }
    QString path(const QString& absolute) const { return m_prefix + absolute; }
    bool exists(const QString& absolute) const;
    // Whole file up to `maxBytes`; /proc files report size 0, so this reads until EOF.
    std::optional<QByteArray> read(const QString& absolute, qint64 maxBytes = 4 << 20) const;
    // Lines without their end-of-line; empty when unreadable.
    QStringList lines(const QString& absolute) const;
    // Names (not paths) in a directory that match a wildcard filter, sorted; files, links and
    // device nodes alike.
    QStringList entries(const QString& absoluteDir, const QStringList& nameFilters = {}) const;
    // Where a symbolic link points (e.g. /proc/PID/cwd); empty when it cannot be read.
    QString linkTarget(const QString& absolute) const;

private:
    QString m_prefix;
};

} // namespace bdm::readiness
