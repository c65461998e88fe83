#include "gui/fleet/FleetPage.h"

#include "boinc/RpcEndpoint.h"
#include "common/SecretStore.h"
#include "gui/fleet/FleetHostModel.h"
#include "gui/fleet/FleetTaskPanel.h"
#include "gui/fleet/HostEditorDialog.h"
#include "gui/fleet/PlanClassesDialog.h"
#include "gui/widgets/EmptyState.h"
#include "monitor/Fleet.h"
#include "monitor/HostBook.h"
#include "monitor/HostPasswords.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bdm::gui {

FleetPage::FleetPage(monitor::Fleet& fleet, monitor::HostBook& book, common::SecretStore& secrets,
                     QWidget* parent)
    : QWidget(parent), m_fleet(&fleet), m_book(&book), m_secrets(&secrets),
      m_passwords(new monitor::HostPasswords(&secrets, this)), m_empty(new EmptyState(this))
{
    buildFleetView();
    retranslate();
    loadBook();
    if (!fleet.isRunning())
        fleet.start();
    updateContent();
}

FleetPage::~FleetPage() = default;

void FleetPage::buildFleetView()
{
    setObjectName(QStringLiteral("fleetPage"));
    m_empty->setIcon(QIcon(QStringLiteral(":/icons/fleet.svg")));
    m_hostModel = new FleetHostModel(*m_fleet, this);
    m_hostProxy = new QSortFilterProxyModel(this);
    m_hostProxy->setSourceModel(m_hostModel);
    m_hostProxy->setSortRole(FleetHostModel::RawValueRole);
    m_hostProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_hostView = new QTableView(this);
    m_hostView->setObjectName(QStringLiteral("fleetHostTableView"));
    m_hostView->setModel(m_hostProxy);
    m_hostView->setSortingEnabled(true);
    m_hostView->sortByColumn(-1, Qt::AscendingOrder); // the order hosts were added in, until clicked
    m_hostView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hostView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hostView->setAlternatingRowColors(true);
    m_hostView->verticalHeader()->hide();
    m_hostView->setWordWrap(false);
    // A few rows: fitting every column to its contents costs nothing and truncates nothing.
    m_hostView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hostView->horizontalHeader()->setStretchLastSection(true);
    m_tasks = new FleetTaskPanel(*m_fleet, this);

    m_add = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_planClasses = new QPushButton(this);
    m_planClasses->setObjectName(QStringLiteral("planClassesPushButton"));
    m_notice = new QLabel(this);
    m_add->setObjectName(QStringLiteral("addHostPushButton"));
    m_edit->setObjectName(QStringLiteral("editHostPushButton"));
    m_remove->setObjectName(QStringLiteral("removeHostPushButton"));
    m_notice->setObjectName(QStringLiteral("fleetNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();

    auto* editAction = new QAction(this);
    editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editAction->setShortcutContext(Qt::WidgetShortcut);
    auto* removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_hostView->addAction(editAction);
    m_hostView->addAction(removeAction);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_planClasses);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_hostView);
    splitter->addWidget(m_tasks);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_content = new QStackedWidget(this);
    m_content->addWidget(m_empty);
    m_content->addWidget(splitter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);
    layout->addWidget(m_content, 1);

    connect(m_add, &QPushButton::clicked, this, &FleetPage::openAddDialog);
    connect(m_planClasses, &QPushButton::clicked, this, &FleetPage::openPlanClasses);
    connect(m_empty, &EmptyState::actionTriggered, this, &FleetPage::openAddDialog);
    const auto edit = [this] {
        if (const QString id = selectedHostId(); !id.isEmpty())
            openEditDialog(id);
    };
    const auto remove = [this] {
        if (const QString id = selectedHostId(); !id.isEmpty())
            removeHost(id);
    };
    connect(m_edit, &QPushButton::clicked, this, edit);
    connect(editAction, &QAction::triggered, this, edit);
    connect(m_hostView, &QTableView::doubleClicked, this, edit);
    connect(m_remove, &QPushButton::clicked, this, remove);
    connect(removeAction, &QAction::triggered, this, remove);
    connect(m_hostView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FleetPage::updateContent);
    connect(m_hostModel, &QAbstractItemModel::rowsInserted, this, &FleetPage::updateContent);
    connect(m_hostModel, &QAbstractItemModel::rowsRemoved, this, &FleetPage::updateContent);
}

void FleetPage::loadBook()
{
    for (const monitor::HostEntry& entry : m_book->entries()) {
        if (m_fleet->session(entry.id))
            continue;
        const auto endpoint = boinc::RpcEndpoint::parse(entry.address);
        if (!endpoint)
            continue;
        // The host joins the fleet once its password is known, so its first round does not
        // fail authentication for want of one; a silent keychain costs at most its timeout.
        m_passwords->resolve(entry, this,
                             [this, entry, endpoint](const monitor::HostPasswords::Outcome& out) {
                                 if (m_fleet->session(entry.id))
                                     return;
                                 m_fleet->addHost(entry.id, entry.name, *endpoint, out.password);
                                 if (!out.warning.isEmpty())
                                     m_hostModel->setNote(entry.id, tr("Password: %1").arg(out.warning));
                             });
    }
}

