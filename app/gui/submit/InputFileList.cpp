#include "gui/submit/InputFileList.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMimeData>
#include <QUrl>

namespace bdm::gui {

InputFileList::InputFileList(QWidget* parent) : QListWidget(parent)
{
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(false);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
}

QStringList InputFileList::paths() const
{
    QStringList result;
    for (int i = 0; i < count(); ++i)
        result << item(i)->data(Qt::UserRole).toString();
    return result;
}

void InputFileList::setPaths(const QStringList& paths)
{
    clear();
    for (const QString& path : paths) {
        // As given: a loaded spec may name a file that is missing here, and the review step
        // says so rather than this list dropping it silently.
        auto* entry = new QListWidgetItem(QFileInfo(path).fileName(), this);
        entry->setData(Qt::UserRole, path);
        entry->setToolTip(path);
    }
    emit pathsChanged();
}

int InputFileList::addPaths(const QStringList& paths)
{
    QStringList known = this->paths();
    int added = 0;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isFile())
            continue;
        const QString absolute = info.absoluteFilePath();
        if (known.contains(absolute))
            continue;
        known << absolute;
        auto* entry = new QListWidgetItem(info.fileName(), this);
        entry->setData(Qt::UserRole, absolute);
        entry->setToolTip(absolute);
        ++added;
    }
    if (added > 0)
        emit pathsChanged();
    return added;
}

void InputFileList::removeSelected()
{
    const QList<QListWidgetItem*> selected = selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    emit pathsChanged();
}

QStringList InputFileList::localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}

void InputFileList::dragEnterEvent(QDragEnterEvent* event)
{
    if (localFiles(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void InputFileList::dragMoveEvent(QDragMoveEvent* event)
{
    if (localFiles(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void InputFileList::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty()) {
        event->ignore();
        return;
    }
    addPaths(files);
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void InputFileList::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        removeSelected();
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace bdm::gui
