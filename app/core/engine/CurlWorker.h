#pragma once

#include "engine/HttpTransport.h"

#include <memory>

namespace bdm::engine {

// The one libcurl thread of the application: a curl_multi handle that runs every engine
// request at once (Unix sockets, TCP, TLS), woken with curl_multi_wakeup when requests are
// queued or cancelled. Results hop back to the caller's thread as queued invocations; the
// caller's thread never waits on the network. Connections to one socket are reused.
class CurlWorker final : public HttpTransport
{
public:
    CurlWorker();
    ~CurlWorker() override; // cancels what is left and joins the thread
    CurlWorker(const CurlWorker&) = delete;
    CurlWorker& operator=(const CurlWorker&) = delete;

    RequestId send(HttpRequest request, const QObject* context, HttpCallbacks callbacks) override;
    void cancel(RequestId id) override;

    // Transfers queued or running now (for tests and diagnostics).
    int pendingCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace bdm::engine
