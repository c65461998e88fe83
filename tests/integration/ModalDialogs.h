#pragma once

#include <QApplication>
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

} // namespace bdm::test
