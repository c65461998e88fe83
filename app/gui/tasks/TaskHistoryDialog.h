#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace bdm::monitor {
class TaskHistoryStore;
}

namespace bdm::gui {

class TaskHistoryModel;

// The container tasks that have finished on this host (exit code, OOM, peak memory...), kept
// after BOINC removed their containers, with CSV export.
class TaskHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // Enough for a screen of recent work; the CSV export writes every row.
    static constexpr int shownRows = 1000;

    TaskHistoryDialog(monitor::TaskHistoryStore& store, QWidget* parent = nullptr);

    TaskHistoryModel* model() const { return m_model; }
    void reload();
    // Writes every stored row; false with the reason on screen when it fails.
    bool exportTo(const QString& filePath);

private:
    void chooseExportFile();

    monitor::TaskHistoryStore& m_store;
    TaskHistoryModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
};

} // namespace bdm::gui
