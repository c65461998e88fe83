#include "gui/tasks/TaskActions.h"

#include "boinc/GuiRpcClient.h"
#include "gui/CellText.h"
#include "monitor/HostSession.h"

#include <QAction>
#include <QKeySequence>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>
#include <memory>

namespace bdm::gui {
namespace {

using Op = boinc::GuiRpcClient::ResultOp;

bool isOver(const boinc::Result& r)
{
    return r.state >= boinc::ResultComputeError;
}

} // namespace

TaskActions::TaskActions(monitor::HostSession& session, QWidget* dialogParent)
    : QObject(dialogParent), m_session(session), m_dialogParent(dialogParent), m_suspend(new QAction(this)),
      m_resume(new QAction(this)), m_abort(new QAction(this))
{
    m_suspend->setObjectName(QStringLiteral("suspendTaskAction"));
    m_resume->setObjectName(QStringLiteral("resumeTaskAction"));
    m_abort->setObjectName(QStringLiteral("abortTaskAction"));
    m_suspend->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-pause")));
    m_resume->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    m_abort->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_abort->setShortcut(QKeySequence::Delete);
    // Only while the table (or a child) has focus: Del in the filter box deletes text.
    m_abort->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_suspend, &QAction::triggered, this, [this] {
        QList<boinc::Result> targets;
        for (const boinc::Result& r : std::as_const(m_tasks))
            if (!isOver(r) && !r.suspendedViaGui)
                targets.append(r);
        run(static_cast<int>(Op::Suspend), targets);
    });
    connect(m_resume, &QAction::triggered, this, [this] {
        QList<boinc::Result> targets;
        for (const boinc::Result& r : std::as_const(m_tasks))
            if (r.suspendedViaGui)
                targets.append(r);
        run(static_cast<int>(Op::Resume), targets);
    });
    connect(m_abort, &QAction::triggered, this, &TaskActions::confirmAbort);
    retranslate();
    setTasks({});
}

void TaskActions::setTasks(const QList<boinc::Result>& tasks)
{
    m_tasks = tasks;
    bool canSuspend = false;
    bool canResume = false;
    bool canAbort = false;
    for (const boinc::Result& r : tasks) {
        canSuspend = canSuspend || (!isOver(r) && !r.suspendedViaGui);
        canResume = canResume || r.suspendedViaGui;
        canAbort = canAbort || !isOver(r);
    }
    m_suspend->setEnabled(canSuspend);
    m_resume->setEnabled(canResume);
    m_abort->setEnabled(canAbort);
}

void TaskActions::run(int op, const QList<boinc::Result>& tasks)
{
    if (tasks.isEmpty())
        return;
    // Counts the replies; the last one reports what failed, if anything.
    struct Pending
    {
        qsizetype left = 0;
        QStringList errors;
    };
    auto pending = std::make_shared<Pending>();
    pending->left = tasks.size();
    for (const boinc::Result& r : tasks) {
        m_session.resultOp(static_cast<Op>(op), r.projectUrl, r.name, this,
                           [this, pending, name = r.name](const boinc::RpcError& error) {
                               if (!error.ok())
                                   pending->errors.append(tr("%1: %2").arg(name, error.message));
                               if (--pending->left == 0)
                                   emit finished(pending->errors.join(QLatin1Char('\n')));
                           });
    }
}

QString TaskActions::abortQuestion(const QList<boinc::Result>& tasks)
{
    QStringList lines;
    for (const boinc::Result& r : tasks) {
        if (isOver(r))
            continue;
        const double fraction = r.activeTask ? r.activeTask->fractionDone : 0;
        const double cpu = r.activeTask ? r.activeTask->currentCpuTime : 0;
        const double elapsed = r.activeTask ? r.activeTask->elapsedTime : 0;
        lines.append(tr("%1: %2 done, %3 of CPU time and %4 elapsed would be lost")
                         .arg(r.name, fractionText(fraction), durationText(cpu), durationText(elapsed)));
    }
    return tr("Abort %n task(s)? The client reports an aborted task to its project as failed, and the work "
              "done so far is thrown away.",
              nullptr, static_cast<int>(lines.size())) +
           QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
}

void TaskActions::confirmAbort()
{
    QList<boinc::Result> targets;
    for (const boinc::Result& r : std::as_const(m_tasks))
        if (!isOver(r))
            targets.append(r);
    if (targets.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Abort tasks"), abortQuestion(targets), QMessageBox::Cancel,
                    m_dialogParent);
    box.setObjectName(QStringLiteral("abortConfirmation"));
    QPushButton* abort = box.addButton(tr("Abort"), QMessageBox::DestructiveRole);
    abort->setObjectName(QStringLiteral("confirmAbortButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == abort)
        run(static_cast<int>(Op::Abort), targets);
}

void TaskActions::retranslate()
{
    m_suspend->setText(tr("Suspend"));
    m_suspend->setToolTip(tr("Suspend the selected tasks (the client pauses their containers)"));
    m_resume->setText(tr("Resume"));
    m_resume->setToolTip(tr("Let the client run the selected tasks again"));
    m_abort->setText(tr("Abort…"));
    m_abort->setToolTip(tr("Abort the selected tasks (asks first)"));
}

} // namespace bdm::gui
