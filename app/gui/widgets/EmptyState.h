#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QPushButton;

namespace bdm::gui {

// What a page shows instead of a blank table: why there is nothing to see and what to do about
// it, with at most one button that does that thing.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget* parent = nullptr);

    void setIcon(const QIcon& icon);
    void setTitle(const QString& title);
    void setExplanation(const QString& text);
    // An empty text hides the button: pages must not offer actions that do nothing yet.
    void setActionText(const QString& text);

    QString title() const;
    QString explanation() const;
    QString actionText() const;

signals:
    void actionTriggered();

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_explanation;
    QPushButton* m_action;
};

} // namespace bdm::gui
