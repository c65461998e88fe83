#pragma once

#include <QLabel>

namespace bdm::gui {

// A one-line label that ends in "…" when there is no room, instead of cutting the text off or
// forcing its window wider; text() and the tooltip keep the whole line.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace bdm::gui
