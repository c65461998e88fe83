#include "gui/readiness/ReadinessPage.h"

#include "boinc/GuiRpcClient.h"
#include "gui/readiness/EngineDiscoveryPanel.h"
#include "gui/readiness/EngineReport.h"
#include "gui/widgets/ConnectionGate.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace bdm::gui {
namespace {

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ReadinessPage::ReadinessPage(boinc::GuiRpcClient& client, const boinc::PasswordLookup& password,
                             engine::EngineConnector& engineConnector, QWidget* parent)
    : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("readinessPage"));
    auto* content = new QWidget(this);
    m_gate = new ConnectionGate(client.connection(), password, content, this);

    m_heading = new QLabel(content);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_clientValue = addRow(content, form, &m_clientCaption);
    m_computerValue = addRow(content, form, &m_computerCaption);
    m_systemValue = addRow(content, form, &m_systemCaption);
    m_engineValue = addRow(content, form, &m_engineCaption);
    m_engineValue->setObjectName(QStringLiteral("engineReportLabel"));

    auto* note = new QFrame(content);
    note->setFrameShape(QFrame::StyledPanel);
    m_notBuilt = valueLabel(note);
    m_notBuilt->setObjectName(QStringLiteral("checklistNotBuiltLabel"));
    auto* noteLayout = new QVBoxLayout(note);
    noteLayout->addWidget(m_notBuilt);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(note);

    // The engine is on this computer, not behind the client: its section stays visible below
    // the gate whether the client answers or not.
    m_enginePanel = new EngineDiscoveryPanel(engineConnector, this);
    auto* engineBox = new QWidget(this);
    auto* engineLayout = new QVBoxLayout(engineBox);
    engineLayout->setContentsMargins(24, 0, 24, 24);
    engineLayout->addWidget(m_enginePanel);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_gate);
    outer->addWidget(engineBox, 1);

    connect(m_gate, &ConnectionGate::opened, this, &ReadinessPage::refresh);
    retranslate();
}

QLabel* ReadinessPage::addRow(QWidget* owner, QFormLayout* form, QLabel** caption)
{
    *caption = new QLabel(owner);
    QLabel* value = valueLabel(owner);
    (*caption)->setBuddy(value);
    form->addRow(*caption, value);
    return value;
}

void ReadinessPage::refresh()
{
    if (!m_gate->isOpen() || !isVisible())
        return;
    // The client's version and engine can change only when it restarts, but asking on each
    // visit is cheap and keeps the page right after an upgrade.
    m_error.clear();
    m_client.exchangeVersions(this, [this](const boinc::RpcResult<boinc::ClientVersion>& reply) {
        m_haveVersion = reply.ok();
        m_version = reply.value;
        if (!reply.ok())
            m_error = reply.error.message;
        showReport();
    });
    m_client.getHostInfo(this, [this](const boinc::RpcResult<boinc::HostInfo>& reply) {
        m_haveHost = reply.ok();
        m_host = reply.value;
        if (!reply.ok()) {
            m_error = reply.error.message;
            if (reply.error.kind == boinc::RpcError::Unauthorized)
                m_gate->showPasswordNeeded();
        }
        showReport();
    });
}

void ReadinessPage::showReport()
{
    const QString asking = tr("Asking the client…");
    const QString endpoint = m_client.connection().endpoint().toString();
    if (m_haveVersion)
        m_clientValue->setText(tr("BOINC %1 at %2").arg(m_version.toString(), endpoint));
    else
        m_clientValue->setText(m_error.isEmpty() ? asking : tr("Version unknown (%1)").arg(m_error));
    if (!m_haveHost) {
        const QString missing = m_error.isEmpty() ? asking : tr("Not reported (%1)").arg(m_error);
        m_computerValue->setText(missing);
        m_systemValue->setText(missing);
        m_engineValue->setText(missing);
        return;
    }
    m_computerValue->setText(m_host.domainName.isEmpty() ? tr("Not reported") : m_host.domainName);
    // BOINC's own two fields, e.g. "Linux Debian" and "Debian GNU/Linux 12 (bookworm) [6.1.0|libc 2.36]".
    m_systemValue->setText(m_host.osVersion.isEmpty() ? m_host.osName
                                                      : tr("%1 — %2").arg(m_host.osName, m_host.osVersion));
    m_engineValue->setText(
        EngineReport::describe(m_host, m_haveVersion ? m_version : boinc::ClientVersion{}));
}

void ReadinessPage::retranslate()
{
    m_heading->setText(tr("What the BOINC client reports"));
    m_clientCaption->setText(tr("BOINC client:"));
    m_computerCaption->setText(tr("Computer:"));
    m_systemCaption->setText(tr("Operating system:"));
    m_engineCaption->setText(tr("Container engine:"));
    m_notBuilt->setText(
        tr("The full readiness checklist is not built yet. This page repeats what the BOINC client "
           "reports about itself, and below shows the container engine found on this computer; it "
           "has not checked GPUs or anything else."));
    showReport();
}

void ReadinessPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ReadinessPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bdm::gui