QString FleetPage::addHost(const monitor::HostEntry& entry, const std::optional<QString>& password)
{
    if (!m_fleet)
        return {};
    const auto endpoint = boinc::RpcEndpoint::parse(entry.address);
    if (!endpoint)
        return {};
    monitor::HostEntry stored = m_book->add(entry);
    QString pw = password.value_or(QString());
    if (pw.isEmpty())
        pw = monitor::HostPasswords::fromFiles(stored).password;
    m_fleet->addHost(stored.id, stored.name, *endpoint, pw);
    if (password && !password->isEmpty())
        storePassword(stored.id, stored.name, *password);
    return stored.id;
}

bool FleetPage::editHost(const monitor::HostEntry& entry, const std::optional<QString>& password)
{
    if (!m_fleet)
        return false;
    const auto endpoint = boinc::RpcEndpoint::parse(entry.address);
    if (!endpoint || !m_book->update(entry))
        return false;
    std::optional<QString> pw = password;
    if (!pw && !entry.passwordFile.isEmpty()) {
        const monitor::HostPasswords::Outcome out = monitor::HostPasswords::fromFiles(entry);
        if (!out.password.isEmpty())
            pw = out.password;
    }
    m_fleet->updateHost(entry.id, entry.name, *endpoint, pw);
    if (password && !password->isEmpty())
        storePassword(entry.id, entry.name, *password);
    return true;
}

bool FleetPage::removeHost(const QString& id, bool confirm)
{
    if (!m_fleet || !m_fleet->session(id))
        return false;
    if (confirm &&
        QMessageBox::question(
            this, tr("Remove computer"),
            tr("Stop watching %1 and forget its address and stored password?").arg(m_fleet->name(id)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    m_fleet->removeHost(id);
    m_book->remove(id);
    m_secrets->deletePassword(id, this, {});
    return true;
}

void FleetPage::storePassword(const QString& id, const QString& name, const QString& password)
{
    m_secrets->writePassword(id, password, this, [this, id, name](const common::SecretResult& r) {
        if (r.ok()) {
            m_hostModel->setNote(id, {});
        } else {
            const QString why =
                tr("The password for %1 could not be saved in the keychain: %2 The computer is kept; "
                   "its password is used until this program quits. To keep it, give a password "
                   "file instead.")
                    .arg(name, r.message.endsWith(QLatin1Char('.')) ? r.message : r.message + u'.');
            m_hostModel->setNote(id, tr("Password not saved: %1").arg(r.message));
            setNotice(why);
        }
        emit passwordStored(id, r);
    });
}

void FleetPage::openAddDialog()
{
    HostEditorDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        addHost(dialog.entry(), dialog.password());
}

void FleetPage::openEditDialog(const QString& id)
{
    for (const monitor::HostEntry& e : m_book->entries()) {
        if (e.id != id)
            continue;
        HostEditorDialog dialog(this);
        dialog.setEntry(e);
        if (dialog.exec() == QDialog::Accepted)
            editHost(dialog.entry(), dialog.password());
        return;
    }
}

QString FleetPage::selectedHostId() const
{
    const QModelIndexList rows = m_hostView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(FleetHostModel::HostIdRole).toString();
}

void FleetPage::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString FleetPage::noticeText() const
{
    return m_notice ? m_notice->text() : QString();
}

void FleetPage::updateContent()
{
    const bool any = m_hostModel->rowCount() > 0;
    m_content->setCurrentIndex(any ? 1 : 0);
    const bool selected = !selectedHostId().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void FleetPage::retranslate()
{
    m_empty->setTitle(tr("No computers added yet"));
    m_empty->setExplanation(
        tr("Add the BOINC clients of your computers by address (host or host:port) and GUI RPC "
           "password. Each one is watched on its own, so a computer that is off never slows "
           "the others down."));
    m_empty->setActionText(tr("Add computer…"));
    m_add->setText(tr("&Add computer…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_planClasses->setText(tr("&Plan classes…"));
    m_planClasses->setToolTip(tr("Which of these hosts would get work for each of a project's plan classes"));
    m_hostModel->retranslate();
    m_tasks->retranslate();
}

void FleetPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FleetPage::openPlanClasses()
{
    if (!m_planClassesDialog)
        m_planClassesDialog = new PlanClassesDialog(*m_fleet, this);
    m_planClassesDialog->show();
    m_planClassesDialog->raise();
    m_planClassesDialog->activateWindow();
}

} // namespace bdm::gui
