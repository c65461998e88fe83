#include "gui/readiness/EngineDiscoveryPanel.h"

#include "engine/EngineConnector.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bdm::gui {

using engine::EndpointCandidate;

// What the last run found, kept so a change of language can redraw it.
struct EngineDiscoveryPanel::Result
{
    engine::DiscoveryReport report;
    bool haveEngine = false;
    engine::EngineVersion version;
    QString failure;
};

namespace {

enum Column
{
    OutcomeColumn,
    EndpointColumn,
    DetailColumn,
    ColumnCount
};

QLabel* textLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

EngineDiscoveryPanel::EngineDiscoveryPanel(engine::EngineConnector& connector, QWidget* parent)
    : QWidget(parent), m_connector(connector), m_heading(new QLabel(this)), m_status(textLabel(this)),
      m_candidatesCaption(new QLabel(this)), m_candidates(new QTreeWidget(this)),
      m_adviceCaption(new QLabel(this)), m_advice(new QPlainTextEdit(this)),
      m_checkAgain(new QPushButton(this))
{
    setObjectName(QStringLiteral("engineDiscoveryPanel"));
    m_heading->setObjectName(QStringLiteral("engineDiscoveryHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_status->setObjectName(QStringLiteral("engineDiscoveryStatus"));

    m_candidates->setObjectName(QStringLiteral("engineCandidateList"));
    m_candidates->setColumnCount(ColumnCount);
    m_candidates->setRootIsDecorated(false);
    m_candidates->setUniformRowHeights(true);
    m_candidates->setAlternatingRowColors(true);
    m_candidates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_candidates->setWordWrap(false);
    m_candidates->setMinimumHeight(120);
    m_candidates->header()->setStretchLastSection(true);
    m_candidates->header()->setSectionResizeMode(OutcomeColumn, QHeaderView::ResizeToContents);
    m_candidates->header()->setSectionResizeMode(EndpointColumn, QHeaderView::ResizeToContents);
    m_candidatesCaption->setBuddy(m_candidates);

    // Selectable and copyable: the advice is often a command to paste into a terminal.
    m_advice->setObjectName(QStringLiteral("engineAdviceText"));
    m_advice->setReadOnly(true);
    m_advice->setMaximumHeight(110);
    m_adviceCaption->setBuddy(m_advice);

    m_checkAgain->setObjectName(QStringLiteral("engineCheckAgainButton"));
    connect(m_checkAgain, &QPushButton::clicked, this, &EngineDiscoveryPanel::checkAgain);

    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_checkAgain);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(headingRow);
    layout->addWidget(m_status);
    layout->addWidget(m_candidatesCaption);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_adviceCaption);
    layout->addWidget(m_advice);

    retranslate();
}

EngineDiscoveryPanel::~EngineDiscoveryPanel() = default;

void EngineDiscoveryPanel::checkAgain()
{
    m_started = true;
    m_discovering = true;
    const quint64 run = ++m_run;
    showResult();
    m_connector.connectToEngine(
        this, [this, run](const std::shared_ptr<engine::EngineConnector::Connection>& connection) {
            if (run != m_run)
                return; // a newer run was started meanwhile
            auto result = std::make_unique<Result>();
            result->report = connection->report;
            result->haveEngine = connection->engine != nullptr;
            result->version = connection->version;
            if (!result->haveEngine)
                result->failure = engine::EngineConnector::failureText(*connection);
            m_result = std::move(result);
            m_discovering = false;
            showResult();
            emit discoveryFinished();
        });
}

void EngineDiscoveryPanel::showResult()
{
    m_checkAgain->setEnabled(!m_discovering);
    if (m_discovering || !m_result) {
        m_status->setText(tr("Looking for Podman and Docker…"));
        m_candidates->clear();
        m_advice->clear();
        m_candidatesCaption->hide();
        m_candidates->hide();
        m_adviceCaption->hide();
        m_advice->hide();
        return;
    }
    const engine::DiscoveryReport& report = m_result->report;
    const EndpointCandidate* chosen = report.chosenCandidate();
    if (m_result->haveEngine && chosen) {
        const engine::EngineVersion& v = m_result->version;
        QStringList lines;
        lines << tr("%1 %2, API %3")
                     .arg(engine::engineTypeName(v.type), v.version,
                          v.apiVersion.isEmpty() ? tr("none (read through its command line)") : v.apiVersion);
        lines << tr("Endpoint: %1 (%2)").arg(chosen->endpoint.toString(), chosen->source);
        if (chosen->boincContainers >= 0)
            lines << tr("%n BOINC container(s) there", nullptr, chosen->boincContainers);
        m_status->setText(lines.join(QLatin1Char('\n')));
    } else {
        // The core's words for a terminal line ("no container engine could be reached..."): the
        // same facts as `boinc-docker engine` prints, as a sentence of their own.
        QString failure = m_result->failure;
        if (!failure.isEmpty())
            failure[0] = failure.at(0).toUpper();
        m_status->setText(failure);
    }

    m_candidates->clear();
    QStringList advice;
    for (int i = 0; i < report.candidates.size(); ++i) {
        const EndpointCandidate& c = report.candidates.at(i);
        QString detail = c.source;
        if (c.outcome == EndpointCandidate::Outcome::Ok) {
            detail += QStringLiteral(": ") +
                      QStringLiteral("%1 %2").arg(engine::engineTypeName(c.type), c.serverVersion).trimmed();
            if (c.boincContainers >= 0)
                detail += tr(", %n BOINC container(s)", nullptr, c.boincContainers);
        } else if (!c.detail.isEmpty()) {
            detail += QStringLiteral(": ") + c.detail;
        }
        QString outcome = EndpointCandidate::outcomeName(c.outcome);
        if (i == report.chosen)
            outcome = tr("%1 (chosen)").arg(outcome);
        auto* item = new QTreeWidgetItem(m_candidates, {outcome, c.endpoint.toString(), detail});
        item->setToolTip(DetailColumn, detail);
        item->setToolTip(EndpointColumn, c.endpoint.toString());
        if (i == report.chosen) {
            QFont bold = item->font(OutcomeColumn);
            bold.setBold(true);
            for (int column = 0; column < ColumnCount; ++column)
                item->setFont(column, bold);
        }
        if (!c.advice.isEmpty())
            advice << QStringLiteral("%1\n    %2").arg(c.endpoint.toString(), c.advice);
    }
    m_advice->setPlainText(advice.join(QLatin1Char('\n')));
    m_candidatesCaption->show();
    m_candidates->show();
    m_adviceCaption->setVisible(!advice.isEmpty());
    m_advice->setVisible(!advice.isEmpty());
}

void EngineDiscoveryPanel::retranslate()
{
    m_heading->setText(tr("Container engine on this computer"));
    m_candidatesCaption->setText(tr("Places tried:"));
    m_candidates->setHeaderLabels({tr("Outcome"), tr("Endpoint"), tr("Where from, and what happened")});
    m_adviceCaption->setText(tr("What to do:"));
    m_checkAgain->setText(tr("Check again"));
    showResult();
}

void EngineDiscoveryPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started)
        checkAgain();
}

void EngineDiscoveryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bdm::gui
