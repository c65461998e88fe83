#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace bdm::gui {

// A path typed or chosen with "Browse…": a line edit and its button, focus going to the line
// edit so a form label's mnemonic lands where the user types.
class PathField : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        OpenFile,
        Directory
    };

    explicit PathField(Kind kind, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    void setPlaceholderText(const QString& text);
    void setDialogTitle(const QString& title) { m_title = title; }
    void setNameFilter(const QString& filter) { m_filter = filter; }
    QLineEdit* lineEdit() const { return m_edit; }
    QPushButton* browseButton() const { return m_browse; }

signals:
    void pathChanged(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void browse();

    Kind m_kind;
    QLineEdit* m_edit;
    QPushButton* m_browse;
    QString m_title;
    QString m_filter;
};

} // namespace bdm::gui
