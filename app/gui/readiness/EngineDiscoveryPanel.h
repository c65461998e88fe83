#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace bdm::engine {
class EngineConnector;
struct DiscoveryReport;
} // namespace bdm::engine

namespace bdm::gui {

// The container engine on this computer, as found by the same discovery the CLI's `engine`
// command runs: the engine chosen (or why there is none), every place tried with its outcome,
// and what to do about the ones that could not be used. It does not need the BOINC client.
class EngineDiscoveryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EngineDiscoveryPanel(engine::EngineConnector& connector, QWidget* parent = nullptr);
    ~EngineDiscoveryPanel() override;

    // Runs discovery again; a run still under way is forgotten.
    void checkAgain();
    bool isDiscovering() const { return m_discovering; }

signals:
    // A discovery run ended and its result is on screen.
    void discoveryFinished();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Result;
    void showResult();
    void retranslate();

    engine::EngineConnector& m_connector;
    QLabel* m_heading;
    QLabel* m_status;
    QLabel* m_candidatesCaption;
    QTreeWidget* m_candidates;
    QLabel* m_adviceCaption;
    QPlainTextEdit* m_advice;
    QPushButton* m_checkAgain;

    bool m_started = false;
    bool m_discovering = false;
    quint64 m_run = 0;
    std::unique_ptr<Result> m_result;
};

} // namespace bdm::gui
