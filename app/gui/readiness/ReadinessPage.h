#pragma once

#include "gui/AppServices.h"
#include "readiness/ReadinessReport.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTreeView;

namespace bdm::readiness {
class ReadinessRunner;
struct ReadinessOptions;
} // namespace bdm::readiness

namespace bdm::gui {

class CheckTreeModel;
class EngineDiscoveryPanel;
class VerdictBanner;

// "Does this computer qualify for container and GPU jobs?" The answer (banner), the checklist it
// rests on with a fix for each problem, container tests on request, plan classes of a project,
// and the report to paste into a forum post. Works with no client and no engine: those are
// answers too.
class ReadinessPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReadinessPage(const AppServices& services, QWidget* parent = nullptr);
    ~ReadinessPage() override;

    // Re-check asks the client to detect again; active runs containers.
    void runChecks(bool recheck, bool active);
    bool isRunning() const;
    const readiness::ReadinessReport& report() const;

Q_SIGNALS:
    void checksFinished();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onProgress(const QString& step, int done, int total);
    void onFinished(const readiness::ReadinessReport& report);
    void onSelectionChanged();
    void browsePlanClasses();
    void copyReport();
    void exportReport();
    void copyFix();
    void setBusy(bool busy);
    void retranslate();

    AppServices m_services;
    readiness::ReadinessRunner* m_runner;
    CheckTreeModel* m_model;
    VerdictBanner* m_banner;
    QPushButton* m_checkAgain;
    QPushButton* m_activeTests;
    QPushButton* m_copyReport;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QLabel* m_planCaption;
    QLineEdit* m_planSource;
    QToolButton* m_planBrowse;
    QPushButton* m_planJudge;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QTreeView* m_tree;
    QLabel* m_fixCaption;
    QPlainTextEdit* m_fix;
    QPushButton* m_copyFix;
    QToolButton* m_engineToggle;
    EngineDiscoveryPanel* m_enginePanel;
    bool m_started = false;
    bool m_haveReport = false;
};

} // namespace bdm::gui
