#include "gui/fleet/FleetTaskPanel.h"

#include "gui/fleet/FleetTaskFilter.h"
#include "gui/fleet/FleetTaskModel.h"
#include "monitor/Fleet.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bdm::gui {

FleetTaskPanel::FleetTaskPanel(monitor::Fleet& fleet, QWidget* parent)
    : QWidget(parent), m_fleet(fleet), m_model(new FleetTaskModel(this)), m_filter(new FleetTaskFilter(this)),
      m_view(new QTableView(this)), m_search(new QLineEdit(this)), m_containersOnly(new QCheckBox(this)),
      m_unfinishedOnly(new QCheckBox(this)), m_suspend(new QPushButton(this)),
      m_resume(new QPushButton(this)), m_abort(new QPushButton(this)), m_status(new QLabel(this))
{
    m_model->attach(fleet);
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("fleetTaskTableView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FleetTaskModel::Host, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Sized to the first tasks once; after that the user's widths stay.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_columnsSized)
            return;
        m_columnsSized = true;
        m_view->resizeColumnsToContents();
    });
    m_search->setObjectName(QStringLiteral("taskFilterLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_containersOnly->setObjectName(QStringLiteral("containersOnlyCheckBox"));
    m_unfinishedOnly->setObjectName(QStringLiteral("unfinishedOnlyCheckBox"));
    m_suspend->setObjectName(QStringLiteral("suspendPushButton"));
    m_resume->setObjectName(QStringLiteral("resumePushButton"));
    m_abort->setObjectName(QStringLiteral("abortPushButton"));
    m_status->setObjectName(QStringLiteral("taskActionLabel"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_containersOnly);
    filters->addWidget(m_unfinishedOnly);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_suspend);
    actions->addWidget(m_resume);
    actions->addWidget(m_abort);
    actions->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, m_filter, &FleetTaskFilter::setText);
    connect(m_containersOnly, &QCheckBox::toggled, m_filter, &FleetTaskFilter::setContainersOnly);
    connect(m_unfinishedOnly, &QCheckBox::toggled, m_filter, &FleetTaskFilter::setUnfinishedOnly);
    connect(m_suspend, &QPushButton::clicked, this, [this] { act(boinc::GuiRpcClient::ResultOp::Suspend); });
    connect(m_resume, &QPushButton::clicked, this, [this] { act(boinc::GuiRpcClient::ResultOp::Resume); });
    connect(m_abort, &QPushButton::clicked, this, [this] { act(boinc::GuiRpcClient::ResultOp::Abort); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FleetTaskPanel::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FleetTaskPanel::updateButtons);
    retranslate();
    updateButtons();
}

void FleetTaskPanel::retranslate()
{
    m_model->retranslate();
    m_search->setPlaceholderText(tr("Filter tasks by computer, project, name or status"));
    m_containersOnly->setText(tr("Container tasks only"));
    m_unfinishedOnly->setText(tr("Hide finished"));
    m_suspend->setText(tr("Suspend"));
    m_resume->setText(tr("Resume"));
    m_abort->setText(tr("Abort…"));
}

void FleetTaskPanel::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_suspend->setEnabled(any);
    m_resume->setEnabled(any);
    m_abort->setEnabled(any);
}

void FleetTaskPanel::act(boinc::GuiRpcClient::ResultOp op)
{
    struct Target
    {
        QString hostId;
        QString projectUrl;
        QString name;
    };
    QList<Target> targets;
    for (const QModelIndex& proxyIndex : m_view->selectionModel()->selectedRows()) {
        const int row = m_filter->mapToSource(proxyIndex).row();
        targets.append({m_model->hostId(row), m_model->result(row).projectUrl, m_model->result(row).name});
    }
    if (targets.isEmpty())
        return;
    if (op == boinc::GuiRpcClient::ResultOp::Abort &&
        QMessageBox::question(
            this, tr("Abort tasks"),
            tr("Abort %n task(s)? The work done on them is lost.", nullptr, int(targets.size())),
            QMessageBox::Abort | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Abort)
        return;
    m_status->clear();
    for (const Target& t : std::as_const(targets)) {
        monitor::HostSession* session = m_fleet.session(t.hostId);
        if (!session)
            continue;
        const QString host = m_fleet.name(t.hostId);
        session->resultOp(op, t.projectUrl, t.name, this,
                          [this, host, name = t.name](const boinc::RpcError& e) {
                              if (!e.ok())
                                  m_status->setText(tr("%1 on %2: %3").arg(name, host, e.message));
                          });
    }
}

} // namespace bdm::gui
