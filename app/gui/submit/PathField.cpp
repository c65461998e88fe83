#include "gui/submit/PathField.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace bdm::gui {

PathField::PathField(Kind kind, QWidget* parent)
    : QWidget(parent), m_kind(kind), m_edit(new QLineEdit(this)), m_browse(new QPushButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    m_browse->setText(tr("Browse…"));
    connect(m_edit, &QLineEdit::textChanged, this, &PathField::pathChanged);
    connect(m_browse, &QPushButton::clicked, this, &PathField::browse);
}

QString PathField::path() const
{
    return m_edit->text().trimmed();
}

void PathField::setPath(const QString& path)
{
    m_edit->setText(path);
}

void PathField::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void PathField::browse()
{
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absoluteFilePath();
    const QString chosen = m_kind == Kind::Directory
                               ? QFileDialog::getExistingDirectory(this, m_title, start)
                               : QFileDialog::getOpenFileName(this, m_title, start, m_filter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

void PathField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_browse->setText(tr("Browse…"));
    QWidget::changeEvent(event);
}

} // namespace bdm::gui
