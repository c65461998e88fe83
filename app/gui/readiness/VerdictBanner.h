#pragma once

#include "readiness/ReadinessReport.h"

#include <QFrame>

class QLabel;

namespace bdm::gui {

// The answer first: one line saying whether this computer gets container work, then the three
// verdicts with the scheduler's reason and the fix.
class VerdictBanner : public QFrame
{
    Q_OBJECT

public:
    explicit VerdictBanner(QWidget* parent = nullptr);

    void showRunning(const QString& step);
    void showReport(const readiness::ReadinessReport& report);
    QString headline() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void setTone(int tone);
    QString verdictLine(const QString& title, const readiness::Verdict& verdict) const;
    void render();

    QLabel* m_icon;
    QLabel* m_headline;
    QLabel* m_verdicts;
    bool m_haveReport = false;
    QString m_step;
    readiness::ReadinessReport m_report;
};

} // namespace bdm::gui
