#include "gui/MainWindow.h"

#include "boinc/GuiRpcClient.h"
#include "gui/ConnectionText.h"
#include "gui/fleet/FleetPage.h"
#include "gui/jobs/JobsPage.h"
#include "gui/readiness/ReadinessPage.h"
#include "gui/server/ServerStatusPage.h"
#include "gui/submit/ProjectSignIn.h"
#include "gui/submit/SubmitPage.h"
#include "gui/submit/SubmitProgressPage.h"
#include "gui/submit/SubmitWizard.h"
#include "gui/submit/TargetPage.h"
#include "gui/tasks/TaskEngineLink.h"
#include "gui/tasks/TasksPage.h"
#include "gui/widgets/ElidedLabel.h"
#include "monitor/HostSession.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QMessageBox>
#include <QScrollBar>
#include <array>

namespace bdm::gui {
namespace {

constexpr std::array pageNames{"readiness", "tasks", "fleet", "submit", "jobs", "server"};
constexpr QSize defaultSize{1100, 700};

} // namespace

MainWindow::MainWindow(const AppServices& services, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_services(services),
      m_client(services.client), m_password(services.password), m_statusLabel(new ElidedLabel(this))
{
    m_ui->setupUi(this);
    addPages();

    // Elided: a long message (a wrong password's advice) must not force the window wider.
    m_statusLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_ui->statusBar->addWidget(m_statusLabel, 1);

    const std::array pageActions{m_ui->actionShowReadiness, m_ui->actionShowTasks, m_ui->actionShowFleet,
                                 m_ui->actionShowSubmit,    m_ui->actionShowJobs,  m_ui->actionShowServer};
    auto* group = new QActionGroup(this);
    for (int i = 0; i < pageCount; ++i) {
        group->addAction(pageActions[i]);
        connect(pageActions[i], &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
    }
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [pageActions](int row) {
        if (row >= 0 && row < pageCount)
            pageActions[static_cast<std::size_t>(row)]->setChecked(true);
    });
    addLanguageMenu();
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(&m_client.connection(), &boinc::GuiRpcConnection::stateChanged, this,
            &MainWindow::onConnectionStateChanged);

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(defaultSize);
    showPage(pageFromName(m_settings.lastPage()).value_or(Page::Tasks));
    m_ui->navigationList->setFocus();
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPages()
{
    const boinc::PasswordLookup& password = m_password;
    // The same order as Page and the navigation list in MainWindow.ui.
    m_ui->pageStack->addWidget(new ReadinessPage(m_services, m_ui->pageStack));
    auto* tasks = new TasksPage(m_services.localHost, password, m_services.engineConnector,
                                m_services.history, m_ui->pageStack);
    connect(tasks->engineLink(), &TaskEngineLink::containerOomKilled, this, [this](const QString& container) {
        emit containerOomKilled(m_services.localHost.endpoint().toString(), container);
    });
    m_ui->pageStack->addWidget(tasks);
    m_ui->pageStack->addWidget(
        new FleetPage(m_services.fleet, m_services.hostBook, m_services.secrets, m_ui->pageStack));
    // One sign-in for both pages: a project's account, once given, serves the submission and
    // the jobs' queries, fetches and aborts.
    auto* signIn = new ProjectSignIn(m_services.secrets, this);
    auto* submitPage = new SubmitPage(m_services.journal, signIn->backendMaker(), m_ui->pageStack);
    submitPage->wizard()->submitPage()->setSignIn(signIn);
    submitPage->wizard()->targetPage()->setSignIn(signIn);
    auto* jobsPage = new JobsPage(m_services.journal, signIn->backendMaker(), m_ui->pageStack);
    jobsPage->setSignIn(signIn);
    m_ui->pageStack->addWidget(submitPage);
    m_ui->pageStack->addWidget(jobsPage);
    connect(submitPage, &SubmitPage::jobsRequested, this, [this] { showPage(Page::Jobs); });
    connect(submitPage, &SubmitPage::submissionFinished, jobsPage, [jobsPage](qint64 id) {
        jobsPage->reload();
        jobsPage->selectEntry(id);
    });
    connect(jobsPage, &JobsPage::newJobRequested, this, [this] { showPage(Page::Submit); });
    connect(jobsPage, &JobsPage::cloneRequested, this, [this, submitPage](const submit::JobSpec& spec) {
        submitPage->loadSpec(spec);
        showPage(Page::Submit);
    });
    auto* serverPage = new ServerStatusPage(m_ui->pageStack);
    m_ui->pageStack->addWidget(serverPage);
    connect(serverPage, &ServerStatusPage::daemonStopped, this, &MainWindow::serverDaemonStopped);
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationList->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pageStack->currentIndex());
}

QString MainWindow::pageName(Page page)
{
    return QLatin1String(pageNames.at(static_cast<std::size_t>(page)));
}

std::optional<MainWindow::Page> MainWindow::pageFromName(const QString& name)
{
    for (std::size_t i = 0; i < pageNames.size(); ++i) {
        if (name.compare(QLatin1String(pageNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<Page>(i);
    }
    return std::nullopt;
}

void MainWindow::onPageChanged(int row)
{
    if (row < 0 || row >= pageCount)
        return;
    m_ui->pageStack->setCurrentIndex(row);
    m_settings.setLastPage(pageName(static_cast<Page>(row)));
}

void MainWindow::onConnectionStateChanged(boinc::ConnectionState state)
{
    if (state != boinc::ConnectionState::Connected) {
        m_version = {};
        updateStatus();
        return;
    }
    updateStatus();
    // After every (re)connect: the client may have been upgraded while we were away.
    m_client.exchangeVersions(this, [this](const boinc::RpcResult<boinc::ClientVersion>& reply) {
        if (reply.ok())
            m_version = reply.value;
        updateStatus();
    });
}

void MainWindow::updateStatus()
{
    const boinc::GuiRpcConnection& connection = m_client.connection();
    const boinc::ConnectionState state = connection.state();
    const QString line = ConnectionText::statusLine(state, connection.endpoint(), m_version, m_password);
    m_statusLabel->setText(line);
    const QString more =
        ConnectionText::explanation(state, connection.stateDetail(), connection.endpoint(), m_password);
    m_statusLabel->setToolTip(more.isEmpty() ? line : line + QStringLiteral("\n\n") + more);
    m_statusLabel->setAccessibleName(line);
}

void MainWindow::addLanguageMenu()
{
    m_ui->menuView->addSeparator();
    m_languageMenu = m_ui->menuView->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("menuLanguage"));
    auto* group = new QActionGroup(this);
    const QString chosen = m_settings.language();
    // Each language named in itself, so it can be found whatever the current one is.
    const std::array<std::pair<QString, QString>, 3> languages{
        {{QString(), QString()},
         {QStringLiteral("en"), QStringLiteral("English")},
         {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}};
    for (const auto& [code, name] : languages) {
        QAction* action = m_languageMenu->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(code.isEmpty() ? QStringLiteral("actionLanguageSystem")
                                             : QStringLiteral("actionLanguage_") + code);
        action->setChecked(code == chosen);
        group->addAction(action);
        if (code.isEmpty())
            m_systemLanguage = action;
        connect(action, &QAction::triggered, this, [this, code] {
            m_settings.setLanguage(code);
            emit languageChosen(code);
        });
    }
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("System default"));
    for (int i = 0; i < pageCount; ++i) {
        QListWidgetItem* item = m_ui->navigationList->item(i);
        const QString shortcut =
            QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)).toString(QKeySequence::NativeText);
        item->setToolTip(tr("%1 (%2)").arg(item->text(), shortcut));
        item->setData(Qt::AccessibleDescriptionRole, tr("Shortcut: %1").arg(shortcut));
        m_ui->pageStack->widget(i)->setAccessibleName(item->text());
    }
    fitNavigation();
    updateStatus();
}

void MainWindow::fitNavigation()
{
    // As wide as the longest entry in the current language, no wider.
    QListWidget* list = m_ui->navigationList;
    const int scrollBar = list->verticalScrollBar()->sizeHint().width();
    list->setFixedWidth(list->sizeHintForColumn(0) + 2 * list->frameWidth() + scrollBar / 2 + 16);
}

void MainWindow::showAbout()
{
    // Not QMessageBox::about(): its exec() would run a nested event loop under the polling.
    auto* box = new QMessageBox(QMessageBox::Information, tr("About BOINC Docker Manager"),
                                tr("BOINC Docker Manager %1").arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setInformativeText(
        tr("See what BOINC's container tasks are doing, check whether this computer is ready "
           "for Docker and Podman jobs, and submit container jobs to a BOINC project.\n\n"
           "Built with Qt %1.")
            .arg(QLatin1String(qVersion())));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace bdm::gui
