#pragma once

#include <QListWidget>

namespace bdm::gui {

// The job's input files: local paths, dropped from a file manager or added with a dialog.
// Each path appears once; Delete removes the selected ones.
class InputFileList : public QListWidget
{
    Q_OBJECT

public:
    explicit InputFileList(QWidget* parent = nullptr);

    QStringList paths() const;
    void setPaths(const QStringList& paths);
    // Adds the local files among `paths` not listed yet; returns how many were added.
    int addPaths(const QStringList& paths);
    void removeSelected();

signals:
    void pathsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    static QStringList localFiles(const QMimeData* mime);
};

} // namespace bdm::gui
