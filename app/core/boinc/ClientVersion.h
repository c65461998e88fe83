#pragma once

#include <QString>

namespace bdm::boinc {

// The client's version from exchange_versions (or get_state's core_client_* fields).
struct ClientVersion
{
    int major = 0;
    int minor = 0;
    int release = 0;

    bool isKnown() const { return major > 0; }
    // major*10000 + minor*100 + release, as the scheduler compares core_client_version (80206).
    int packed() const { return major * 10000 + minor * 100 + release; }
    bool atLeast(int ma, int mi, int re) const { return packed() >= ma * 10000 + mi * 100 + re; }
    QString toString() const { return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(release); }
    friend bool operator==(const ClientVersion&, const ClientVersion&) = default;
};

} // namespace bdm::boinc
