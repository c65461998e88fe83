#pragma once

#include "boinc/Result.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace bdm::monitor {
class HostSession;
}

namespace bdm::gui {

// Suspend, resume and abort for the selected tasks. Every action goes to the task through the
// client's GUI RPC (HostSession::resultOp), never to its container: docker_wrapper pauses and
// removes the container itself, and acting behind its back breaks the job.
class TaskActions : public QObject
{
    Q_OBJECT

public:
    // `dialogParent` parents the abort confirmation.
    TaskActions(monitor::HostSession& session, QWidget* dialogParent);

    QAction* suspendAction() const { return m_suspend; }
    QAction* resumeAction() const { return m_resume; }
    QAction* abortAction() const { return m_abort; }

    // The tasks the actions apply to (orphan rows have none); enables what makes sense for them.
    void setTasks(const QList<boinc::Result>& tasks);
    const QList<boinc::Result>& tasks() const { return m_tasks; }

    // The confirmation's question: names the tasks and the progress and CPU time an abort throws away.
    static QString abortQuestion(const QList<boinc::Result>& tasks);
    void retranslate();

signals:
    // After the client answered every request of one action; empty when all succeeded.
    void finished(const QString& error);

private:
    void run(int op, const QList<boinc::Result>& tasks);
    void confirmAbort();

    monitor::HostSession& m_session;
    QWidget* m_dialogParent;
    QAction* m_suspend;
    QAction* m_resume;
    QAction* m_abort;
    QList<boinc::Result> m_tasks;
};

} // namespace bdm::gui
