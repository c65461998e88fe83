#pragma once

#include <QObject>
#include <utility>

namespace bdm::readiness {

// The context object of one asynchronous run. Starting the next run, or ending this one, retires
// the context: replies still queued for it fall silent, even those already on their way. The
// context is deleted later, because the call that retires it often runs inside one of its replies.
class RunGuard
{
public:
    explicit RunGuard(QObject* owner) : m_owner(owner) {}
    RunGuard(const RunGuard&) = delete;
    RunGuard& operator=(const RunGuard&) = delete;

    // A fresh context (a child of the owner); the previous one is retired.
    QObject* start()
    {
        stop();
        m_context = new QObject(m_owner);
        return m_context;
    }
    void stop()
    {
        if (m_context)
            m_context->deleteLater();
        m_context = nullptr;
    }
    QObject* context() const { return m_context; }
    bool isCurrent(const QObject* context) const { return context && context == m_context; }
    // `handler`, called only while the context it was bound under is still the current one.
    template <class Handler> auto bind(Handler handler)
    {
        return [this, context = m_context, handler = std::move(handler)](const auto&... args) {
            if (isCurrent(context))
                handler(args...);
        };
    }

private:
    QObject* m_owner;
    QObject* m_context = nullptr;
};

} // namespace bdm::readiness
