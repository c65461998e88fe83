#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

class QWidget;

namespace bdm::gui {

// Reading again while a widget is in view: an interval after each answer, and at once when it
// comes back into view; nothing while it is hidden (another page, another tab).
class RefreshWhileVisible : public QObject
{
    Q_OBJECT

public:
    // ready: whether a reading is worth starting when the widget comes into view (something to
    // read, none under way).
    RefreshWhileVisible(QWidget* watched, int intervalMs, std::function<bool()> ready);

    // An answer came (or a failure): the next reading is due an interval from now, if in view.
    void answered();
    // A reading starts now: none is due.
    void reading() { m_timer.stop(); }
    bool isArmed() const { return m_timer.isActive(); }

signals:
    void due();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_watched;
    std::function<bool()> m_ready;
    QTimer m_timer;
};

} // namespace bdm::gui
