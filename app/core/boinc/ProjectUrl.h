#pragma once

#include <QString>

namespace bdm::boinc {

// How the client names a project on disk and how the server compares project URLs.
namespace ProjectUrl {

// lib/url.cpp escape_project_url: drop the scheme, replace every character outside
// [A-Za-z0-9._-] with '_', and drop one trailing '_'. Case is kept (the directory name).
QString escaped(const QString& masterUrl);

// The key two URLs of the same project share: no scheme, no leading "www.", lower case,
// exactly one trailing '/'. The client's own lookup ignores exactly these differences.
QString canonical(const QString& masterUrl);

// docker_wrapper's container name for a task: boinc__<escaped url>__<result>, all lower case.
QString containerName(const QString& masterUrl, const QString& resultName);
// docker_wrapper's image name for a workunit: boinc__<escaped url>__<wu>, all lower case.
QString imageName(const QString& masterUrl, const QString& wuName);

// BOINC treats (and cleans up) anything whose name starts with this as its own.
inline constexpr QLatin1StringView boincPrefix{"boinc__"};

} // namespace ProjectUrl
} // namespace bdm::boinc
