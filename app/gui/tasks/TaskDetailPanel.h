#pragma once

#include "boinc/CcStatus.h"
#include "monitor/JoinRow.h"
#include "monitor/StatsPoint.h"

#include <QElapsedTimer>
#include <QTabWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;

namespace bdm::engine {
class ContainerEngine;
}

namespace bdm::gui {

class ContainerLogView;
class StatsChart;

// What there is to know about the selected row: live CPU and memory, the container's log, the
// task's properties as BOINC Manager's properties dialog lists them, and the slot's stderr.txt
// and fraction_done where the slot directory can be read (a local client).
class TaskDetailPanel : public QTabWidget
{
    Q_OBJECT

public:
    // The slot files are small while a task runs; reading more than this would only slow the GUI.
    static constexpr qint64 slotFileTailBytes = 64 * 1024;
    static constexpr int slotRereadMs = 5000;

    explicit TaskDetailPanel(QWidget* parent = nullptr);

    void setEngine(engine::ContainerEngine* engine);
    // The selected row (none: the panel says so); called again on every poll with fresh values.
    void showRow(const std::optional<monitor::JoinRow>& row, const boinc::CcStatus& status);
    void setStats(const QList<monitor::StatsPoint>& points);
    // Stops following the log (the page is hidden).
    void pause();

    ContainerLogView* logView() const { return m_logs; }
    StatsChart* chart() const { return m_chart; }
    QString propertiesText() const;
    QString slotText() const;

    // BOINC Manager's task properties, as an HTML table.
    static QString propertiesHtml(const boinc::Result& task, const boinc::CcStatus& status);

protected:
    void changeEvent(QEvent* event) override;

private:
    void readSlot(const QString& slotPath);
    void retranslate();

    StatsChart* m_chart;
    ContainerLogView* m_logs;
    QLabel* m_properties;
    QLabel* m_fractionDone;
    QPlainTextEdit* m_stderr;
    std::optional<monitor::JoinRow> m_row;
    QString m_slotPath;
    QElapsedTimer m_sinceSlotRead;
};

} // namespace bdm::gui
