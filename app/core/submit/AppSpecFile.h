#pragma once

#include "submit/AppSpec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace bdm::submit {

// Reads and checks an app spec (app_spec_version 1) strictly: unknown keys, wrong types and
// values boinc2docker would mangle (names outside [A-Za-z0-9_-], commas in its split lists,
// numbers out of range) are errors with their JSON path, so nothing odd reaches the server.
class AppSpecFile
{
public:
    static constexpr int maxNameLength = 63;

    static std::optional<AppSpec> read(const QString& path, QStringList* errors,
                                       QStringList* warnings = nullptr);
    // `baseDir` resolves relative identity_file / known_hosts_file.
    static std::optional<AppSpec> parse(const QByteArray& json, const QString& baseDir, QStringList* errors,
                                        QStringList* warnings = nullptr);
    // A name the server keeps as given: app and plan-class names, directory names on disk.
    static bool isSafeName(const QString& name);
};

} // namespace bdm::submit
