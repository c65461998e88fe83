#pragma once

#include "monitor/HostEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace bdm::monitor {

// The CLI's --hosts-file: a JSON array of {"name", "address": "host[:port]", "password_file"}.
// Each entry's id is its name (names must be unique). Errors name the entry and the field, so a
// file with fifty hosts can be fixed without guessing.
class HostsFile
{
    Q_DECLARE_TR_FUNCTIONS(HostsFile)

public:
    static std::optional<QList<HostEntry>> parse(const QByteArray& json, QString* error);
    // Reads and parses; the error starts with the file's path.
    static std::optional<QList<HostEntry>> load(const QString& path, QString* error);
};

} // namespace bdm::monitor
