#pragma once

#include "engine/EngineEndpoint.h"
#include "engine/EngineVersion.h"

#include <QList>
#include <QString>

namespace bdm::engine {

// One place an engine may be, and what happened when it was tried.
struct EndpointCandidate
{
    enum class Outcome
    {
        NotTried,         // a fallback left alone because something better answered
        Ok,               // answered /_ping (or the CLI answered `version`)
        Missing,          // no such socket, no such program
        Refused,          // the socket exists but nothing listens
        PermissionDenied, // exists, but this user may not open it (or its directory)
        NotAnEngine,      // something answered, but not an Engine API
        Timeout,
        Unsupported, // cannot be used from here (a named pipe off Windows)
        Failed       // any other error; see detail
    };

    EngineEndpoint endpoint;
    QString source;                                // where the address came from, in words
    EngineType expectedType = EngineType::Unknown; // what usually listens there
    bool boincsOwn = false;                        // the place BOINC's client itself uses (its user's Podman)
    Outcome outcome = Outcome::NotTried;
    QString detail; // the error, or what answered
    QString advice; // what to do about it, when there is something to do
    // Filled for Ok:
    EngineType type = EngineType::Unknown;
    QString apiVersion;
    QString serverVersion;
    int boincContainers = -1; // boinc__* containers there; -1 when not known

    static QString outcomeName(Outcome outcome); // ok, missing, refused, permission denied, ...
};

struct DiscoveryReport
{
    QList<EndpointCandidate> candidates; // in the order they rank
    int chosen = -1;

    bool found() const { return chosen >= 0; }
    const EndpointCandidate* chosenCandidate() const { return found() ? &candidates.at(chosen) : nullptr; }
    // The most useful advice when nothing was found: that of the best-ranked candidate that
    // exists but could not be used (permission first).
    QString advice() const;
};

} // namespace bdm::engine
