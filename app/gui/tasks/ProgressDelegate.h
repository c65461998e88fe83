#pragma once

#include <QStyledItemDelegate>

namespace bdm::gui {

// Draws a fraction (0..1, from the model's raw value role) as a progress bar with its text.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressDelegate(int rawValueRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_rawValueRole;
};

} // namespace bdm::gui
