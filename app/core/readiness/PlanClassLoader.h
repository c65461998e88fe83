#pragma once

#include "readiness/PlanClassSpecFile.h"

#include <QString>
#include <functional>
#include <memory>

class QObject;

namespace bdm::engine {
class HttpTransport;
}

namespace bdm::readiness {

// Reads a plan_class_spec.xml from a file or an http(s) URL without blocking the caller's
// thread: files are read on a pool thread, URLs go through the HttpTransport (redirects followed,
// size capped, timed out). The result, or the reason there is none, comes as one
// PlanClassSpecFile (error set on failure) on the context's thread, and never once the context
// or this loader is gone.
class PlanClassLoader
{
public:
    using Callback = std::function<void(const PlanClassSpecFile& file)>;

    static constexpr qint64 defaultMaxBytes = qint64(4) * 1024 * 1024;
    static constexpr int defaultTimeoutMs = 20000;
    static constexpr int maxRedirects = 5;

    PlanClassLoader(QString fileOrUrl, engine::HttpTransport& transport);
    ~PlanClassLoader(); // cancels a transfer still running; its callback is then not called
    PlanClassLoader(const PlanClassLoader&) = delete;
    PlanClassLoader& operator=(const PlanClassLoader&) = delete;

    void setMaxBytes(qint64 bytes);
    void setTimeoutMs(int ms); // for the whole of each HTTP transfer
    void start(const QObject* context, Callback done);

    static bool isUrl(const QString& fileOrUrl);

    struct State; // shared with the transfer's callbacks, which outlive nothing they hold

private:
    std::shared_ptr<State> d;
};

} // namespace bdm::readiness
