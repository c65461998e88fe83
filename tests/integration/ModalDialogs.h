#pragma once

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <functional>

namespace bdm::test {

// Runs `act` on the next modal dialog of type Dialog as soon as it is open (exec() blocks the
// code that opened it, so the test's next line would never run).
template <class Dialog> void whenModalOpens(std::function<void(Dialog*)> act)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto* d = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(d);
        }
    });
    timer->start();
}

// The visible top-level dialog of type Dialog, waiting up to timeoutMs for one to open (dialogs
// opened with open() do not block, so the test looks for them); null when none did.
template <class Dialog> Dialog* openDialog(int timeoutMs = 15000)
{
    Dialog* found = nullptr;
    (void)QTest::qWaitFor(
        [&found] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* d = qobject_cast<Dialog*>(w); d && d->isVisible())
                    found = d;
            }
            return found != nullptr;
        },
        timeoutMs);
    return found;
}

} // namespace bdm::test
