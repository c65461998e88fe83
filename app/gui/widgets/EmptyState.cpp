#include "gui/widgets/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bdm::gui {
namespace {

constexpr int iconSize = 64;
// Long lines are hard to read; the explanation wraps at about this width.
constexpr int textWidth = 560;

} // namespace

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)), m_explanation(new QLabel(this)),
      m_action(new QPushButton(this))
{
    m_icon->setAlignment(Qt::AlignHCenter);
    m_icon->setObjectName(QStringLiteral("emptyStateIcon"));

    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    // Selectable, so a command such as "sudo systemctl start boinc-client" can be copied.
    m_explanation->setObjectName(QStringLiteral("emptyStateExplanation"));
    m_explanation->setAlignment(Qt::AlignHCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setMaximumWidth(textWidth);

    m_action->setObjectName(QStringLiteral("emptyStateAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);

    // Centred, as wide as textWidth where there is room: an AlignHCenter'd label would get only
    // its size hint, which for wrapped text is a narrow guess.
    auto* explanationRow = new QHBoxLayout;
    explanationRow->addStretch(1);
    explanationRow->addWidget(m_explanation, 100);
    explanationRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(8);
    layout->addWidget(m_title);
    layout->addLayout(explanationRow);
    layout->addSpacing(8);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyState::setIcon(const QIcon& icon)
{
    m_icon->setPixmap(icon.pixmap(iconSize, iconSize));
    m_icon->setVisible(!icon.isNull());
}

void EmptyState::setTitle(const QString& title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void EmptyState::setExplanation(const QString& text)
{
    m_explanation->setText(text);
    m_explanation->setVisible(!text.isEmpty());
    setAccessibleDescription(text);
}

void EmptyState::setActionText(const QString& text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::explanation() const
{
    return m_explanation->text();
}

QString EmptyState::actionText() const
{
    return m_action->isHidden() ? QString() : m_action->text();
}

} // namespace bdm::gui
