#include "gui/widgets/RefreshWhileVisible.h"

#include <QEvent>
#include <QWidget>

namespace bdm::gui {

RefreshWhileVisible::RefreshWhileVisible(QWidget* watched, int intervalMs, std::function<bool()> ready)
    : QObject(watched), m_watched(watched), m_ready(std::move(ready))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RefreshWhileVisible::due);
    watched->installEventFilter(this);
}

void RefreshWhileVisible::answered()
{
    if (m_watched->isVisible())
        m_timer.start();
}

bool RefreshWhileVisible::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watched) {
        if (event->type() == QEvent::Hide)
            m_timer.stop();
        else if (event->type() == QEvent::Show && m_ready())
            emit due();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bdm::gui
