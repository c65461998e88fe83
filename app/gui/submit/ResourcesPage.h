#pragma once

#include "gui/submit/SubmitWizardPage.h"

#include <functional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bdm::gui {

class PlanClassField;

// The job's name, plan class, resources, replication and, optionally, a parameter table
// that makes a batch (one job per row, each row's values replacing {name} in the command).
class ResourcesPage : public SubmitWizardPage
{
    Q_OBJECT

public:
    // BUDA's conversion of run time to floating-point operations (a 4.3 GFLOPS host): the
    // estimate the user gives in time is stored as rsc_fpops_est the way the server expects.
    static constexpr double fpopsPerSecond = 4.3e9;

    explicit ResourcesPage(QWidget* parent = nullptr);

    void load(const submit::JobSpec& spec) override;
    void store(submit::JobSpec& spec) const override;
    bool isComplete() const override;

    void setRuntimeEstimateSeconds(double seconds);
    double runtimeEstimateSeconds() const;
    QTableWidget* parameterTable() const { return m_table; }
    // Sets the batch columns ("seed size") and turns the batch on.
    void setParameterNames(const QStringList& names);
    // Where "Read from server" reads the plan classes: the Target page's current target.
    void setTargetSource(std::function<submit::SubmitTarget()> source);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateBatch();
    void applyColumns();

    QLineEdit* m_name;
    PlanClassField* m_planClass;
    QDoubleSpinBox* m_runtime;
    QSpinBox* m_memory;
    QSpinBox* m_disk;
    QDoubleSpinBox* m_deadline;
    QSpinBox* m_quorum;
    QSpinBox* m_results;
    QSpinBox* m_priority;
    QCheckBox* m_batch;
    QLineEdit* m_columns;
    QTableWidget* m_table;
    QPushButton* m_addRow;
    QPushButton* m_removeRow;
    QLabel* m_nameLabel;
    QLabel* m_planClassLabel;
    QLabel* m_runtimeLabel;
    QLabel* m_memoryLabel;
    QLabel* m_diskLabel;
    QLabel* m_deadlineLabel;
    QLabel* m_quorumLabel;
    QLabel* m_resultsLabel;
    QLabel* m_priorityLabel;
    QLabel* m_columnsLabel;
};

} // namespace bdm::gui
