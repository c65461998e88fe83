#include "gui/tasks/TaskHistoryDialog.h"

#include "gui/tasks/TaskHistoryModel.h"
#include "monitor/TaskHistoryStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bdm::gui {

TaskHistoryDialog::TaskHistoryDialog(monitor::TaskHistoryStore& store, QWidget* parent)
    : QDialog(parent), m_store(store), m_model(new TaskHistoryModel(this)), m_view(new QTableView(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("taskHistoryDialog"));
    setWindowTitle(tr("Container task history"));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(TaskHistoryModel::RawValueRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskHistoryModel::Finished, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    connect(exportButton, &QPushButton::clicked, this, &TaskHistoryDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 500);
    reload();
}

void TaskHistoryDialog::reload()
{
    if (!m_store.isOpen()) {
        m_model->setRecords({});
        m_status->setText(tr("The task history is not available: %1").arg(m_store.errorString()));
        return;
    }
    m_model->setRecords(m_store.newest(shownRows));
    m_status->setText(
        tr("%n finished container task(s) in %1", nullptr, m_store.count()).arg(m_store.path()));
    m_view->resizeColumnsToContents();
}

bool TaskHistoryDialog::exportTo(const QString& filePath)
{
    if (!m_store.exportCsv(filePath)) {
        m_status->setText(tr("Could not write %1: %2").arg(filePath, m_store.errorString()));
        return false;
    }
    m_status->setText(tr("Written to %1").arg(QDir::toNativeSeparators(filePath)));
    return true;
}

void TaskHistoryDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export task history"), QDir::home().filePath(QStringLiteral("container-tasks.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace bdm::gui
