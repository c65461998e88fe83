#include "monitor/HostPasswords.h"

#include "boinc/PasswordLocator.h"
#include "common/SecretStore.h"

#include <QPointer>
#include <QTimer>
#include <memory>

namespace bdm::monitor {

HostPasswords::HostPasswords(common::SecretStore* store, QObject* parent) : QObject(parent), m_store(store) {}

HostPasswords::Outcome HostPasswords::fromFiles(const HostEntry& entry)
{
    Outcome out;
    const auto endpoint = boinc::RpcEndpoint::parse(entry.address);
    if (!endpoint)
        return out;
    const boinc::PasswordLookup lookup = boinc::PasswordLocator().lookupFor(*endpoint, entry.passwordFile);
    if (lookup.found) {
        out.password = lookup.password;
        out.source = lookup.path;
    } else if (!entry.passwordFile.isEmpty()) {
        out.warning = lookup.error;
    }
    return out;
}

void HostPasswords::resolve(const HostEntry& entry, const QObject* context, Handler handler)
{
    if (!m_store) {
        handler(fromFiles(entry));
        return;
    }
    // Exactly one answer: from the keychain or, if it hangs, from the timer. The keychain's
    // callback owns the state; the timer only looks at it while it lives.
    struct Pending
    {
        bool answered = false;
        QTimer timer;
        QPointer<const QObject> guard;
        bool hasContext = false;
        Handler handler;

        void answer(const Outcome& outcome)
        {
            if (answered)
                return;
            answered = true;
            timer.stop();
            if (!hasContext || guard)
                handler(outcome);
        }
    };
    auto pending = std::make_shared<Pending>();
    pending->guard = context;
    pending->hasContext = context != nullptr;
    pending->handler = std::move(handler);
    pending->timer.setSingleShot(true);
    connect(&pending->timer, &QTimer::timeout, this, [weak = std::weak_ptr<Pending>(pending), entry] {
        if (const auto p = weak.lock()) {
            Outcome out = fromFiles(entry);
            out.warning = tr("the keychain did not answer within %1 s").arg(keychainTimeoutMs / 1000);
            p->answer(out);
        }
    });
    pending->timer.start(keychainTimeoutMs);
    m_store->readPassword(entry.id, this, [pending, entry](const common::SecretResult& r) {
        if (r.ok()) {
            pending->answer(Outcome{r.secret, QStringLiteral("keychain"), {}});
            return;
        }
        Outcome out = fromFiles(entry);
        if (r.status != common::SecretResult::NotFound && out.source.isEmpty())
            out.warning = r.message;
        pending->answer(out);
    });
}

} // namespace bdm::monitor
