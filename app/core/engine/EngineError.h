#pragma once

#include <QString>

namespace bdm::engine {

// Why a container engine request did not produce the answer asked for. Same shape as
// boinc::RpcError, so the GUI and the CLI word both kinds of failure the same way.
struct EngineError
{
    enum Kind
    {
        None,
        Unreachable,      // no socket, connection refused, the engine went away mid-reply
        PermissionDenied, // the socket (or its directory) exists but this user may not open it
        Timeout,          // no answer within the request's timeout
        Http,             // the engine answered with an HTTP error; httpStatus and its `message`
        Protocol,         // not an engine, or a reply that is not the JSON it should be
        Cancelled         // cancelled by the caller, or the transport shut down first
    };
    Kind kind = None;
    QString message;
    int httpStatus = 0;

    bool ok() const { return kind == None; }
    // 404 from the engine: the container or image does not exist.
    bool notFound() const { return kind == Http && httpStatus == 404; }
    static EngineError make(Kind kind, const QString& message, int httpStatus = 0)
    {
        return EngineError{kind, message, httpStatus};
    }
};

template <class T> struct EngineResult
{
    EngineError error;
    T value{};
    bool ok() const { return error.ok(); }
};

} // namespace bdm::engine
