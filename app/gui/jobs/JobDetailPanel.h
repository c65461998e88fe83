#pragma once

#include "submit/JournalEntry.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace bdm::gui {

// One journal entry in full: where it stands and why, each workunit's state on the server as
// last queried, and the spec it was submitted with.
class JobDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JobDetailPanel(QWidget* parent = nullptr);

    void setEntry(const submit::JournalEntry& entry, const QList<submit::JobStatus>& statuses);
    void clear();
    QTreeWidget* statusTree() const { return m_statuses; }
    QString specText() const;

    static QString stateText(submit::JobStatus::State state);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_summary;
    QTabWidget* m_tabs;
    QTreeWidget* m_statuses;
    QPlainTextEdit* m_spec;
};

} // namespace bdm::gui
