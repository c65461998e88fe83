#pragma once

#include "readiness/PlanClassSpecFile.h"

#include <QDialog>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace bdm::engine {
class CurlWorker;
}
namespace bdm::monitor {
class Fleet;
}
namespace bdm::readiness {
class PlanClassLoader;
}

namespace bdm::gui {

// A project's plan classes (plan_class_spec.xml from a file or URL) with their container and GPU
// needs, and for each how many of the fleet's hosts the scheduler would send its jobs to, by the
// Readiness check's rules. The counts follow the fleet as hosts answer.
class PlanClassesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlanClassesDialog(monitor::Fleet& fleet, QWidget* parent = nullptr);
    ~PlanClassesDialog() override;

    void load(const QString& fileOrUrl);
    QTableWidget* table() const { return m_table; }
    QString statusText() const;

signals:
    void loaded(); // after each load, read or not (tests)

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshCounts();

    monitor::Fleet* m_fleet;
    QLineEdit* m_source;
    QPushButton* m_browse;
    QPushButton* m_load;
    QLabel* m_status;
    QTableWidget* m_table;
    std::unique_ptr<engine::CurlWorker> m_transport;
    std::unique_ptr<readiness::PlanClassLoader> m_loader;
    std::optional<readiness::PlanClassSpecFile> m_file;
};

} // namespace bdm::gui
