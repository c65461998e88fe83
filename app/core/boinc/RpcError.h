#pragma once

#include <QString>

namespace bdm::boinc {

// Why a GUI RPC request did not produce the answer asked for.
struct RpcError
{
    enum Kind
    {
        None,
        Unreachable,          // no connection, or the client closed it
        Timeout,              // no reply within the timeout
        AuthenticationFailed, // wrong GUI RPC password
        Unauthorized,         // the op needs the password and the connection has none
        Protocol,             // the reply was not a GUI RPC reply, cut off, or oversized
        Server,               // the client answered <error>TEXT</error>
        Cancelled             // the connection was reset or destroyed before the reply
    };
    Kind kind = None;
    QString message;

    bool ok() const { return kind == None; }
    static RpcError make(Kind kind, const QString& message) { return RpcError{kind, message}; }
};

template <class T> struct RpcResult
{
    RpcError error;
    T value{};
    bool ok() const { return error.ok(); }
};

} // namespace bdm::boinc
