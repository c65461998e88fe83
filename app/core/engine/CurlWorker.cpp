#include "engine/CurlWorker.h"

#include "engine/CurlTransfer.h"
#include "engine/DeliveryRelay.h"

#include <atomic>
#include <curl/curl.h>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace bdm::engine {
namespace {

// Longest sleep in curl_multi_poll when nothing happens; a wakeup ends it at once.
constexpr int idlePollMs = 1000;

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

struct CurlWorker::Impl
{
    void run();
    void takeQueued(std::deque<std::unique_ptr<CurlTransfer>>& added, std::vector<RequestId>& cancelled,
                    bool& stop);
    void start(std::unique_ptr<CurlTransfer> transfer);
    void finishCompleted();
    void shutdown();

    CURLM* multi = nullptr;
    std::thread thread;
    mutable std::mutex mutex;
    // Guarded by mutex: what the caller's threads hand over.
    std::deque<std::unique_ptr<CurlTransfer>> incoming;
    std::vector<RequestId> cancels;
    bool stopping = false;
    std::atomic<int> pending{0};
    std::atomic<RequestId> nextId{1};
    // Worker thread only.
    std::unordered_map<RequestId, std::unique_ptr<CurlTransfer>> running;
};

CurlWorker::CurlWorker() : d(std::make_unique<Impl>())
{
    initCurlOnce();
    d->multi = curl_multi_init();
    d->thread = std::thread([impl = d.get()] { impl->run(); });
}

CurlWorker::~CurlWorker()
{
    {
        const std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    curl_multi_wakeup(d->multi);
    d->thread.join();
    curl_multi_cleanup(d->multi);
}

RequestId CurlWorker::send(HttpRequest request, const QObject* context, HttpCallbacks callbacks)
{
    const RequestId id = d->nextId++;
    // Created here, so it lives on the caller's thread and delivers there.
    auto* relay = new DeliveryRelay(context, std::move(callbacks));
    auto transfer = std::make_unique<CurlTransfer>(id, std::move(request), relay);
    {
        const std::lock_guard lock(d->mutex);
        if (!d->stopping) {
            d->incoming.push_back(std::move(transfer));
            ++d->pending;
        }
    }
    // After a shutdown the transfer is destroyed here, which reports it as cancelled.
    transfer.reset();
    curl_multi_wakeup(d->multi);
    return id;
}

void CurlWorker::cancel(RequestId id)
{
    std::unique_ptr<CurlTransfer> notStarted;
    {
        const std::lock_guard lock(d->mutex);
        for (auto it = d->incoming.begin(); it != d->incoming.end(); ++it) {
            if ((*it)->id() == id) {
                notStarted = std::move(*it);
                d->incoming.erase(it);
                --d->pending;
                break;
            }
        }
        if (!notStarted)
            d->cancels.push_back(id);
    }
    if (notStarted)
        notStarted->cancelled();
    else
        curl_multi_wakeup(d->multi);
}

int CurlWorker::pendingCount() const
{
    return d->pending.load();
}

void CurlWorker::Impl::takeQueued(std::deque<std::unique_ptr<CurlTransfer>>& added,
                                  std::vector<RequestId>& cancelled, bool& stop)
{
    const std::lock_guard lock(mutex);
    added.swap(incoming);
    cancelled.swap(cancels);
    stop = stopping;
}

void CurlWorker::Impl::start(std::unique_ptr<CurlTransfer> transfer)
{
    if (!transfer->prepare()) {
        --pending;
        return;
    }
    curl_multi_add_handle(multi, transfer->handle());
    const RequestId id = transfer->id();
    running.emplace(id, std::move(transfer));
}

void CurlWorker::Impl::finishCompleted()
{
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        CurlTransfer* transfer = nullptr;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &transfer);
        const CURLcode result = msg->data.result; // msg is invalid after remove_handle
        curl_multi_remove_handle(multi, msg->easy_handle);
        if (!transfer)
            continue;
        transfer->complete(result);
        running.erase(transfer->id());
        --pending;
    }
}

void CurlWorker::Impl::run()
{
    std::deque<std::unique_ptr<CurlTransfer>> added;
    std::vector<RequestId> cancelled;
    bool stop = false;
    for (;;) {
        takeQueued(added, cancelled, stop);
        if (stop)
            break;
        for (auto& transfer : added)
            start(std::move(transfer));
        added.clear();
        for (const RequestId id : cancelled) {
            const auto it = running.find(id);
            if (it == running.end())
                continue; // finished meanwhile
            curl_multi_remove_handle(multi, it->second->handle());
            it->second->cancelled();
            running.erase(it);
            --pending;
        }
        cancelled.clear();
        int stillRunning = 0;
        curl_multi_perform(multi, &stillRunning);
        for (auto& [id, transfer] : running)
            transfer->flush();
        finishCompleted();
        curl_multi_poll(multi, nullptr, 0, idlePollMs, nullptr);
    }
    shutdown();
}

void CurlWorker::Impl::shutdown()
{
    for (auto& [id, transfer] : running)
        curl_multi_remove_handle(multi, transfer->handle());
    running.clear(); // each reports Cancelled as it is destroyed
    std::deque<std::unique_ptr<CurlTransfer>> left;
    {
        const std::lock_guard lock(mutex);
        left.swap(incoming);
    }
    left.clear();
    pending = 0;
}

} // namespace bdm::engine
